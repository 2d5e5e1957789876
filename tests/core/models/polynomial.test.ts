/**
 * Polynomial regression with L1/L2 penalties: the design matrix by hand, the closed form against
 * the core's least squares, the objective's gradient against central differences in float64,
 * and the optimality (KKT) conditions that say a coordinate-descent answer is the minimizer:
 * a nonzero coefficient balances its penalty exactly, a zero one has a data gradient no larger
 * than λ₁.
 */
import { describe, expect, it } from 'vitest';
import { RangeError_ } from '../../../src/core/errors';
import { leastSquares, makeSmooth1d, NO_PENALTY, penalizedLeastSquares, penalizedObjective, polynomialDesign, polynomialMse, polynomialObjective, polynomialValue, softThreshold } from '../../../src/core';

const data = makeSmooth1d({ n: 25, noise: 0.2, spacing: 'random', seed: 4 });

/** (2/n) Φ_jᵀ (y − Φw): minus the MSE's partial derivative in w_j. */
function dataPull(phi: Float64Array, y: Float64Array, n: number, p: number, w: Float64Array): Float64Array {
  const out = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    let r = y[i];
    for (let j = 0; j < p; j++) r -= phi[i * p + j] * w[j];
    for (let j = 0; j < p; j++) out[j] += (2 / n) * phi[i * p + j] * r;
  }
  return out;
}

describe('polynomialDesign', () => {
  it('maps x ∈ [0, 1] to t = 2x − 1 and writes 1, t, t², …', () => {
    // x = 0.75 → t = 0.5: 1, 0.5, 0.25, 0.125. x = 0 → t = −1.
    expect(Array.from(polynomialDesign([0.75, 0], 3))).toEqual([1, 0.5, 0.25, 0.125, 1, -1, 1, -1]);
    expect(Array.from(polynomialDesign([3], 2, [2, 4]))).toEqual([1, 0, 0]);
  });

  it('refuses a bad degree, domain or x, naming it', () => {
    expect(() => polynomialDesign([0.5], 21)).toThrow(/degree must be an integer from 0 to 20, got 21/);
    expect(() => polynomialDesign([0.5], 2, [1, 1])).toThrow(RangeError_);
    expect(() => polynomialDesign([NaN], 2)).toThrow(/x\[0\] must be finite, got NaN/);
  });

  it('polynomialValue is the row of the design times w', () => {
    const w = Float64Array.of(0.3, -1.2, 0.7, 2.5);
    const phi = polynomialDesign([0.1, 0.62], 3);
    for (const [i, x] of [0.1, 0.62].entries()) {
      const byRow = w.reduce((s, wj, j) => s + wj * phi[i * 4 + j], 0);
      expect(polynomialValue(w, x)).toBeCloseTo(byRow, 14);
    }
  });
});

