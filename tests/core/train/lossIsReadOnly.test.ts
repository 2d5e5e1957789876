/**
 * problem.loss() only reads: asking for the loss any number of times, between any steps, leaves
 * the batch order, the dropout masks, batch norm's running statistics and so the whole training
 * run exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { makeSpirals } from '../../../src/core/data';
import { datasetLoss, mlp } from '../../../src/core/models';
import { createOptimizer } from '../../../src/core/optim/registry';
import { createSurface } from '../../../src/core/surfaces/registry';
import { modelProblem, surfaceProblem, train } from '../../../src/core/train';

const ds = makeSpirals({ n: 100, seed: 3 });
const net = () => mlp({ sizes: [2, 8, 8, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: 4, dropout: 0.2, batchNorm: true });

/** 30 Adam steps in batches of 32; `peek` is called before every step. */
function run(peek: (loss: () => number) => void) {
  const model = net();
  const problem = modelProblem(model, ds, { batchSize: 32, seed: 9 });
  const readings: number[] = [];
  const out = train(problem, createOptimizer('adam', { lr: 0.01 }), {
    steps: 30, progressEvery: 1, onProgress: () => peek(() => {
      const v = problem.loss();
      readings.push(v);
      return v;
    }),
  });
  const state = model.batchNormStates.flatMap((s) => [...s.runningMean, ...s.runningVar]);
  return { losses: Array.from(out.losses), weights: Array.from(model.params.values), state, readings };
}

describe('problem.loss() has no side effects', () => {
  it('training with loss() asked between steps equals training without (mini-batches, dropout, batch norm)', () => {
    const quiet = run(() => undefined);
    const asked = run((loss) => {
      for (let i = 0; i < 3; i++) loss();
    });
    expect(asked.readings.length).toBe(3 * 30); // progress at t = 1 … 30
    expect(asked.losses).toEqual(quiet.losses);
    expect(asked.weights).toEqual(quiet.weights);
    expect(asked.state).toEqual(quiet.state);
  });

  it('asking twice gives the same number', () => {
    const asked = run((loss) => expect(loss()).toBe(loss()));
    expect(asked.readings.length).toBe(2 * 30);
  });

  it('training in two calls equals one call: no batch is skipped between them', () => {
    const one = net(), two = net();
    const p1 = modelProblem(one, ds, { batchSize: 32, seed: 9 });
    const p2 = modelProblem(two, ds, { batchSize: 32, seed: 9 });
    const o1 = createOptimizer('adam', { lr: 0.01 }), o2 = createOptimizer('adam', { lr: 0.01 });
    const whole = train(p1, o1, { steps: 20 });
    const first = train(p2, o2, { steps: 7 });
    const second = train(p2, o2, { steps: 13 });
    expect(Array.from(two.params.values)).toEqual(Array.from(one.params.values));
    expect([...first.losses.subarray(0, 7), ...second.losses]).toEqual(Array.from(whole.losses));
  });

  it('on a full batch it is the whole training set in evaluation mode', () => {
    const model = net();
    const problem = modelProblem(model, ds);
    train(problem, createOptimizer('adam', { lr: 0.01 }), { steps: 5 });
    expect(problem.loss()).toBe(datasetLoss(model, ds));
  });

  it('on a surface it leaves the gradient buffer alone', () => {
    const problem = surfaceProblem(createSurface('rosenbrock'), [-1, 1]);
    problem.lossAndGrad();
    const g = Array.from(problem.grads);
    problem.values[0] = 0.5;
    problem.loss();
    expect(Array.from(problem.grads)).toEqual(g);
  });
});
