/**
 * What train() records is the caller's choice: the path only when asked, and for callers that
 * train in chunks, no final evaluation and no losses array.
 */
import { describe, expect, it } from 'vitest';
import { makeSpirals } from '../../../src/core/data';
import { mlp } from '../../../src/core/models';
import { createOptimizer } from '../../../src/core/optim/registry';
import { createSurface } from '../../../src/core/surfaces/registry';
import { modelProblem, surfaceProblem, train, type TrainingProblem } from '../../../src/core/train';

/** The problem, counting how often each evaluation runs. */
function counted(problem: TrainingProblem) {
  const calls = { lossAndGrad: 0, loss: 0 };
  const wrapped: TrainingProblem = {
    ...problem,
    lossAndGrad: () => (calls.lossAndGrad++, problem.lossAndGrad()),
    loss: () => (calls.loss++, problem.loss()),
  };
  return { problem: wrapped, calls };
}

const bowl = createSurface('quadratic', { conditionNumber: 10, rotationDeg: 0, center: [0, 0] });

describe('train() options', () => {
  it('records the path only when asked, even for a 2-D problem', () => {
    const sgd = () => createOptimizer('sgd', { lr: 0.05 });
    expect(train(surfaceProblem(bowl, [1, 1]), sgd(), { steps: 3 }).params).toBeNull();
    expect(train(surfaceProblem(bowl, [1, 1]), sgd(), { steps: 3, recordParams: true }).params?.length).toBe(8);
  });

  it('finalLoss: false evaluates k times for k steps, and the losses end one entry early', () => {
    // By default: k gradients, then one forward pass at the end (k + 1 losses).
    const a = counted(surfaceProblem(bowl, [1, 1]));
    const full = train(a.problem, createOptimizer('sgd', { lr: 0.05 }), { steps: 4 });
    expect(a.calls).toEqual({ lossAndGrad: 4, loss: 1 });
    const b = counted(surfaceProblem(bowl, [1, 1]));
    const lean = train(b.problem, createOptimizer('sgd', { lr: 0.05 }), { steps: 4, finalLoss: false, recordParams: true });
    expect(b.calls).toEqual({ lossAndGrad: 4, loss: 0 });
    expect(Array.from(lean.losses)).toEqual(Array.from(full.losses.subarray(0, 4)));
    expect(lean.lastLoss).toBe(full.losses[3]);
    expect(lean.params?.length).toBe(2 * 5); // the path still ends at the last point
    expect(lean.stop).toBe('completed');
  });

  it('recordLosses: false keeps no losses but still reports the last and still catches divergence', () => {
    const run = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.05 }), { steps: 3, recordLosses: false });
    expect(run.losses.length).toBe(0);
    // f = ½(x² + 10y²) after 3 steps: x = 0.95³ = 0.857375, y = 0.5³ = 0.125
    expect(run.lastLoss).toBeCloseTo(0.5 * (0.857375 ** 2 + 10 * 0.125 ** 2), 15);
    const wild = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.25 }), { steps: 1000, recordLosses: false });
    expect(wild.divergence?.step).toBe(24);
  });

  it('chunks without final evaluations give one call\'s losses and weights, bit for bit', () => {
    const ds = makeSpirals({ n: 64, seed: 2 });
    const setup = () => {
      const model = mlp({ sizes: [2, 8, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 3 });
      return { model, problem: modelProblem(model, ds, { batchSize: 16, seed: 1 }), adam: createOptimizer('adam', { lr: 0.02 }) };
    };
    const one = setup();
    const whole = train(one.problem, one.adam, { steps: 30 });
    const chunked = setup();
    const losses: number[] = [];
    for (let done = 0; done < 30; done += 10) {
      const lastChunk = done + 10 === 30;
      const run = train(chunked.problem, chunked.adam, { steps: 10, finalLoss: lastChunk });
      losses.push(...run.losses);
    }
    expect(losses).toEqual(Array.from(whole.losses));
    expect(Array.from(chunked.model.params.values)).toEqual(Array.from(one.model.params.values));
  });

  it('a parameter that is not finite at the unevaluated end is still reported', () => {
    // f(w) = 10³⁰⁸·w has gradient 10³⁰⁸ everywhere: one step of α = 10 from 0 gives w = −Infinity.
    const steep = { dim: 1, valueAndGrad: (w: Float64Array, g: Float64Array) => ((g[0] = 1e308), 1e308 * w[0]) };
    const run = train(surfaceProblem(steep, [0]), createOptimizer('sgd', { lr: 10 }), { steps: 1, finalLoss: false });
    expect(run.stop).toBe('diverged');
    expect(run.divergence).toEqual({ step: 1, reason: 'parameter 0 is -Infinity' });
  });
});
