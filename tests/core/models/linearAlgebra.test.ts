/** Least squares in closed form, and the regularizers' values and gradients. */
import { describe, expect, it } from 'vitest';
import { addBiasColumn } from '../../../src/core/data/bias';
import { LINREG7 } from '../../../src/core/data/linreg7';
import { applyRegularizer, leastSquares } from '../../../src/core/models';
import { createSurface } from '../../../src/core/surfaces/registry';
import { ParameterSet } from '../../../src/core/tensor/parameters';

describe('least squares', () => {
  it('recovers an exact line: y = 2x + 1', () => {
    const w = leastSquares(addBiasColumn(Float64Array.from([0, 1, 2]), 3, 1), Float64Array.from([1, 3, 5]), 3, 2);
    expect(w[0]).toBeCloseTo(2, 14);
    expect(w[1]).toBeCloseTo(1, 14);
  });

  it('on the 7-point data, zeroes the gradient of the MSE surface over (m, b)', () => {
    const [m, b] = leastSquares(addBiasColumn(LINREG7.x, 7, 1), LINREG7.y, 7, 2);
    const surface = createSurface('linregMse', { xs: LINREG7.x, ys: LINREG7.y });
    const g = surface.gradient(m, b);
    expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-12);
  });

  it('refuses dependent columns', () => {
    expect(() => leastSquares(Float64Array.from([1, 2, 2, 4]), Float64Array.from([1, 2]), 2, 2)).toThrow(/leastSquares: the 2 columns of x are linearly dependent/);
  });
});

describe('regularizers apply to weights, not biases', () => {
  const params = new ParameterSet([{ name: 'W', shape: [2], kind: 'weight' }, { name: 'b', shape: [1], kind: 'bias' }]);
  params.set([3, -2, 5]);
  it('l2 = ½λΣw²: ½·0.1·(9 + 4) = 0.65, gradient λw = (0.3, −0.2, 0)', () => {
    params.grads.fill(0);
    expect(applyRegularizer(params, { kind: 'l2', lambda: 0.1 })).toBeCloseTo(0.65, 15);
    expect(Array.from(params.grads).map((x) => +x.toFixed(15))).toEqual([0.3, -0.2, 0]);
  });
  it('l1 = λΣ|w|: 0.1·5 = 0.5, gradient λ·sign(w) = (0.1, −0.1, 0)', () => {
    params.grads.fill(0);
    expect(applyRegularizer(params, { kind: 'l1', lambda: 0.1 })).toBeCloseTo(0.5, 15);
    expect(Array.from(params.grads)).toEqual([0.1, -0.1, 0]);
  });
  it('elastic net is the sum of both', () => {
    params.grads.fill(0);
    expect(applyRegularizer(params, { kind: 'elasticNet', l1: 0.1, l2: 0.1 })).toBeCloseTo(1.15, 15);
  });
  it('negative strengths are refused', () => {
    expect(() => applyRegularizer(params, { kind: 'l2', lambda: -1 })).toThrow('regularizer: lambda must be in [0, 1000000], got -1');
  });
});
