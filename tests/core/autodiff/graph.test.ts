/**
 * The engine's graph mechanics: accumulation into a tensor used twice, replayed programs
 * agreeing with a freshly built graph, and the teaching view the backprop chapter reads.
 */
import { describe, expect, it } from 'vitest';
import { backwardStepper, graphView } from '../../../src/core/autodiff/graphView';
import { grad, valueAndGrad } from '../../../src/core/autodiff/grad';
import { backward } from '../../../src/core/autodiff/graph';
import { trace } from '../../../src/core/autodiff/program';
import { add, dense, matmul, maximum, mean, mul, sigmoid, square, sub, tanh } from '../../../src/core/ops';
import { scalar, type Tensor, tensor, wrap } from '../../../src/core/tensor/tensor';
import { ParameterSet } from '../../../src/core/tensor/parameters';

describe('reverse mode', () => {
  it('f = x·y + z at (3, −4, 2): ∂f/∂x = y = −4, ∂f/∂y = x = 3, ∂f/∂z = 1', () => {
    const { value, grads } = valueAndGrad((x: Tensor, y: Tensor, z: Tensor) => add(mul(x, y), z))(scalar(3), scalar(-4), scalar(2));
    expect(value).toBe(-10);
    expect(grads.map((g) => g[0])).toEqual([-4, 3, 1]);
  });

  it('accumulates: f = x·x + x at x = 3 has f′ = 2x + 1 = 7', () => {
    const [dx] = grad((x: Tensor) => add(mul(x, x), x))(scalar(3));
    expect(dx[0]).toBe(7);
  });

  it('max(a, b) routes the gradient to the larger input only', () => {
    const [da, db] = grad((a: Tensor, b: Tensor) => mul(maximum(a, b), 2))(scalar(4), scalar(1));
    expect([da[0], db[0]]).toEqual([2, 0]);
  });

  it('one sigmoid neuron σ(w0·x0 + w1·x1 + w2) at the CS231n values: ∂/∂w = x·σ(1−σ)', () => {
    // w = (2, −3, −3), x = (−1, −2): w·x + w2 = −2 + 6 − 3 = 1, σ(1) = 0.7310585786300049,
    // σ(1 − σ) = 0.19661193324148185; ∂/∂w0 = −1 · 0.1966…, ∂/∂w1 = −2 · 0.1966…, ∂/∂w2 = 0.1966…
    const w0 = scalar(2, { requiresGrad: true }), w1 = scalar(-3, { requiresGrad: true }), w2 = scalar(-3, { requiresGrad: true });
    const f = sigmoid(add(add(mul(w0, -1), mul(w1, -2)), w2));
    backward(f);
    expect(f.item()).toBeCloseTo(0.7310585786300049, 15);
    const s = 0.19661193324148185;
    expect(w0.grad?.[0]).toBeCloseTo(-s, 15);
    expect(w1.grad?.[0]).toBeCloseTo(-2 * s, 15);
    expect(w2.grad?.[0]).toBeCloseTo(s, 15);
  });

  it('gradients are recomputed, not added to the previous pass', () => {
    const x = scalar(2, { requiresGrad: true });
    const f = square(x);
    backward(f);
    backward(f);
    expect(x.grad?.[0]).toBe(4);
  });
});

describe('traced programs', () => {
  it('replaying after a weight update gives what a freshly built graph gives', () => {
    const params = new ParameterSet([{ name: 'W', shape: [3, 2], kind: 'weight' }, { name: 'b', shape: [2], kind: 'bias' }]);
    params.set([0.1, -0.2, 0.3, 0.5, -0.4, 0.2, 0.05, -0.1]);
    const x = wrap(Float64Array.from([1, 2, 3, -1, 0.5, 2]), [2, 3]);
    const build = () => mean(square(tanh(add(matmul(x, params.get('W')), params.get('b')))));
    const program = trace(build);
    for (let step = 0; step < 3; step++) {
      const loss = program.run();
      const replayed = params.grads.slice();
      const fresh = build();
      backward(fresh);
      expect(loss).toBe(fresh.item());
      expect(Array.from(params.grads)).toEqual(Array.from(replayed));
      for (let i = 0; i < params.size; i++) params.values[i] -= 0.5 * params.grads[i];
    }
  });

  it('replays with new input data swapped into a leaf', () => {
    const w = tensor([2], [1], { requiresGrad: true });
    const x = wrap(Float64Array.from([1, 2, 3]), [3]);
    const program = trace(() => mean(mul(x, w)));
    expect(program.run()).toBe(4);
    x.data = Float64Array.from([10, 20, 30]);
    expect(program.run()).toBe(40);
    expect(w.grad?.[0]).toBe(20);
  });
});