describe('penalizedLeastSquares', () => {
  it('without a penalty is least squares (normal equations solved by the core)', () => {
    const p = 6;
    const phi = polynomialDesign(data.x, p - 1);
    const fit = penalizedLeastSquares(phi, data.y, data.n, p);
    const exact = leastSquares(phi, data.y, data.n, p);
    for (let j = 0; j < p; j++) expect(fit.w[j]).toBeCloseTo(exact[j], 6);
  });

  it('interpolates when there are more coefficients than points', () => {
    const x = [0.1, 0.4, 0.5, 0.9], y = [1, -1, 2, 0.5];
    const fit = penalizedLeastSquares(polynomialDesign(x, 9), y, 4, 10);
    expect(polynomialMse(fit.w, x, y)).toBeLessThan(1e-8);
  });

  it('L2 shrinks: the norm of w₁…w_d falls as λ₂ grows, and w₀ is never penalized', () => {
    const p = 10;
    const phi = polynomialDesign(data.x, p - 1);
    const norms = [0, 1e-4, 1e-3, 1e-2, 1e-1, 1].map((l2) => {
      const w = penalizedLeastSquares(phi, data.y, data.n, p, { l1: 0, l2 }).w;
      return Math.hypot(...w.slice(1));
    });
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeLessThan(norms[k - 1]);
    // A huge λ₂ leaves only the constant: the mean of y.
    const flat = penalizedLeastSquares(phi, data.y, data.n, p, { l1: 0, l2: 1e6 }).w;
    const mean = data.y.reduce((s, v) => s + v, 0) / data.n;
    expect(flat[0]).toBeCloseTo(mean, 4);
  });

  it('with L1 satisfies the optimality conditions: zero coefficients pull less than λ₁, others balance', () => {
    const p = 10;
    const phi = polynomialDesign(data.x, p - 1);
    for (const penalty of [{ l1: 0.01, l2: 0 }, { l1: 0.05, l2: 0.01 }]) {
      const fit = penalizedLeastSquares(phi, data.y, data.n, p, penalty);
      expect(fit.converged).toBe(true);
      const pull = dataPull(phi, data.y, data.n, p, fit.w);
      expect(Math.abs(pull[0])).toBeLessThan(1e-8);
      let zeros = 0;
      for (let j = 1; j < p; j++) {
        if (fit.w[j] === 0) {
          zeros++;
          expect(Math.abs(pull[j])).toBeLessThanOrEqual(penalty.l1 + 1e-9);
        } else {
          expect(pull[j] - penalty.l2 * fit.w[j]).toBeCloseTo(penalty.l1 * Math.sign(fit.w[j]), 6);
        }
      }
      expect(zeros).toBeGreaterThan(0);
    }
  });

  it('with L1 beats every nearby point of its objective (it is the minimum)', () => {
    const p = 8, penalty = { l1: 0.02, l2: 0.005 };
    const phi = polynomialDesign(data.x, p - 1);
    const w = penalizedLeastSquares(phi, data.y, data.n, p, penalty).w;
    const best = penalizedObjective(phi, data.y, data.n, p, w, penalty);
    for (let j = 0; j < p; j++) for (const h of [-1e-4, 1e-4]) {
      const moved = Float64Array.from(w);
      moved[j] += h;
      expect(penalizedObjective(phi, data.y, data.n, p, moved, penalty)).toBeGreaterThan(best);
    }
  });

  it('penalizes every coefficient with unpenalized: 0 (a huge λ₁ gives all zeros)', () => {
    const phi = polynomialDesign(data.x, 3);
    const w = penalizedLeastSquares(phi, data.y, data.n, 4, { l1: 100, l2: 0 }, { unpenalized: 0 }).w;
    expect(Array.from(w)).toEqual([0, 0, 0, 0]);
  });

  it('refuses mismatched shapes and negative penalties, naming them', () => {
    const phi = polynomialDesign(data.x, 2);
    expect(() => penalizedLeastSquares(phi, data.y, data.n, 4)).toThrow(/phi has 75 entries, expected 25×4/);
    expect(() => penalizedLeastSquares(phi, data.y, data.n, 3, { l1: -1, l2: 0 })).toThrow(/l1/);
  });
});

describe('softThreshold', () => {
  it('is zero inside [−λ, λ] and shifts toward zero by λ outside', () => {
    expect(softThreshold(0.3, 0.5)).toBe(0);
    expect(softThreshold(-0.5, 0.5)).toBe(0);
    expect(softThreshold(2, 0.5)).toBe(1.5);
    expect(softThreshold(-2, 0.5)).toBe(-1.5);
  });
});

describe('polynomialObjective', () => {
  it('has the gradient of its value (central differences, float64), penalty included', () => {
    const p = 6, penalty = { l1: 0.03, l2: 0.2 };
    const phi = polynomialDesign(data.x, p - 1);
    const objective = polynomialObjective(phi, data.y, data.n, p, penalty);
    const w = Float64Array.of(0.2, -0.7, 1.1, 0.4, -0.9, 0.6);
    const grad = new Float64Array(p), scratch = new Float64Array(p);
    const value = objective.valueAndGrad(w, grad);
    expect(value).toBeCloseTo(penalizedObjective(phi, data.y, data.n, p, w, penalty), 12);
    const h = 1e-6;
    for (let j = 0; j < p; j++) {
      const up = Float64Array.from(w), down = Float64Array.from(w);
      up[j] += h; down[j] -= h;
      const numeric = (objective.valueAndGrad(up, scratch) - objective.valueAndGrad(down, scratch)) / (2 * h);
      expect(grad[j]).toBeCloseTo(numeric, 6);
    }
  });

  it('is zero-gradient (apart from the penalty) at the least-squares fit', () => {
    const p = 4;
    const phi = polynomialDesign(data.x, p - 1);
    const w = penalizedLeastSquares(phi, data.y, data.n, p, NO_PENALTY).w;
    const grad = new Float64Array(p);
    polynomialObjective(phi, data.y, data.n, p).valueAndGrad(w, grad);
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-8);
  });
});
