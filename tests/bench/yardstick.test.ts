// The benchmark's yardstick is an independent implementation of the MLP the core trains, so
// agreeing with it is a check of the core's forward pass, gradients and batch order as well
// as of the yardstick. A few steps of the benchmark's check, small enough for every test run.
import { describe, expect, it } from 'vitest';
import { HandFusedMlp } from '../../bench/handFused/mlp';
import { makeSpirals } from '../../src/core/data/spirals';
import { mlp } from '../../src/core/models/mlp';
import { createOptimizer } from '../../src/core/optim/registry';
import { createRng } from '../../src/core/random/prng';
import { modelProblem } from '../../src/core/train/modelProblem';
import { train } from '../../src/core/train/train';

const relative = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

describe('the benchmark yardstick', () => {
  for (const [hidden, batchSize] of [[5, 64], [8, 16]] as const) {
    it(`trains the core's MLP 2→${hidden}→${hidden}→1 to within 1e-12 (batches of ${batchSize} of 64)`, () => {
      const data = makeSpirals({ n: 64, seed: 3 });
      const model = mlp({ sizes: [2, hidden, hidden, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 2 });
      const yardstick = new HandFusedMlp({ d: 2, h1: hidden, h2: hidden }, model.params.values.slice(), data.x, data.y, data.n, batchSize, createRng(0));
      const before = yardstick.fullLoss();
      const steps = 30;
      const core = train(modelProblem(model, data, batchSize < data.n ? { batchSize } : {}), createOptimizer('sgd', { lr: 0.5 }), { steps });
      const losses: number[] = [];
      for (let t = 0; t < steps; t++) losses.push(yardstick.step(0.5));
      losses.push(yardstick.lossAndGrad());
      losses.forEach((loss, t) => expect(relative(core.losses[t], loss)).toBeLessThanOrEqual(1e-12));
      model.params.values.forEach((w, i) => expect(Math.abs(w - yardstick.w[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(w))));
      expect(yardstick.fullLoss()).toBeLessThan(before); // it trained
    });
  }
});
