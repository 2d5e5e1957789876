/**
 * classifierRuns: small networks on a few noisy 2-D points. A run is the core's own training
 * (same weights as training the model directly), its curves start at the untrained loss and
 * are measured every chunk, its probabilities are sigmoids of the network's outputs, progress
 * comes once per chunk, and bad inputs are refused by name.
 */
import { describe, expect, it } from 'vitest';
import { adam, datasetLoss, mlp, modelProblem, outputsOf, train } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { classifierData, gridPoints } from '../../src/worker/tasks/classifierRuns';

const input = { dataset: 'circles', width: 8, steps: 120, lr: 0.01, grid: 4, runs: [{ dropout: 0, seed: 3 }, { dropout: 0.5, seed: 3 }] } as const;

describe('classifierRuns', () => {
  const progress: { done: number; total: number }[] = [];
  const out = runTaskSync('classifierRuns', input, { progress: (p) => progress.push(p) });
  const { train: data, validation } = classifierData('circles');

  it('trains exactly what the core trains from the same seed', () => {
    const model = mlp({ sizes: [2, 8, 8, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: 3 });
    const before = datasetLoss(model, data);
    train(modelProblem(model, data, { seed: 3 }), adam({ lr: 0.01 }), { steps: 120 });
    const run = out.runs[0];
    expect(run.trainCurve[0]).toBeCloseTo(before, 12);
    expect(run.trainCurve[run.trainCurve.length - 1]).toBeCloseTo(datasetLoss(model, data), 10);
    expect(run.validationCurve[run.validationCurve.length - 1]).toBeCloseTo(datasetLoss(model, validation), 10);
    const z = outputsOf(model, validation.x, validation.n);
    expect(run.validationProbability[0]).toBeCloseTo(1 / (1 + Math.exp(-z[0])), 12);
  });

  it('measures the curves every 50 steps and at the end, and reports one progress per chunk', () => {
    expect(Array.from(out.runs[0].curveSteps)).toEqual([0, 50, 100, 120]);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.every((p) => p.total === 6)).toBe(true);
  });

  it('returns a probability in [0, 1] for every grid cell, and dropout changes the run', () => {
    for (const r of out.runs) {
      expect(r.gridProbability).toHaveLength(16);
      for (const q of r.gridProbability) expect(q >= 0 && q <= 1).toBe(true);
    }
    expect(out.runs[1].trainCurve[3]).not.toBe(out.runs[0].trainCurve[3]);
    expect(Array.from(gridPoints(2, [-1, 1]))).toEqual([-0.5, -0.5, 0.5, -0.5, -0.5, 0.5, 0.5, 0.5]);
  });

  it('refuses bad inputs, naming them', () => {
    expect(() => runTaskSync('classifierRuns', { ...input, dataset: 'spirals' as 'circles' })).toThrow(/dataset must be one of circles, moons, got "spirals"/);
    expect(() => runTaskSync('classifierRuns', { ...input, runs: [{ dropout: 0.95, seed: 1 }] })).toThrow(/runs\[0\]\.dropout must be in \[0, 0\.9\], got 0\.95/);
    expect(() => runTaskSync('classifierRuns', { ...input, runs: [] })).toThrow(/runs must be a list of 1 to 12/);
    expect(() => runTaskSync('classifierRuns', { ...input, lr: 2 })).toThrow(/lr must be in \(0, 1\], got 2/);
  });
});
