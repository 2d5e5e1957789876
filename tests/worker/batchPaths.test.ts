/**
 * batchPaths: mini-batch gradient descent on a line through the core's train(). With the
 * whole data set as the batch it is exactly full-batch gradient descent (checked by hand and
 * against a plain loop); the bookkeeping of examples and iterations; seeded shuffling;
 * divergence; input validation.
 */
import { describe, expect, it } from 'vitest';
import { createSurface, makeNoisyLine } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import type { BatchPathsInput } from '../../src/worker/tasks/batchPaths';

const data = makeNoisyLine({ seed: 11 });
const xs = Array.from(data.x), ys = Array.from(data.y);
const base: BatchPathsInput = { xs, ys, start: [-1, 4], batchSize: 10, lr: 0.05, epochs: 3, seed: 1 };

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** Full-batch gradient descent on the MSE, written out: ∂/∂m = (2/n)Σ rᵢxᵢ, ∂/∂b = (2/n)Σ rᵢ. */
function plainGradientDescent(x: number[], y: number[], start: [number, number], lr: number, steps: number): number[] {
  let [m, b] = start;
  const out = [m, b];
  for (let t = 0; t < steps; t++) {
    let gm = 0, gb = 0;
    for (let i = 0; i < x.length; i++) {
      const r = m * x[i] + b - y[i];
      gm += (2 / x.length) * r * x[i];
      gb += (2 / x.length) * r;
    }
    m -= lr * gm;
    b -= lr * gb;
    out.push(m, b);
  }
  return out;
}

describe('batchPaths: batch size n is full-batch gradient descent', () => {
  it('first step by hand on three points', () => {
    // Points (0, 1), (1, 3), (2, 5); start (m, b) = (0, 0); α = 0.1.
    // Residuals m·x + b − y = −1, −3, −5.
    // ∂L/∂m = (2/3)(0·(−1) + 1·(−3) + 2·(−5)) = −26/3;  ∂L/∂b = (2/3)(−1 − 3 − 5) = −6.
    // One step: m = 0 − 0.1·(−26/3) = 0.8667,  b = 0 − 0.1·(−6) = 0.6.
    const out = runTaskSync('batchPaths', { xs: [0, 1, 2], ys: [1, 3, 5], start: [0, 0], batchSize: 3, lr: 0.1, epochs: 1, seed: 0 });
    const p = out.path;
    expect(p.steps).toBe(1);
    expect(p.params[0]).toBe(0);
    expect(p.params[1]).toBe(0);
    expect(p.params[2]).toBeCloseTo(2.6 / 3, 14);
    expect(p.params[3]).toBeCloseTo(0.6, 14);
    // full-data MSE before: (1 + 9 + 25)/3; after: residuals at (0.8667, 0.6) are −0.4, −1.5333, −2.6667
    expect(p.loss[0]).toBeCloseTo(35 / 3, 12);
    const r = [0.6 - 1, 2.6 / 3 + 0.6 - 3, 5.2 / 3 + 0.6 - 5];
    expect(p.loss[1]).toBeCloseTo((r[0] ** 2 + r[1] ** 2 + r[2] ** 2) / 3, 12);
    expect(out.reference).toBeNull(); // the run is the full-batch run
  });

  it('matches a plain gradient-descent loop step for step on 300 points', () => {
    const out = runTaskSync('batchPaths', { ...base, batchSize: 300, epochs: 12, lr: 0.2 });
    const expected = plainGradientDescent(xs, ys, [-1, 4], 0.2, 12);
    expect(out.path.steps).toBe(12);
    out.path.params.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 11));
  });

  it('the reference run of a mini-batch request is that same full-batch path', () => {
    const full = runTaskSync('batchPaths', { ...base, batchSize: 300 });
    const mini = runTaskSync('batchPaths', base);
    expect(mini.reference).not.toBeNull();
    expect(sameBits(mini.reference?.params ?? new Float64Array(0), full.path.params)).toBe(true);
    expect(mini.reference?.iterationsPerEpoch).toBe(1);
  });
});

describe('batchPaths: bookkeeping', () => {
  it('⌈n / B⌉ iterations per epoch, and examples processed = epochs × n at the end', () => {
    for (const batchSize of [1, 7, 10, 64, 299, 300]) {
      const p = runTaskSync('batchPaths', { ...base, batchSize, epochs: 2 }).path;
      expect(p.iterationsPerEpoch).toBe(Math.ceil(300 / batchSize));
      expect(p.steps).toBe(2 * Math.ceil(300 / batchSize));
      expect(p.examples[p.steps]).toBe(2 * 300);
      // every epoch ends on a multiple of n
      expect(p.examples[p.iterationsPerEpoch]).toBe(300);
    }
  });

  it('a short last batch counts what it holds: B = 7 is 42 batches of 7 and one of 6', () => {
    const p = runTaskSync('batchPaths', { ...base, batchSize: 7, epochs: 1 }).path;
    expect(p.examples[1]).toBe(7);
    expect(p.examples[42]).toBe(294);
    expect(p.examples[43]).toBe(300);
  });

  it('records the full-data MSE at every point of the path', () => {
    const out = runTaskSync('batchPaths', { ...base, batchSize: 1, epochs: 1 });
    const surface = createSurface('linregMse', { xs, ys });
    for (const t of [0, 1, 150, 300]) {
      expect(out.path.loss[t]).toBe(surface.value(out.path.params[2 * t], out.path.params[2 * t + 1]));
    }
    expect(out.path.loss[300]).toBeLessThan(out.path.loss[0] / 5);
    expect(out.leastSquares.mse).toBeLessThanOrEqual(Math.min(...out.path.loss));
  });
});

