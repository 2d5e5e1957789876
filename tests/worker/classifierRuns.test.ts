/**
 * classifierRuns: small networks on a few noisy 2-D points. A run is the core's own training
 * (same weights as training the model directly), its curves start at the untrained loss and
 * are measured every chunk, its probabilities are sigmoids of the network's outputs, progress
 * comes once per chunk, and bad inputs are refused by name.
 */
import { describe, expect, it } from 'vitest';
import { adam, datasetLoss, gather, mlp, modelProblem, outputsOf, train } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { bootstrapRows, classifierData, MASK_STEPS, replayDropoutMasks } from '../../src/worker/tasks/classifierRuns';
import { gridPoints } from '../../src/worker/tasks/gridPoints';

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

  it('a bootstrap run trains on n rows drawn with replacement from its seed, and is scored on every training point', () => {
    const rows = bootstrapRows(data.n, 3);
    expect(rows).toHaveLength(data.n);
    expect(rows.every((r) => Number.isInteger(r) && r >= 0 && r < data.n)).toBe(true);
    const kept = new Set(rows).size;
    expect(kept).toBeLessThan(data.n); // with n draws from n, some are repeated: about 1 − 1/e of the rows are kept
    expect(kept).toBeGreaterThan(data.n / 2);
    expect(Array.from(bootstrapRows(data.n, 3))).toEqual(Array.from(rows));
    const boot = runTaskSync('classifierRuns', { ...input, runs: [{ dropout: 0, seed: 3, bootstrap: true }] }).runs[0];
    expect(boot.bootstrap).toBe(true);
    const model = mlp({ sizes: [2, 8, 8, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: 3 });
    train(modelProblem(model, gather(data, rows), { seed: 3 }), adam({ lr: 0.01 }), { steps: 120 });
    expect(boot.trainCurve[boot.trainCurve.length - 1]).toBeCloseTo(datasetLoss(model, data), 10);
    expect(boot.trainCurve[3]).not.toBe(out.runs[0].trainCurve[3]);
  });

  it('replays the dropout masks the training drew: the loss of steps 1 and 2 by hand with them, and the first example\'s in the run', () => {
    const p = 0.5, w = 8;
    const model = mlp({ sizes: [2, w, w, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: 3, dropout: p });
    const problem = modelProblem(model, data, { seed: 3 });
    const masks = replayDropoutMasks(3, p, data.n, w, 2);
    const param = (name: string) => model.params.get(name).data;
    // The forward pass written out: relu(x·W1 + b1) ⊙ mask / (1 − p), again, then one logit; mean softplus(∓z).
    const handLoss = (flags: Uint8Array): number => {
      const [W1, b1, W2, b2, W3, b3] = ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'].map(param);
      let total = 0;
      for (let i = 0; i < data.n; i++) {
        const h1 = Array.from({ length: w }, (_, j) => Math.max(0, data.x[2 * i] * W1[j] + data.x[2 * i + 1] * W1[w + j] + b1[j]) * (flags[i * w + j] ? 0 : 1 / (1 - p)));
        const h2 = Array.from({ length: w }, (_, j) => Math.max(0, h1.reduce((t, h, k) => t + h * W2[k * w + j], b2[j])) * (flags[(data.n + i) * w + j] ? 0 : 1 / (1 - p)));
        const z = h2.reduce((t, h, k) => t + h * W3[k], b3[0]);
        const m = data.y[i] === 1 ? -z : z;
        total += Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m)));
      }
      return total / data.n;
    };
    const first = handLoss(masks[0]);
    expect(problem.lossAndGrad()).toBeCloseTo(first, 12);
    expect(first).not.toBeCloseTo(handLoss(new Uint8Array(masks[0].length)), 3); // the masks matter
    adam({ lr: 0.01 }).step(problem.values, problem.grads);
    expect(problem.lossAndGrad()).toBeCloseTo(handLoss(masks[1]), 12);
    const shown = out.runs[1].masks;
    expect(out.runs[0].masks).toBeNull();
    expect(shown).toHaveLength(MASK_STEPS * 2 * w);
    expect(Array.from(shown?.subarray(0, w) ?? [])).toEqual(Array.from(masks[0].subarray(0, w)));
    expect(Array.from(shown?.subarray(3 * w, 4 * w) ?? [])).toEqual(Array.from(masks[1].subarray(data.n * w, data.n * w + w)));
  });

  it('refuses bad inputs, naming them', () => {
    expect(() => runTaskSync('classifierRuns', { ...input, runs: [{ dropout: 0, seed: 1, bootstrap: 'yes' as unknown as boolean }] })).toThrow(/runs\[0\]\.bootstrap must be true or false, got "yes"/);
    expect(() => runTaskSync('classifierRuns', { ...input, dataset: 'spirals' as 'circles' })).toThrow(/dataset must be one of circles, moons, got "spirals"/);
    expect(() => runTaskSync('classifierRuns', { ...input, runs: [{ dropout: 0.95, seed: 1 }] })).toThrow(/runs\[0\]\.dropout must be in \[0, 0\.9\], got 0\.95/);
    expect(() => runTaskSync('classifierRuns', { ...input, runs: [] })).toThrow(/runs must be a list of 1 to 12/);
    expect(() => runTaskSync('classifierRuns', { ...input, lr: 2 })).toThrow(/lr must be in \(0, 1\], got 2/);
  });
});
