/**
 * modelProblem owns its data: it copies the arrays and checks the targets once, when it is
 * built, so a caller changing its arrays later changes nothing and no step re-checks a target.
 */
import { describe, expect, it } from 'vitest';
import { Program } from '../../../src/core/autodiff/program';
import { cloneDataset, makeSpirals, splitDataset } from '../../../src/core/data';
import type { Dataset } from '../../../src/core/data/dataset';
import { linearRegression, logisticRegression, mlp, softmaxClassifier } from '../../../src/core/models';
import { sigmoidCrossEntropy } from '../../../src/core/ops';
import { createOptimizer } from '../../../src/core/optim/registry';
import { tensor, zeros } from '../../../src/core/tensor/tensor';
import { modelProblem, train } from '../../../src/core/train';

function fit(data: Dataset, validation: Dataset, mutate: (d: Dataset, v: Dataset) => void) {
  const model = mlp({ sizes: [2, 6, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
  const problem = modelProblem(model, data, { batchSize: 16, seed: 2, validation });
  mutate(data, validation);
  const run = train(problem, createOptimizer('sgd', { lr: 0.1 }), { steps: 20, validateEvery: 5 });
  return [...run.losses, ...run.validation, ...model.params.values];
}

describe('modelProblem copies its data', () => {
  it('changing the caller\'s arrays after construction does not change training', () => {
    const { train: tr, validation } = splitDataset(makeSpirals({ n: 60, seed: 4 }), { train: 0.5, validation: 0.5, test: 0 }, 3);
    const untouched = fit(cloneDataset(tr), cloneDataset(validation), () => undefined);
    const mutated = fit(cloneDataset(tr), cloneDataset(validation), (d, v) => {
      d.x.fill(0);
      d.y.fill(1);
      v.x.fill(5);
      v.y.fill(0);
    });
    expect(mutated).toEqual(untouched);
  });
});

describe('targets are checked once, when the problem is built', () => {
  const x = Float64Array.of(0, 1, 2);

  it('binary targets must be in [0, 1]; labels class indices; regression targets finite', () => {
    const data = (y: number[]): Dataset => ({ x, y: Float64Array.from(y), n: 3, d: 1, name: 't' });
    expect(() => modelProblem(logisticRegression({ inputs: 1 }), data([0, 2, 1]))).toThrow('modelProblem: data.y[1] must be in [0, 1], got 2');
    expect(() => modelProblem(softmaxClassifier({ inputs: 1, classes: 3 }), data([0, 1, 3]))).toThrow('modelProblem: data.y[2] must be a class index in 0..2, got 3');
    expect(() => modelProblem(softmaxClassifier({ inputs: 1, classes: 3 }), data([0, 0.5, 1]))).toThrow('modelProblem: data.y[1] must be a class index in 0..2, got 0.5');
    expect(() => modelProblem(linearRegression({ inputs: 1 }), data([0, Infinity, 1]))).toThrow('modelProblem: data.y[1] must be finite, got Infinity');
    const ok = data([0, 1, 1]);
    expect(() => modelProblem(logisticRegression({ inputs: 1 }), ok, { validation: data([0, 1, -1]) })).toThrow('modelProblem: validation.y[2] must be in [0, 1], got -1');
  });

  it('a loss op checks the targets it is built with, and a replay trusts the ones swapped in', () => {
    // Built with valid targets, the program replays whatever the caller puts in: the check is
    // not in the forward rule that every training step reruns.
    const targets = tensor([0, 1]);
    const bce = new Program(sigmoidCrossEntropy(zeros([2]), targets));
    targets.data = Float64Array.of(0, 2);
    expect(() => bce.forward()).not.toThrow();
    expect(() => sigmoidCrossEntropy(zeros([2]), tensor([0, 2]))).toThrow('sigmoidCrossEntropy: target[1] must be in [0, 1], got 2');
  });
});
