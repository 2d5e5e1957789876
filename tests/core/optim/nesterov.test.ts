import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nesterov } from '../../../src/core/optim/nesterov';
import { sgd } from '../../../src/core/optim/sgd';
import { diagonalQuadratic } from './helpers';

describe('nesterov', () => {
  it('takes the first three steps on f = ½(w0² + 4·w1²) as worked by hand', () => {
    // v ← βv + g; w ← w − α(g + βv) with α = 0.1, β = 0.9, w = (1, 1), v = (0, 0).
    // Step 1: g = (1, 4)
    //   v = (1, 4);  g + βv = (1 + 0.9, 4 + 3.6) = (1.9, 7.6)
    //   w = (1 − 0.19, 1 − 0.76) = (0.81, 0.24)
    // Step 2: g = (0.81, 4·0.24) = (0.81, 0.96)
    //   v = 0.9·(1, 4) + (0.81, 0.96) = (1.71, 4.56)
    //   g + βv = (0.81 + 1.539, 0.96 + 4.104) = (2.349, 5.064)
    //   w = (0.81 − 0.2349, 0.24 − 0.5064) = (0.5751, −0.2664)
    // Step 3: g = (0.5751, 4·(−0.2664)) = (0.5751, −1.0656)
    //   v = 0.9·(1.71, 4.56) + g = (1.539 + 0.5751, 4.104 − 1.0656) = (2.1141, 3.0384)
    //   g + βv = (0.5751 + 1.90269, −1.0656 + 2.73456) = (2.47779, 1.66896)
    //   w = (0.5751 − 0.247779, −0.2664 − 0.166896) = (0.327321, −0.433296)
    const f = diagonalQuadratic(1, 4);
    const opt = nesterov.create({ lr: 0.1, beta: 0.9 });
    const w = Float64Array.from([1, 1]);
    const g = new Float64Array(2);
    const expected = [
      [0.81, 0.24],
      [0.5751, -0.2664],
      [0.327321, -0.433296],
    ];
    for (const [e0, e1] of expected) {
      f.valueAndGrad(w, g);
      opt.step(w, g);
      expect(w[0]).toBeCloseTo(e0, 12);
      expect(w[1]).toBeCloseTo(e1, 12);
    }
  });

  it('with beta = 0 equals SGD bit for bit over 50 steps on a quadratic', () => {
    const f = diagonalQuadratic(1, 7);
    const a = nesterov.create({ lr: 0.1, beta: 0 });
    const b = sgd.create({ lr: 0.1 });
    const wa = Float64Array.from([1.3, -0.7]);
    const wb = wa.slice();
    const ga = new Float64Array(2);
    const gb = new Float64Array(2);
    for (let t = 0; t < 50; t++) {
      f.valueAndGrad(wa, ga);
      f.valueAndGrad(wb, gb);
      a.step(wa, ga);
      b.step(wb, gb);
      expect(Array.from(wa)).toEqual(Array.from(wb));
    }
  });

  it('is the look-ahead form u ← μu − α∇f(θ + μu); θ ← θ + u with w = θ + μu (100 steps)', () => {
    const f = diagonalQuadratic(2, 30);
    const lr = 0.02;
    const mu = 0.85;
    const opt = nesterov.create({ lr, beta: mu });
    const w = Float64Array.from([3, -2]);
    const g = new Float64Array(2);
    const theta = w.slice();
    const u = new Float64Array(2);
    const ahead = new Float64Array(2);
    const gAhead = new Float64Array(2);
    for (let t = 0; t < 100; t++) {
      f.valueAndGrad(w, g);
      opt.step(w, g);
      for (let i = 0; i < 2; i++) ahead[i] = theta[i] + mu * u[i];
      f.valueAndGrad(ahead, gAhead);
      for (let i = 0; i < 2; i++) {
        u[i] = mu * u[i] - lr * gAhead[i];
        theta[i] += u[i];
      }
      for (let i = 0; i < 2; i++) {
        const lookAhead = theta[i] + mu * u[i];
        const scale = Math.max(1, Math.abs(lookAhead));
        expect(Math.abs(w[i] - lookAhead)).toBeLessThanOrEqual(1e-12 * scale);
      }
    }
    // The change of variables matters: θ itself is a different sequence.
    expect(Math.abs(w[0] - theta[0]) + Math.abs(w[1] - theta[1])).toBeGreaterThan(0);
  });

  it('with beta = 0 equals SGD for any gradient sequence (property)', () => {
    const grads = fc.array(fc.float64Array({ minLength: 3, maxLength: 3, min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(grads, fc.double({ min: 0, max: 1, noNaN: true }), (gs, lr) => {
        const a = nesterov.create({ lr, beta: 0 });
        const b = sgd.create({ lr });
        const wa = Float64Array.from([0.5, -1, 2]);
        const wb = wa.slice();
        for (const g of gs) {
          a.step(wa, g);
          b.step(wb, g);
        }
        return wa.every((x, i) => Object.is(x, wb[i]));
      }),
    );
  });
});
