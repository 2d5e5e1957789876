import { describe, expect, it } from 'vitest';
import { lbfgs } from '../../../src/core/optim/lbfgs';
import type { Objective } from '../../../src/core/optim/objective';
import { MissingObjectiveError } from '../../../src/core/optim/requireObjective';
import { denseQuadratic, diagonalQuadratic, distance } from './helpers';

describe('lbfgs', () => {
  it('takes its first two steps on f = ½(w0² + 4·w1²) as worked by hand', () => {
    // Step 1, from w = (1, 1): g = (1, 4), f0 = 2.5, no memory, so d = −g = (−1, −4),
    //   slope gᵀd = −17, η0 = α·min(1, 1/‖g‖₁) = 1·min(1, 1/5) = 0.2.
    //   Trial η = 0.2: w = (0.8, 0.2), f = ½(0.64 + 0.16) = 0.4 ≤ 2.5 − 1e-4·0.2·17 = 2.49966. Accept.
    // Step 2, from w = (0.8, 0.2): g = (0.8, 0.8), f0 = 0.4.
    //   s = (−0.2, −0.8), y = (0.8, 0.8) − (1, 4) = (−0.2, −3.2)
    //   sᵀy = 0.04 + 2.56 = 13/5, yᵀy = 0.04 + 10.24 = 257/25, ρ = 5/13, γ = sᵀy/yᵀy = 65/257
    //   First loop:  α1 = ρ·sᵀg = (5/13)·(−0.16 − 0.64) = −4/13
    //                q = g − α1·y = (0.8 − 0.8/13, 0.8 − 12.8/13) = (48/65, −12/65)
    //   Scale:       r = γq = (48/257, −12/257)
    //   Second loop: β = ρ·yᵀr = (5/13)·(−9.6/257 + 38.4/257) = 144/3341
    //                r = r + s·(α1 − β) = r + s·(−4/13 − 144/3341) = (4292/16705, 3908/16705)
    //   d = −r = (−0.25692906315474406, −0.2339419335528285);  gᵀd = −1312/3341 < 0
    //   Trial η = α = 1: w = (0.8 − 4292/16705, 0.2 − 3908/16705) = (9072/16705, −567/16705)
    //     f = 642978/4293185 = 0.1497671… ≤ 0.4 − 1e-4·1312/3341 = 0.39996… Accept.
    const f = diagonalQuadratic(1, 4);
    const opt = lbfgs.create();
    const w = Float64Array.from([1, 1]);
    const g = new Float64Array(2);
    f.valueAndGrad(w, g);
    opt.step(w, g, undefined, f);
    expect(w[0]).toBeCloseTo(0.8, 12);
    expect(w[1]).toBeCloseTo(0.2, 12);
    f.valueAndGrad(w, g);
    opt.step(w, g, undefined, f);
    expect(w[0]).toBeCloseTo(9072 / 16705, 12);
    expect(w[1]).toBeCloseTo(-567 / 16705, 12);
  });

  it('halves the first trial step when it fails the Armijo test', () => {
    // α = 5 on the same problem: η0 = 5·min(1, 1/5) = 1, d = (−1, −4), slope = −17, f0 = 2.5.
    //   η = 1:   w = (0, −3),    f = ½(0 + 4·9) = 18 > 2.5 − 1e-4·17 = 2.4983. Reject.
    //   η = 0.5: w = (0.5, −1),  f = ½(0.25 + 4) = 2.125 ≤ 2.5 − 1e-4·0.5·17 = 2.49915. Accept.
    const f = diagonalQuadratic(1, 4);
    const w = Float64Array.from([1, 1]);
    const g = new Float64Array(2);
    f.valueAndGrad(w, g);
    lbfgs.create({ lr: 5 }).step(w, g, undefined, f);
    expect(Array.from(w)).toEqual([0.5, -1]);
  });

  it('without line search takes the fixed step and needs no objective', () => {
    // No memory: w = w − α·min(1, 1/‖g‖₁)·g = (1, 1) − 0.5·0.2·(1, 4) = (0.9, 0.6).
    const opt = lbfgs.create({ lr: 0.5, lineSearch: false });
    const w = Float64Array.from([1, 1]);
    opt.step(w, Float64Array.from([1, 4]));
    expect(w[0]).toBeCloseTo(0.9, 12);
    expect(w[1]).toBeCloseTo(0.6, 12);
  });

  it('uses the gradient passed to step(), not one it computes itself', () => {
    // Given g = (1, 0) (not the true (1, 4)), the steepest-descent first step moves w0 only.
    const opt = lbfgs.create({ lineSearch: false });
    const w = Float64Array.from([1, 1]);
    opt.step(w, Float64Array.from([1, 0]));
    expect(Array.from(w)).toEqual([0, 1]);
  });

  it('throws MissingObjectiveError naming lbfgs when the line search has no objective', () => {
    expect(() => lbfgs.create().step(Float64Array.from([1]), Float64Array.from([1]))).toThrow(MissingObjectiveError);
    expect(() => lbfgs.create().step(Float64Array.from([1]), Float64Array.from([1]))).toThrow(/^lbfgs: /);
  });

  it('solves a 6-D quadratic with a 2-pair memory (the ring buffer wraps)', () => {
    // Tridiagonal A = tridiag(−1, 4, −1) is positive definite (Gershgorin: eigenvalues in [2, 6]).
    const n = 6;
    const a: number[] = new Array<number>(n * n).fill(0);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 4;
      if (i > 0) a[i * n + i - 1] = -1;
      if (i < n - 1) a[i * n + i + 1] = -1;
    }
    const xStar = [1, -2, 3, -4, 5, -6];
    const b = xStar.map((_, i) => xStar.reduce((s, x, j) => s + a[i * n + j] * x, 0));
    const f = denseQuadratic(a, b);
    const opt = lbfgs.create({ history: 2 });
    const w = new Float64Array(n);
    const g = new Float64Array(n);
    for (let t = 0; t < 60; t++) {
      f.valueAndGrad(w, g);
      opt.step(w, g, undefined, f);
    }
    expect(distance(w, xStar)).toBeLessThan(1e-9);
  });

  it('stays put, without NaN, once the gradient is exactly 0', () => {
    const f = diagonalQuadratic(1, 4);
    const opt = lbfgs.create();
    const w = Float64Array.from([0, 0]);
    const g = new Float64Array(2);
    for (let t = 0; t < 3; t++) {
      f.valueAndGrad(w, g);
      opt.step(w, g, undefined, f);
    }
    expect(Array.from(w)).toEqual([0, 0]);
  });

  it('leaves w where it was when no step decreases f (line search gives up)', () => {
    // A gradient that lies: it says downhill is +w, but f = w² rises that way. Every trial
    // fails Armijo, so after 31 trials w is restored.
    const liar: Objective = {
      dim: 1,
      valueAndGrad(w, g) {
        g[0] = -2 * w[0];
        return w[0] * w[0];
      },
    };
    const opt = lbfgs.create();
    const w = Float64Array.from([1]);
    opt.step(w, Float64Array.from([-2]), undefined, liar);
    expect(w[0]).toBe(1);
  });
});
