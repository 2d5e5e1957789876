import { describe, expect, it } from 'vitest';
import { ARMIJO_C1, MAX_HALVINGS, backtrackArmijo } from '../../../src/core/optim/backtracking';
import type { Objective } from '../../../src/core/optim/objective';

/** f(w) = w², counting evaluations. */
function parabola(): Objective & { calls: number } {
  return {
    dim: 1,
    calls: 0,
    valueAndGrad(w, g) {
      this.calls++;
      g[0] = 2 * w[0];
      return w[0] * w[0];
    },
  };
}

describe('backtrackArmijo', () => {
  it('halves until f(w0 + ηd) ≤ f0 + c1·η·slope, as worked by hand', () => {
    // f = w², w0 = 1, d = −∇f = −2, slope = −4, f0 = 1, η0 = 1.
    //   η = 1:   w = 1 − 2 = −1, f = 1 > 1 − 1e-4·1·4 = 0.9996. Reject.
    //   η = 0.5: w = 0,          f = 0 ≤ 1 − 1e-4·0.5·4 = 0.9998. Accept.
    const f = parabola();
    const w = new Float64Array(1);
    const grad = new Float64Array(1);
    const eta = backtrackArmijo(f, Float64Array.from([1]), Float64Array.from([-2]), 1, -4, 1, w, grad);
    expect(eta).toBe(0.5);
    expect(w[0]).toBe(0);
    expect(grad[0]).toBe(0);
    expect(f.calls).toBe(2);
    expect(ARMIJO_C1).toBe(1e-4);
  });

  it('gives up after 30 halvings, returns −1 and restores w', () => {
    // d points uphill (+1 from w0 = 1): every trial raises f above f0 + c1·η·slope.
    const f = parabola();
    const w = new Float64Array(1);
    const eta = backtrackArmijo(f, Float64Array.from([1]), Float64Array.from([1]), 1, -2, 1, w, new Float64Array(1));
    expect(eta).toBe(-1);
    expect(w[0]).toBe(1);
    expect(f.calls).toBe(MAX_HALVINGS + 1);
    expect(MAX_HALVINGS).toBe(30);
  });
});
