/** The batch-size widget's own arithmetic: slider stops, the MSE's curvature, the chapter's setup. */
import { describe, expect, it } from 'vitest';
import { runTaskSync } from '../../../src/worker/registry';
import { mseCurvature, stepFactor, symmetricEigenvalues } from '../../../src/widgets/batch/curvature';
import { drawnSteps, firstExit } from '../../../src/widgets/batch/pathWindow';
import { BATCH_DEFAULTS, BATCH_N, BATCH_XS, batchPathsInput, batchSizeStops, iterationsPerEpoch } from '../../../src/widgets/batch/setup';

describe('batch-size slider stops', () => {
  it('reach 1, 2, 4, … 256 and all 300, every divisor of 300, sorted without repeats', () => {
    const stops = batchSizeStops(300);
    for (const s of [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 3, 5, 6, 12, 15, 25, 60, 75, 150]) expect(stops).toContain(s);
    expect(stops).toEqual([...new Set(stops)].sort((a, b) => a - b));
    expect(stops[0]).toBe(1);
    expect(stops[stops.length - 1]).toBe(300);
    expect(stops.every((s) => Number.isInteger(s) && s >= 1 && s <= 300)).toBe(true);
  });
  it('work for a prime n too', () => {
    expect(batchSizeStops(7)).toEqual([1, 2, 4, 7]);
  });
  it('iterations per epoch are ⌈n / B⌉', () => {
    expect(iterationsPerEpoch(300, 1)).toBe(300);
    expect(iterationsPerEpoch(300, 7)).toBe(43);
    expect(iterationsPerEpoch(300, 300)).toBe(1);
  });
});

describe('curvature of the MSE', () => {
  it('eigenvalues of a symmetric 2×2 by hand: [4 2; 2 2] has 3 ± √5', () => {
    const [hi, lo] = symmetricEigenvalues(4, 2, 2);
    expect(hi).toBeCloseTo(3 + Math.sqrt(5), 14);
    expect(lo).toBeCloseTo(3 - Math.sqrt(5), 14);
    expect(hi * lo).toBeCloseTo(4 * 2 - 2 * 2, 12); // the determinant
  });

  it('x = 0, 2: H = 2·[mean x², mean x; mean x, 1] = [4 2; 2 2]; one example at x = 2 has 2(1 + 4) = 10', () => {
    const c = mseCurvature([0, 2]);
    expect(c.hessian).toEqual([4, 2, 2, 2]);
    expect(c.lambdaMax).toBeCloseTo(3 + Math.sqrt(5), 14);
    expect(c.stableLr).toBeCloseTo(2 / (3 + Math.sqrt(5)), 14);
    expect(c.singleExampleMax).toBe(10);
    expect(c.singleExampleLr).toBe(0.2);
    expect(stepFactor(0.5, 6)).toBe(2);
  });

  it('2/λmax is the real boundary: full-batch descent converges just below it and diverges just above', () => {
    const c = mseCurvature(BATCH_XS);
    const below = runTaskSync('batchPaths', { ...batchPathsInput({ ...BATCH_DEFAULTS, batchSize: BATCH_N, epochs: 20 }), lr: 0.95 * c.stableLr });
    const above = runTaskSync('batchPaths', { ...batchPathsInput({ ...BATCH_DEFAULTS, batchSize: BATCH_N, epochs: 20 }), lr: 1.15 * c.stableLr });
    expect(below.path.divergence).toBeNull();
    expect(below.path.loss[20]).toBeLessThan(below.path.loss[0]);
    expect(above.path.divergence).not.toBeNull();
  });
});

describe('the chapter’s default run', () => {
  it('in 5 epochs batches of 10 get within 5% of the best MSE, while full batch is still far off', () => {
    const out = runTaskSync('batchPaths', batchPathsInput(BATCH_DEFAULTS));
    const { path, reference, leastSquares } = out;
    expect(path.steps).toBe(5 * 30);
    expect(path.loss[path.steps]).toBeLessThan(1.05 * leastSquares.mse);
    expect(reference?.loss[5]).toBeGreaterThan(2 * leastSquares.mse);
  });
});

describe('where a diverged path leaves the map', () => {
  const m: [number, number] = [0, 2], b: [number, number] = [0, 4]; // widened by half: m ∈ [−1, 3], b ∈ [−2, 6]
  it('finds the first point outside the widened window, or a non-finite one', () => {
    expect(firstExit([0, 0, 2.9, 5.9, 3.1, 0, 0, 0], m, b)).toBe(2);
    expect(firstExit([0, 0, 1, -2.5], m, b)).toBe(1);
    expect(firstExit([0, 0, NaN, 1], m, b)).toBe(1);
    expect(firstExit([0, 0, 1, 1], m, b)).toBe(-1);
  });
  it('draws all of a healthy run, and a diverged one up to its exit', () => {
    const params = [0, 0, 1, 1, 50, 50, 1e200, 1e200];
    expect(drawnSteps(params, 3, false, m, b)).toBe(3);
    expect(drawnSteps(params, 3, true, m, b)).toBe(2);
    expect(drawnSteps([0, 0, 1, 1], 1, true, m, b)).toBe(1); // diverged without leaving: all of it
  });
});
