import { describe, expect, it } from 'vitest';
import { NonFiniteError, RangeError_ } from '../../../src/core/errors';
import { newton } from '../../../src/core/optim/newton';
import type { Objective } from '../../../src/core/optim/objective';
import { MissingObjectiveError } from '../../../src/core/optim/requireObjective';
import { denseQuadratic, diagonalQuadratic } from './helpers';

function newtonStep(f: Objective, start: number[], config: { lr?: number; ridge?: number } = {}): Float64Array {
  const w = Float64Array.from(start);
  const g = new Float64Array(w.length);
  f.valueAndGrad(w, g);
  newton.create(config).step(w, g, undefined, f);
  return w;
}

describe('newton', () => {
  it('solves (H + rI)p = g and steps w − αp, as worked by hand', () => {
    // f = ½(w0² + 4·w1²) at w = (1, 1): g = (1, 4), H = diag(1, 4).
    // r = 0, α = 1:   p = (1/1, 4/4) = (1, 1);      w = (0, 0), the minimum
    // r = 0, α = 0.5: w = (1 − 0.5, 1 − 0.5) = (0.5, 0.5)
    // r = 1, α = 1:   p = (1/2, 4/5) = (0.5, 0.8);  w = (0.5, 0.2)
    const f = diagonalQuadratic(1, 4);
    expect(Array.from(newtonStep(f, [1, 1]))).toEqual([0, 0]);
    expect(Array.from(newtonStep(f, [1, 1], { lr: 0.5 }))).toEqual([0.5, 0.5]);
    const ridged = newtonStep(f, [1, 1], { ridge: 1 });
    expect(ridged[0]).toBeCloseTo(0.5, 12);
    expect(ridged[1]).toBeCloseTo(0.2, 12);
  });

  it('goes to the saddle of f = w0·w1 (indefinite, zero diagonal: needs LU with pivoting)', () => {
    // g = (w1, w0) = (3, 2) at (2, 3); H = [[0, 1], [1, 0]] has no usable first pivot unless
    // rows are swapped. Hp = g gives p = (2, 3), so w = (2, 3) − (2, 3) = (0, 0): the saddle.
    const saddle: Objective = {
      dim: 2,
      valueAndGrad(w, g) {
        g[0] = w[1];
        g[1] = w[0];
        return w[0] * w[1];
      },
      hessian(_w, h) {
        h.set([0, 1, 1, 0]);
      },
    };
    const w = newtonStep(saddle, [2, 3]);
    expect(w[0]).toBeCloseTo(0, 12);
    expect(w[1]).toBeCloseTo(0, 12);
  });

  it('solves an indefinite 3×3 system by LU', () => {
    // f = ½wᵀAw − bᵀw with A = [[0, 2, 1], [2, 0, 0], [1, 0, 3]] (det = −12, indefinite) and
    // b = A·(1, 2, 3) = (0 + 4 + 3, 2 + 0 + 0, 1 + 0 + 9) = (7, 2, 10). The stationary point
    // is (1, 2, 3); one Newton step from 0 lands on it.
    const f = denseQuadratic([0, 2, 1, 2, 0, 0, 1, 0, 3], [7, 2, 10]);
    const w = newtonStep(f, [0, 0, 0]);
    expect(w[0]).toBeCloseTo(1, 12);
    expect(w[1]).toBeCloseTo(2, 12);
    expect(w[2]).toBeCloseTo(3, 12);
  });

  it('throws RangeError_ naming the point when the Hessian is singular; a ridge fixes it', () => {
    // f = ½w0²: H = diag(1, 0) is singular. With r = 0.5: p = (1/1.5, 0/0.5) = (2/3, 0),
    // so w = (1 − 2/3, 5) = (1/3, 5).
    const f = diagonalQuadratic(1, 0);
    expect(() => newtonStep(f, [1, 5])).toThrow(RangeError_);
    expect(() => newtonStep(f, [1, 5])).toThrow('newton: Hessian is singular at w = [1, 5]');
    const w = newtonStep(f, [1, 5], { ridge: 0.5 });
    expect(w[0]).toBeCloseTo(1 / 3, 12);
    expect(w[1]).toBe(5);
  });

  it('throws MissingObjectiveError naming newton without an objective or a hessian', () => {
    const w = Float64Array.from([1, 1]);
    const g = Float64Array.from([1, 1]);
    expect(() => newton.create().step(w, g)).toThrow(MissingObjectiveError);
    expect(() => newton.create().step(w, g)).toThrow(/^newton: /);
    const noHessian: Objective = { dim: 2, valueAndGrad: () => 0 };
    expect(() => newton.create().step(w, g, undefined, noHessian)).toThrow(/newton: .*hessian/);
  });

  it('rejects a non-finite Hessian', () => {
    const f: Objective = {
      dim: 1,
      valueAndGrad: () => 0,
      hessian: (_w, h) => {
        h[0] = Number.NaN;
      },
    };
    expect(() => newton.create().step(new Float64Array(1), new Float64Array(1), undefined, f)).toThrow(NonFiniteError);
  });
});
