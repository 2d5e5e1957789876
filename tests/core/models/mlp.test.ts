/**
 * Networks learn what they should, and the same seed reproduces a run bit for bit.
 * Hyperparameters (stated here, fixed): MLP 2→16→16→1, tanh, sigmoid + cross-entropy,
 * Adam; XOR 200 points for 500 steps at lr 0.02; two spirals 200 points for 3,000 steps at lr 0.01.
 */
import { describe, expect, it } from 'vitest';
import { makeSpirals, makeXor, makeBlobs } from '../../../src/core/data';
import { accuracy, mlp, softmaxClassifier, linearSvm, logisticRegression } from '../../../src/core/models';
import { createOptimizer } from '../../../src/core/optim/registry';
import { modelProblem, train } from '../../../src/core/train';
import type { Dataset } from '../../../src/core/data/dataset';

function fit(ds: Dataset, steps: number, lr: number, seed = 1, options: { dropout?: number; batchNorm?: boolean; batchSize?: number } = {}) {
  const model = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed, dropout: options.dropout, batchNorm: options.batchNorm });
  const run = train(modelProblem(model, ds, { batchSize: options.batchSize, seed }), createOptimizer('adam', { lr }), { steps });
  return { model, run };
}

describe('MLP', () => {
  it('learns XOR to 100% training accuracy', () => {
    const ds = makeXor({ n: 200, seed: 1 });
    const { model, run } = fit(ds, 500, 0.02);
    expect(run.stop).toBe('completed');
    expect(accuracy(model, ds)).toBeGreaterThanOrEqual(0.99);
  });

  it('learns two spirals to ≥ 99% training accuracy', () => {
    const ds = makeSpirals({ n: 200, seed: 1 });
    const { model, run } = fit(ds, 3000, 0.01);
    expect(run.losses[run.steps]).toBeLessThan(0.05 * run.losses[0]);
    expect(accuracy(model, ds)).toBeGreaterThanOrEqual(0.99);
  });

  it('the same seed gives bit-identical loss histories (mini-batches, dropout, batch norm)', () => {
    const ds = makeSpirals({ n: 128, seed: 3 });
    const opts = { dropout: 0.1, batchNorm: true, batchSize: 32 };
    const a = fit(ds, 200, 0.01, 7, opts).run.losses;
    const b = fit(ds, 200, 0.01, 7, opts).run.losses;
    const c = fit(ds, 200, 0.01, 8, opts).run.losses;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('one activation per layer', () => {
    const net = mlp({ sizes: [2, 8, 8, 3], activation: ['relu', 'tanh'], loss: 'softmaxCrossEntropy' });
    expect(net.activations).toEqual(['relu', 'tanh']);
    expect(net.params.describe()).toBe('W1 [2, 8], b1 [8], W2 [8, 8], b2 [8], W3 [8, 3], b3 [3]');
    expect(() => mlp({ sizes: [2, 8, 1], activation: ['relu', 'tanh'], loss: 'mse' })).toThrow('mlp: 2 activations given for 1 hidden layers');
    expect(() => mlp({ sizes: [2, 8, 2], activation: 'tanh', loss: 'mse' })).toThrow('mlp: loss mse needs 1 output, got 2');
  });
});

describe('linear classifiers on separable blobs', () => {
  const ds = makeBlobs({ n: 150, k: 3, std: 0.3, seed: 2 });
  for (const [name, make] of [['softmax', softmaxClassifier], ['svm', linearSvm]] as const) {
    it(`${name} reaches ≥ 95% accuracy`, () => {
      const model = make({ inputs: 2, classes: 3 });
      train(modelProblem(model, ds), createOptimizer('sgd', { lr: 0.5 }), { steps: 300 });
      expect(accuracy(model, ds)).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('logistic regression separates two blobs', () => {
    const two = makeBlobs({ n: 100, k: 2, std: 0.3, seed: 4 });
    const model = logisticRegression({ inputs: 2 });
    train(modelProblem(model, two), createOptimizer('sgd', { lr: 0.5 }), { steps: 300 });
    expect(accuracy(model, two)).toBeGreaterThanOrEqual(0.95);
  });
});
