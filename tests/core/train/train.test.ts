/** The training driver: trajectories, divergence with its step, cancellation, progress, validation. */
import { describe, expect, it } from 'vitest';
import { makeSpirals, makeSmooth1d, splitDataset } from '../../../src/core/data';
import { linearRegression, mlp } from '../../../src/core/models';
import { createOptimizer } from '../../../src/core/optim/registry';
import { createSurface } from '../../../src/core/surfaces/registry';
import { modelProblem, surfaceProblem, train } from '../../../src/core/train';
import { addBiasColumn } from '../../../src/core/data/bias';

describe('train on a surface', () => {
  // f = ½(x² + 10y²) as a quadratic with condition number 10, no rotation, centre 0:
  // gradient descent multiplies x by (1 − α) and y by (1 − 10α) each step.
  const bowl = createSurface('quadratic', { conditionNumber: 10, rotationDeg: 0, center: [0, 0] });

  it('records every point of the path: x_t = (1 − α)^t x₀, y_t = (1 − 10α)^t y₀', () => {
    const run = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.05 }), { steps: 3, recordParams: true });
    expect(run.stop).toBe('completed');
    expect(run.params?.length).toBe(8);
    // α = 0.05: x: 1, 0.95, 0.9025, 0.857375;  y: 1, 0.5, 0.25, 0.125
    const expected = [1, 1, 0.95, 0.5, 0.9025, 0.25, 0.857375, 0.125];
    expected.forEach((v, i) => expect(run.params?.[i]).toBeCloseTo(v, 15));
    // losses[t] = ½(x_t² + 10 y_t²): t = 0 → 5.5
    expect(run.losses[0]).toBe(5.5);
  });

  it('diverges when α·λmax > 2 and names the step', () => {
    // α = 0.25, λmax = 10: y is multiplied by 1 − 2.5 = −1.5 each step, |y_t| = 1.5^t. The loss
    // ½·10·1.5^(2t) passes 1e8·(5.5 + 1) at t = 24 (1.5^48 ≈ 2.7e8; 5·2.7e8 > 6.5e8).
    const run = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.25 }), { steps: 1000 });
    expect(run.stop).toBe('diverged');
    expect(run.divergence?.step).toBe(24);
    expect(run.divergence?.reason).toMatch(/exceeded 10⁸ × the starting loss/);
    expect(run.losses.length).toBe(25);
  });

  it('reports NaN or Infinity at the step it appears', () => {
    // From (1e152, 1e152) with α = 10: y ← (1 − 100)·y = −9.9e153, and 10·y² overflows to Infinity.
    const run = train(surfaceProblem(bowl, [1e152, 1e152]), createOptimizer('sgd', { lr: 10 }), { steps: 10, divergenceFactor: Infinity });
    expect(run.stop).toBe('diverged');
    expect(run.divergence).toEqual({ step: 1, reason: 'loss is Infinity' });
  });

  it('stops when asked, and reports progress on the way', () => {
    let seen = 0;
    const progress: number[] = [];
    const run = train(surfaceProblem(bowl, [1, 1]), createOptimizer('sgd', { lr: 0.01 }), {
      steps: 1000,
      shouldStop: () => ++seen > 40,
      progressEvery: 10,
      onProgress: (t) => progress.push(t.steps),
    });
    expect(run.stop).toBe('cancelled');
    expect(run.steps).toBe(40);
    expect(progress).toEqual([10, 20, 30, 40]);
  });

  it('a schedule changes the learning rate per step: step decay halves α after 2 steps', () => {
    // f = ½(x² + 10y²), x only: α₀ = α₁ = 0.1, α₂ = 0.05 → x: 1, 0.9, 0.81, 0.7695
    const run = train(surfaceProblem(bowl, [1, 0]), createOptimizer('sgd', { lr: 0.1 }), {
      steps: 3, schedule: { kind: 'step', every: 2, factor: 0.5 }, recordParams: true,
    });
    const xs = [0, 1, 2, 3].map((t) => run.params?.[2 * t]);
    expect(xs[1]).toBeCloseTo(0.9, 15);
    expect(xs[2]).toBeCloseTo(0.81, 15);
    expect(xs[3]).toBeCloseTo(0.7695, 15);
  });
});

