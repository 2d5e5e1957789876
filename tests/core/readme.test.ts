/** The example in src/core/README.md, run as written, with its comments as assertions. */
import { describe, expect, it } from 'vitest';
import {
  accuracy, adam, add, backwardStepper, createOptimizer, createSurface, flatObjective, makeSpirals, mlp, modelProblem, mul,
  scalar, sgd, square, sub, surfaceProblem, train,
} from '../../src/core';

describe('README example', () => {
  it('trains the spirals, steps a backward pass, and explains a divergence', () => {
    const data = makeSpirals({ n: 200, seed: 1 });
    const model = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
    expect(model.params.describe()).toBe('W1 [2, 16], b1 [16], W2 [16, 16], b2 [16], W3 [16, 1], b3 [1]');
    const problem = modelProblem(model, data);
    const run = train(problem, adam({ lr: 0.01 }), { steps: 3000 });
    expect(run.losses.length).toBe(3001);
    expect(run.stop).toBe('completed');
    const weights = Array.from(model.params.values);
    expect(problem.loss()).toBe(run.losses[3000]);
    expect(problem.loss()).toBe(run.losses[3000]);
    expect(Array.from(model.params.values)).toEqual(weights);
    expect(accuracy(model, data)).toBeGreaterThanOrEqual(0.99);

    // adam(…) is createOptimizer('adam', …): the same run from the same start.
    const again = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
    const byName = train(modelProblem(again, data), createOptimizer('adam', { lr: 0.01 }), { steps: 50 });
    const twin = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
    expect(Array.from(train(modelProblem(twin, data), adam({ lr: 0.01 }), { steps: 50 }).losses)).toEqual(Array.from(byName.losses));

    const line = { x: Float64Array.of(0, 1, 2, 3), y: Float64Array.of(1, 3, 5, 7), n: 4, d: 1, name: 'line' };
    const chunkedRun = () => {
      const net = mlp({ sizes: [1, 2, 1], activation: 'relu', loss: 'mse', initial: { W1: [[1, -1]], b2: [0.5] } });
      expect(Array.from(net.params.get('W1').data)).toEqual([1, -1]);
      const chunked = modelProblem(net, line, { batches: [[0, 3], [1, 2]] });
      const opt = sgd({ lr: 0.02 });
      for (let k = 0; k < 10; k++) train(chunked, opt, { steps: 20, finalLoss: false });
      return net;
    };
    const oneCall = mlp({ sizes: [1, 2, 1], activation: 'relu', loss: 'mse', initial: { W1: [[1, -1]], b2: [0.5] } });
    train(modelProblem(oneCall, line, { batches: [[0, 3], [1, 2]] }), sgd({ lr: 0.02 }), { steps: 200 });
    expect(Array.from(chunkedRun().params.values)).toEqual(Array.from(oneCall.params.values));

    const x = scalar(-2, { requiresGrad: true, label: 'x' });
    const y = scalar(5, { requiresGrad: true, label: 'y' });
    const z = scalar(-4, { requiresGrad: true, label: 'z' });
    const stepper = backwardStepper(mul(add(x, y), z));
    expect(stepper.nodes.map((n) => n.label || n.op)).toEqual(['x', 'y', 'add', 'z', 'mul']);
    while (stepper.step() !== null) stepper.snapshot();
    expect(stepper.snapshot().map((n) => n.grad?.[0])).toEqual([-4, -4, -4, 3, 1]);

    const rosenbrock = flatObjective((a, b) => add(square(sub(1, a)), mul(100, square(sub(b, square(a))))), [[], []]);
    const rosenPath = train(surfaceProblem(rosenbrock, [-1.5, 2]), adam({ lr: 0.02 }), { steps: 500, recordParams: true }).params;
    expect(rosenPath?.length).toBe(2 * 501);
    expect(Array.from(rosenPath?.subarray(0, 2) ?? [])).toEqual([-1.5, 2]);
    const bowl = createSurface('quadratic', { conditionNumber: 10 });
    const path = train(surfaceProblem(bowl, [1, 1]), sgd({ lr: 0.25 }), { steps: 100 });
    expect(path.divergence).toEqual({ step: 24, reason: 'loss 1.42 × 10⁹ exceeded 10⁸ × the starting loss' });
  });
});
