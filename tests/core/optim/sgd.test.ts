import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sgd } from '../../../src/core/optim/sgd';
import { diagonalQuadratic } from './helpers';

describe('sgd', () => {
  it('takes the first three steps on f = ½(w0² + 4·w1²) as worked by hand', () => {
    // ∇f(w) = (w0, 4·w1), α = 0.1, w = (1, 1).
    // Step 1: g = (1, 4);        w = (1 − 0.1·1,    1 − 0.1·4)    = (0.9, 0.6)
    // Step 2: g = (0.9, 2.4);    w = (0.9 − 0.09,   0.6 − 0.24)   = (0.81, 0.36)
    // Step 3: g = (0.81, 1.44);  w = (0.81 − 0.081, 0.36 − 0.144) = (0.729, 0.216)
    // (each coordinate shrinks by the factor 1 − α·curvature: 0.9 and 0.6)
    const f = diagonalQuadratic(1, 4);
    const opt = sgd.create({ lr: 0.1 });
    const w = Float64Array.from([1, 1]);
    const g = new Float64Array(2);
    const expected = [
      [0.9, 0.6],
      [0.81, 0.36],
      [0.729, 0.216],
    ];
    for (const [e0, e1] of expected) {
      f.valueAndGrad(w, g);
      opt.step(w, g);
      expect(w[0]).toBeCloseTo(e0, 12);
      expect(w[1]).toBeCloseTo(e1, 12);
    }
    expect(opt.steps).toBe(3);
  });

  it('uses the lr passed to step() instead of the configured one', () => {
    // w = 1 − 0.5·2 = 0 (the configured 0.01 would give 0.98).
    const opt = sgd.create();
    const w = Float64Array.from([1]);
    opt.step(w, Float64Array.from([2]), 0.5);
    expect(w[0]).toBe(0);
  });

  it('computes w − lr·g exactly, for any w, g and lr (property)', () => {
    const vec = fc.float64Array({ minLength: 1, maxLength: 8, min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(vec, vec, fc.double({ min: 0, max: 10, noNaN: true }), (w0, g0, lr) => {
        const n = Math.min(w0.length, g0.length);
        const w = w0.slice(0, n);
        const g = g0.slice(0, n);
        const before = w.slice();
        sgd.create({ lr }).step(w, g);
        for (let i = 0; i < n; i++) {
          if (!Object.is(w[i], before[i] - lr * g[i])) return false;
        }
        return true;
      }),
    );
  });
});