describe('train a model', () => {
  it('decoupled weight decay shrinks weights but not biases', () => {
    // With lr 0 the optimizer does nothing, so only decay acts: w ← (1 − α·λ)w per step, but α = 0 too.
    // Use SGD with lr 0.1 on data with zero targets and zero inputs: gradients vanish for W,
    // so W_t = (1 − 0.1·0.5)^t W₀ = 0.95^t W₀, and the bias stays where the data put it.
    const ds = { x: new Float64Array(4), y: new Float64Array(4), n: 4, d: 1, name: 'zeros' };
    const model = linearRegression({ inputs: 1, init: { kind: 'constant', value: 2 } });
    model.params.get('b').data[0] = 0;
    train(modelProblem(model, ds), createOptimizer('sgd', { lr: 0.1 }), { steps: 2, weightDecay: 0.5 });
    expect(model.params.get('W').data[0]).toBeCloseTo(2 * 0.95 * 0.95, 15);
    expect(model.params.get('b').data[0]).toBe(0);
  });

  it('validation loss is recorded on its schedule and rises once a big network overfits', () => {
    const data = makeSmooth1d({ n: 40, noise: 0.3, seed: 5 });
    const { train: tr, validation } = splitDataset(data, { train: 0.5, validation: 0.5, test: 0 }, 9);
    const model = mlp({ sizes: [1, 64, 64, 1], activation: 'tanh', loss: 'mse', seed: 2 });
    const run = train(modelProblem(model, tr, { validation }), createOptimizer('adam', { lr: 0.01 }), { steps: 3000, validateEvery: 100 });
    expect(Array.from(run.validationSteps.slice(0, 3))).toEqual([0, 100, 200]);
    expect(run.validation.length).toBe(31);
    const best = Math.min(...run.validation);
    expect(run.validation[run.validation.length - 1]).toBeGreaterThan(best); // overfitting shows
    expect(run.losses[run.steps]).toBeLessThan(0.5 * best); // train loss below the best validation loss
  }, 60_000); // 3,000 steps of a 64 × 64 network: about 2 s alone, over the default 5 s on a busy machine

  it('mini-batches of 32 cover an epoch of 100 examples as 32, 32, 32, 4', () => {
    const ds = makeSpirals({ n: 100, seed: 1 });
    const model = mlp({ sizes: [2, 4, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy' });
    const run = train(modelProblem(model, ds, { batchSize: 32 }), createOptimizer('sgd', { lr: 0.1 }), { steps: 8 });
    expect(run.stop).toBe('completed');
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it('bias as a weight: the same fit as with a separate bias', () => {
    const xs = Float64Array.from([0, 1, 2, 3]);
    const ys = Float64Array.from([1, 3, 5, 7.5]);
    const plain = linearRegression({ inputs: 1 });
    const trick = linearRegression({ inputs: 2, biasAsWeight: true });
    const opt = () => createOptimizer('sgd', { lr: 0.05 });
    train(modelProblem(plain, { x: xs, y: ys, n: 4, d: 1, name: 'line' }), opt(), { steps: 50 });
    train(modelProblem(trick, { x: addBiasColumn(xs, 4, 1), y: ys, n: 4, d: 2, name: 'line' }), opt(), { steps: 50 });
    const [m, b] = [plain.params.get('W').data[0], plain.params.get('b').data[0]];
    expect(trick.params.values[0]).toBeCloseTo(m, 12);
    expect(trick.params.values[1]).toBeCloseTo(b, 12);
  });

  it('refuses data with NaN and data of the wrong width', () => {
    const model = linearRegression({ inputs: 1 });
    expect(() => modelProblem(model, { x: Float64Array.from([1, NaN]), y: new Float64Array(2), n: 2, d: 1, name: 'bad' })).toThrow('modelProblem: data.x[1] must be finite, got NaN');
    expect(() => modelProblem(model, { x: new Float64Array(4), y: new Float64Array(2), n: 2, d: 2, name: 'wide' })).toThrow('modelProblem: data has 2 features, model expects 1');
  });
});
