/** modelProblem's batches: the seeded shuffle by default, or an order the caller gives. */
import { describe, expect, it } from 'vitest';
import { createBatchIterator, makeSpirals } from '../../../src/core/data';
import type { Dataset } from '../../../src/core/data/dataset';
import { linearRegression, mlp } from '../../../src/core/models';
import { createOptimizer } from '../../../src/core/optim/registry';
import { type BatchOrder, modelProblem, train } from '../../../src/core/train';

// Three points; the model starts at w = b = 0 and SGD takes α = 0.1 on the batch's MSE,
// whose gradient is ∂/∂w = (2/|B|) Σ rᵢxᵢ, ∂/∂b = (2/|B|) Σ rᵢ with rᵢ = w·xᵢ + b − yᵢ.
const three: Dataset = { x: Float64Array.of(1, 2, 3), y: Float64Array.of(1, 0, 2), n: 3, d: 1, name: 'three' };

function sgdOn(order: BatchOrder, steps: number) {
  const model = linearRegression({ inputs: 1 });
  const run = train(modelProblem(model, three, { batches: order }), createOptimizer('sgd', { lr: 0.1 }), { steps });
  return { run, w: Array.from(model.params.values) };
}

describe('an explicit batch order', () => {
  it('runs the batches in the order given, repeating the list, as by hand', () => {
    // Step 1 on batch [2] (x = 3, y = 2): r = −2, loss 4; gw = 2·(−2)·3 = −12, gb = −4
    //   → w = 1.2, b = 0.4.
    // Step 2 on batch [0, 1]: r = 1.2 + 0.4 − 1 = 0.6 and 2.4 + 0.4 − 0 = 2.8, loss (0.36 + 7.84)/2 = 4.1;
    //   gw = 0.6·1 + 2.8·2 = 6.2, gb = 0.6 + 2.8 = 3.4 → w = 0.58, b = 0.06.
    // The end: the list starts again at [2]: r = 1.74 + 0.06 − 2 = −0.2, loss 0.04.
    const { run, w } = sgdOn([[2], [0, 1]], 2);
    [4, 4.1, 0.04].forEach((v, t) => expect(run.losses[t]).toBeCloseTo(v, 12));
    expect(w[0]).toBeCloseTo(0.58, 12);
    expect(w[1]).toBeCloseTo(0.06, 12);
  });

  it('a function is asked for batch k once, in order, and gives the same run as the list', () => {
    const asked: number[] = [];
    const byFunction = sgdOn((k) => {
      asked.push(k);
      return k % 2 === 0 ? [2] : [0, 1];
    }, 2);
    const byList = sgdOn([[2], [0, 1]], 2);
    expect(Array.from(byFunction.run.losses)).toEqual(Array.from(byList.run.losses));
    expect(byFunction.w).toEqual(byList.w);
    expect(asked).toEqual([0, 1, 2]); // batch 2 only for the final loss, which looks ahead to it
  });

  it('the default shuffle is the batch iterator\'s order, bit for bit (dropout and batch norm on)', () => {
    const ds = makeSpirals({ n: 100, seed: 3 });
    const steps = 12; // 32, 32, 32, 4, 32, …: both batch sizes, across epochs
    const it = createBatchIterator(ds, 32, 5);
    const order = Array.from({ length: steps + 1 }, () => Array.from(it.next().indices));
    const run = (options: { batchSize: number } | { batches: number[][] }) => {
      const model = mlp({ sizes: [2, 8, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: 2, dropout: 0.2, batchNorm: true });
      const r = train(modelProblem(model, ds, { ...options, seed: 5 }), createOptimizer('adam', { lr: 0.01 }), { steps });
      return [...r.losses, ...model.params.values];
    };
    expect(run({ batches: order })).toEqual(run({ batchSize: 32 }));
  });

  it('copies the list: changing it afterwards changes nothing', () => {
    const order = [[2], [0, 1]];
    const model = linearRegression({ inputs: 1 });
    const problem = modelProblem(model, three, { batches: order });
    order[0][0] = 0;
    train(problem, createOptimizer('sgd', { lr: 0.1 }), { steps: 2 });
    expect(model.params.values[0]).toBeCloseTo(0.58, 12);
  });

  it('refuses indices that are not rows, empty batches, and both batchSize and batches', () => {
    const model = linearRegression({ inputs: 1 });
    expect(() => modelProblem(model, three, { batches: [[0, 3]] })).toThrow('modelProblem: batches[0][1] must be a row index in 0..2, got 3');
    expect(() => modelProblem(model, three, { batches: [[0], [1.5]] })).toThrow('modelProblem: batches[1][0] must be a row index in 0..2, got 1.5');
    expect(() => modelProblem(model, three, { batches: [[-1]] })).toThrow('modelProblem: batches[0][0] must be a row index in 0..2, got -1');
    expect(() => modelProblem(model, three, { batches: [[]] })).toThrow('modelProblem: batches[0] is empty');
    expect(() => modelProblem(model, three, { batches: [] })).toThrow('modelProblem: batches is empty');
    expect(() => modelProblem(model, three, { batches: [[0]], batchSize: 1 })).toThrow('modelProblem: give batchSize (a seeded shuffle) or batches (an explicit order), not both');
    const bad = modelProblem(model, three, { batches: (k) => (k === 0 ? [0] : [NaN]) });
    bad.lossAndGrad();
    expect(() => bad.lossAndGrad()).toThrow('modelProblem: batches(1)[0] must be a row index in 0..2, got NaN');
  });
});