describe('graph view for the backprop chapter', () => {
  it('lists nodes in forward order with op, inputs, value and gradient', () => {
    // CS231n's example: f = (x + y)·z at x = −2, y = 5, z = −4: q = 3, f = −12,
    // ∂f/∂q = z = −4, ∂f/∂z = q = 3, ∂f/∂x = ∂f/∂y = −4.
    const x = scalar(-2, { requiresGrad: true, label: 'x' });
    const y = scalar(5, { requiresGrad: true, label: 'y' });
    const z = scalar(-4, { requiresGrad: true, label: 'z' });
    const f = mul(add(x, y), z);
    const stepper = backwardStepper(f);
    expect(stepper.nodes.map((n) => n.op)).toEqual(['input', 'input', 'add', 'input', 'mul']);
    expect(stepper.nodes[2].inputs).toEqual([x.id, y.id]);
    expect(stepper.nodes[4].value).toEqual([-12]);
    expect(stepper.nodes.every((n) => n.grad?.[0] === 0)).toBe(true);

    expect(stepper.step()).toBe(f.id); // seed
    expect(stepper.step()).toBe(f.id); // mul's rule
    const afterMul = new Map(stepper.snapshot().map((n) => [n.label || n.op, n.grad?.[0]]));
    expect(afterMul.get('add')).toBe(-4);
    expect(afterMul.get('z')).toBe(3);
    expect(afterMul.get('x')).toBe(0); // not reached yet
    expect(stepper.step()).not.toBeNull(); // add's rule
    expect(stepper.step()).toBeNull();
    const done = new Map(graphView(f).map((n) => [n.label || n.op, n.grad?.[0]]));
    expect([done.get('x'), done.get('y'), done.get('z')]).toEqual([-4, -4, 3]);
  });

  it('records attributes and constants', () => {
    const x = scalar(3, { requiresGrad: true, label: 'x' });
    const nodes = graphView(sub(square(x), 1));
    expect(nodes.map((n) => n.op)).toEqual(['input', 'square', 'input', 'sub']);
    expect(nodes[2]).toMatchObject({ label: '1', requiresGrad: false, grad: null });
  });
});

describe('the fused dense op', () => {
  it('gives bit for bit what matmul, add and tanh give, forward and backward', () => {
    const x = wrap(Float64Array.from([0.3, -1.2, 0.8, 0.1, -0.5, 0.9]), [3, 2]);
    const make = () => ({
      w: tensor([0.2, -0.7, 0.4, 1.1, -0.3, 0.6], [2, 3], { requiresGrad: true }),
      b: tensor([0.05, -0.1, 0.2], [3], { requiresGrad: true }),
    });
    const fused = make(), plain = make();
    const lf = mean(square(dense(x, fused.w, fused.b, 'tanh')));
    const lp = mean(square(tanh(add(matmul(x, plain.w), plain.b))));
    backward(lf);
    backward(lp);
    expect(lf.item()).toBe(lp.item());
    expect(Array.from(fused.w.grad ?? [])).toEqual(Array.from(plain.w.grad ?? []));
    expect(Array.from(fused.b.grad ?? [])).toEqual(Array.from(plain.b.grad ?? []));
  });
});

describe('a training step allocates no tensors', () => {
  it('replaying a program 100 times creates none', () => {
    const w = tensor([0.5, -0.5], [2, 1], { requiresGrad: true });
    const x = wrap(Float64Array.from([1, 2, 3, 4]), [2, 2]);
    const program = trace(() => mean(square(dense(x, w, null, 'tanh'))));
    const before = tensor([0]).id;
    for (let i = 0; i < 100; i++) program.run();
    expect(tensor([0]).id).toBe(before + 1);
  });
});