describe('batchPaths: seeded shuffling', () => {
  it('the same seed gives the same path bit for bit; another seed another path (batch size 1)', () => {
    const a = runTaskSync('batchPaths', { ...base, batchSize: 1, seed: 4 });
    const b = runTaskSync('batchPaths', { ...base, batchSize: 1, seed: 4 });
    const c = runTaskSync('batchPaths', { ...base, batchSize: 1, seed: 5 });
    expect(sameBits(a.path.params, b.path.params)).toBe(true);
    expect(sameBits(a.path.params, c.path.params)).toBe(false);
    expect(a.path.params[2]).not.toBe(c.path.params[2]); // differs from the very first step
  });

  it('the full-batch path does not depend on the seed', () => {
    const a = runTaskSync('batchPaths', { ...base, batchSize: 300, seed: 1 });
    const b = runTaskSync('batchPaths', { ...base, batchSize: 300, seed: 99 });
    expect(sameBits(a.path.params, b.path.params)).toBe(true);
  });
});

describe('batchPaths: divergence', () => {
  it('a learning rate far too large: train() stops the run and the step and reason come back', () => {
    // Full batch, α = 1 > 2/λmax ≈ 0.343: the error grows by |1 − αλmax|² ≈ 23 a step, so the
    // loss passes train()'s limit 1e8 × (starting loss + 1) within a few steps.
    const out = runTaskSync('batchPaths', { ...base, batchSize: 300, lr: 1, epochs: 20 });
    const p = out.path, d = p.divergence;
    expect(p.stop).toBe('diverged');
    expect(d?.reason).toMatch(/^loss .* exceeded 10⁸ × the starting loss$/);
    const step = d?.step ?? -1;
    expect(p.steps).toBe(step); // the path ends where it diverged
    const limit = 1e8 * (p.loss[0] + 1); // full batch: the batch loss is the full-data MSE
    expect(p.loss[step]).toBeGreaterThan(limit);
    expect(p.loss[step - 1]).toBeLessThanOrEqual(limit);
    expect(p.spike).toBeNull();
  });

  it('a learning rate just above 2/λmax: the loss creeps up, and the step it left the start for good is reported', () => {
    const out = runTaskSync('batchPaths', { ...base, batchSize: 300, lr: 0.36, epochs: 20 });
    const p = out.path, step = p.divergence?.step ?? -1;
    expect(p.stop).toBe('diverged');
    expect(p.steps).toBe(20); // finite all the way: train() went on
    expect(p.loss[20]).toBeGreaterThan(p.loss[0]);
    expect(p.loss[step - 1]).toBeLessThanOrEqual(p.loss[0]);
    for (let t = step; t <= 20; t++) expect(p.loss[t]).toBeGreaterThan(p.loss[0]);
    expect(p.divergence?.reason).toMatch(/rose above its starting 13\.7 here and was still above it at the end/);
  });

  it('single examples overshoot at α = 0.2 but the run recovers: a spike, not a divergence', () => {
    const out = runTaskSync('batchPaths', { ...base, batchSize: 1, lr: 0.2, epochs: 20, seed: 1 });
    const p = out.path;
    expect(p.divergence).toBeNull();
    expect(p.stop).toBe('completed');
    expect(p.spike).not.toBeNull();
    const spike = p.spike ?? { step: 0, loss: 0 };
    expect(spike.loss).toBe(Math.max(...p.loss));
    expect(spike.loss).toBeGreaterThan(10 * p.loss[0]);
    expect(p.loss[p.steps]).toBeLessThan(p.loss[0]);
  });

  it('a small learning rate converges with neither', () => {
    const out = runTaskSync('batchPaths', { ...base, lr: 0.01 });
    expect(out.path.divergence).toBeNull();
    expect(out.path.spike).toBeNull();
    expect(out.path.stop).toBe('completed');
  });
});

describe('batchPaths: validation', () => {
  it('rejects bad input naming the task and the value', () => {
    expect(() => runTaskSync('batchPaths', { ...base, batchSize: 0 })).toThrow('batchPaths: batchSize must be in [1, 300], got 0');
    expect(() => runTaskSync('batchPaths', { ...base, batchSize: 301 })).toThrow('batchPaths: batchSize must be in [1, 300], got 301');
    expect(() => runTaskSync('batchPaths', { ...base, lr: 0 })).toThrow('batchPaths: lr must be in (0, 100], got 0');
    expect(() => runTaskSync('batchPaths', { ...base, lr: NaN })).toThrow('batchPaths: lr must be in (0, 100], got NaN');
    expect(() => runTaskSync('batchPaths', { ...base, epochs: 0 })).toThrow('batchPaths: epochs must be in [1, 1000], got 0');
    expect(() => runTaskSync('batchPaths', { ...base, ys: ys.slice(1) })).toThrow('batchPaths: xs and ys must have equal length, got 300 and 299');
    expect(() => runTaskSync('batchPaths', { ...base, start: [0, Infinity] })).toThrow('batchPaths: start[1] must be finite, got Infinity');
    expect(() => runTaskSync('batchPaths', { ...base, batchSize: 1, epochs: 201 })).toThrow('batchPaths: epochs × ⌈n / batchSize⌉ must be at most 60000 steps, got 201 × 300 = 60300');
  });
});
