/** The example in src/core/README.md, run as written, with its comments as assertions. */
import { describe, expect, it } from 'vitest';
import {
  accuracy, add, backwardStepper, createOptimizer, createSurface, makeSpirals, mlp, modelProblem, mul, scalar,
  surfaceProblem, train,
} from '../../src/core';

describe('README example', () => {
  it('trains the spirals, steps a backward pass, and explains a divergence', () => {
    const data = makeSpirals({ n: 200, seed: 1 });
    const model = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
    const adam = createOptimizer('adam', { lr: 0.01 });
    const run = train(modelProblem(model, data), adam, { steps: 3000 });
    expect(run.losses.length).toBe(3001);
    expect(run.stop).toBe('completed');
    expect(accuracy(model, data)).toBeGreaterThanOrEqual(0.99);

    const x = scalar(-2, { requiresGrad: true, label: 'x' });
    const y = scalar(5, { requiresGrad: true, label: 'y' });
    const z = scalar(-4, { requiresGrad: true, label: 'z' });
    const stepper = backwardStepper(mul(add(x, y), z));
    expect(stepper.nodes.map((n) => n.label || n.op)).toEqual(['x', 'y', 'add', 'z', 'mul']);
    while (stepper.step() !== null) stepper.snapshot();
    expect(stepper.snapshot().map((n) => n.grad?.[0])).toEqual([-4, -4, -4, 3, 1]);

    const bowl = createSurface('quadratic', { conditionNumber: 10 });
    const path = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.25 }), { steps: 100 });
    expect(path.divergence).toEqual({ step: 24, reason: 'loss 1.42 × 10⁹ exceeded 10⁸ × the starting loss' });
  });
});
