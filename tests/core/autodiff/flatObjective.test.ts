/**
 * flatObjective: a function of several tensors as one flat (w, g) objective, so that autodiff
 * feeds an optimizer (or train()) directly.
 */
import { describe, expect, it } from 'vitest';
import { flatObjective } from '../../../src/core/autodiff/flatObjective';
import { add, matmul, mul, square, sub, sum } from '../../../src/core/ops';
import { adam, sgd } from '../../../src/core/optim';
import { createSurface } from '../../../src/core/surfaces/registry';
import type { Tensor } from '../../../src/core/tensor/tensor';
import { tensor } from '../../../src/core/tensor/tensor';
import { surfaceProblem, train } from '../../../src/core/train';

const rosenbrock = (x: Tensor, y: Tensor) => add(square(sub(1, x)), mul(100, square(sub(y, square(x)))));

describe('flatObjective', () => {
  it('writes one flat gradient for all the arguments, in argument order', () => {
    // f(a, B) = Σ (a·B)² with a of shape [1, 2] and B of shape [2, 1]: at a = (1, 2), B = (3, 4)ᵀ,
    // a·B = 11, f = 121; ∂f/∂a = 2·11·Bᵀ = (66, 88); ∂f/∂B = 2·11·aᵀ = (22, 44).
    const f = flatObjective((a, b) => sum(square(matmul(a, b))), [[1, 2], [2, 1]]);
    expect(f.dim).toBe(4);
    const g = new Float64Array(4);
    expect(f.valueAndGrad(Float64Array.of(1, 2, 3, 4), g)).toBe(121);
    expect(Array.from(g)).toEqual([66, 88, 22, 44]);
  });

  it('agrees with the hand-written Rosenbrock gradient, and feeds an optimizer step directly', () => {
    // At (−1.5, 2): ∂f/∂x = −2(1 − x) − 400x(y − x²) = −5 − 400·(−1.5)·(−0.25) = −155; ∂f/∂y = 200(y − x²) = −50.
    const f = flatObjective(rosenbrock, [[], []]);
    const w = Float64Array.of(-1.5, 2), g = new Float64Array(2);
    f.valueAndGrad(w, g);
    expect(Array.from(g)).toEqual([-155, -50]);
    const opt = sgd({ lr: 0.001 });
    opt.step(w, g);
    expect(w[0]).toBeCloseTo(-1.5 + 0.155, 15);
    expect(w[1]).toBeCloseTo(2 + 0.05, 15);
  });

  it('trains through surfaceProblem the same as the analytic surface does', () => {
    const auto = train(surfaceProblem(flatObjective(rosenbrock, [[], []]), [-1.5, 2]), adam({ lr: 0.02 }), { steps: 200 });
    const exact = train(surfaceProblem(createSurface('rosenbrock'), [-1.5, 2]), adam({ lr: 0.02 }), { steps: 200 });
    auto.losses.forEach((l, t) => expect(l).toBeCloseTo(exact.losses[t], 9));
  });

  it('a variable f ignores gets a zero gradient; wrong lengths and too few shapes are refused', () => {
    const f = flatObjective((x) => square(x), [[], []]);
    const g = Float64Array.of(7, 7);
    expect(f.valueAndGrad(Float64Array.of(3, 5), g)).toBe(9);
    expect(Array.from(g)).toEqual([6, 0]);
    expect(() => f.valueAndGrad(new Float64Array(3), new Float64Array(3))).toThrow('flatObjective: w and g must have 2 entries (shapes [], []), got 3 and 3');
    expect(() => flatObjective(rosenbrock, [[]])).toThrow('flatObjective: f takes 2 arguments, but shapes has 1');
    expect(() => flatObjective(() => tensor([1, 2]), [[]]).valueAndGrad(new Float64Array(1), new Float64Array(1))).toThrow('flatObjective: needs a scalar loss, got shape [2]');
  });
});
