import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentum } from '../../../src/core/optim/momentum';
import { sgd } from '../../../src/core/optim/sgd';
import { diagonalQuadratic } from './helpers';

describe('momentum', () => {
  it('takes the first three steps on f = ½(w0² + 4·w1²) as worked by hand', () => {
    // v ← βv + g; w ← w − αv with α = 0.1, β = 0.9, w = (1, 1), v = (0, 0).
    // Step 1: g = (1, 4)
    //   v = 0.9·(0, 0) + (1, 4)            = (1, 4)
    //   w = (1 − 0.1·1, 1 − 0.1·4)          = (0.9, 0.6)
    // Step 2: g = (0.9, 2.4)
    //   v = 0.9·(1, 4) + (0.9, 2.4)         = (1.8, 6)
    //   w = (0.9 − 0.18, 0.6 − 0.6)         = (0.72, 0)
    // Step 3: g = (0.72, 0)
    //   v = 0.9·(1.8, 6) + (0.72, 0)        = (2.34, 5.4)
    //   w = (0.72 − 0.234, 0 − 0.54)        = (0.486, −0.54)
    // (the stiff coordinate w1 overshoots past 0: momentum's ringing)
    const f = diagonalQuadratic(1, 4);
    const opt = momentum.create({ lr: 0.1, beta: 0.9 });
    const w = Float64Array.from([1, 1]);
    const g = new Float64Array(2);
    const expected = [
      [0.9, 0.6],
      [0.72, 0],
      [0.486, -0.54],
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
    const a = momentum.create({ lr: 0.1, beta: 0 });
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
    expect(wa[0]).not.toBe(1.3);
  });

  it('gives the same iterates as the CS231n form v ← μv − αg; w ← w + v over 100 steps', () => {
    // Our v and CS231n's are related by v_cs231n = −α·v_ours, so w is the same.
    const f = diagonalQuadratic(2, 30);
    const lr = 0.02;
    const mu = 0.85;
    const opt = momentum.create({ lr, beta: mu });
    const w = Float64Array.from([3, -2]);
    const g = new Float64Array(2);
    const wc = w.slice();
    const vc = new Float64Array(2);
    const gc = new Float64Array(2);
    for (let t = 0; t < 100; t++) {
      f.valueAndGrad(w, g);
      opt.step(w, g);
      f.valueAndGrad(wc, gc);
      for (let i = 0; i < 2; i++) {
        vc[i] = mu * vc[i] - lr * gc[i];
        wc[i] += vc[i];
      }
      const scale = Math.max(1, Math.abs(wc[0]), Math.abs(wc[1]));
      expect(Math.abs(w[0] - wc[0])).toBeLessThanOrEqual(1e-12 * scale);
      expect(Math.abs(w[1] - wc[1])).toBeLessThanOrEqual(1e-12 * scale);
    }
  });

  it('with beta = 0 equals SGD for any gradient sequence (property)', () => {
    const grads = fc.array(fc.float64Array({ minLength: 3, maxLength: 3, min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(grads, fc.double({ min: 0, max: 1, noNaN: true }), (gs, lr) => {
        const a = momentum.create({ lr, beta: 0 });
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
