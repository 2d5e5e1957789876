import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/core/optim/adam';
import { adamw } from '../../../src/core/optim/adamw';
import { diagonalQuadratic } from './helpers';

describe('adamw', () => {
  it('takes the first three steps as worked by hand (decay beside the Adam step)', () => {
    // w ← w − α(m/(√v + ε) + λw), no bias correction, α = 0.1, β1 = 0.5, β2 = 0.75, ε = 1,
    // λ = 0.5, w = (1, 1). Gradients and moments as in adam.test.ts:
    //   m = (1, −2), (1, 0), (2, 0);  v = (1, 4), (1, 4), (3, 3).
    // Step 1: Adam part (1/2, −2/3)
    //   w = (1 − 0.1·(0.5 + 0.5·1), 1 − 0.1·(−0.6666… + 0.5·1)) = (0.9, 1.0166666666666667)
    // Step 2: Adam part (1/2, 0)
    //   w0 = 0.9 − 0.1·(0.5 + 0.45) = 0.805
    //   w1 = 1.0166… − 0.1·0.5·1.0166… = 0.95·1.0166… = 0.9658333333333333
    // Step 3: Adam part (2/(√3 + 1), 0) = (√3 − 1, 0) = (0.7320508075688772, 0)
    //   w0 = 0.805 − 0.1·(0.7320508075688772 + 0.5·0.805) = 0.805 − 0.11345508075688772 = 0.6915449192431123
    //   w1 = 0.95·0.9658333… = 0.9175416666666667
    const opt = adamw.create({ lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, weightDecay: 0.5, biasCorrection: false });
    const w = Float64Array.from([1, 1]);
    const steps = [
      { g: [2, -4], w: [0.9, 1.0166666666666666] },
      { g: [1, 2], w: [0.805, 0.9658333333333333] },
      { g: [3, 0], w: [0.6915449192431123, 0.9175416666666667] },
    ];
    for (const s of steps) {
      opt.step(w, Float64Array.from(s.g));
      expect(w[0]).toBeCloseTo(s.w[0], 12);
      expect(w[1]).toBeCloseTo(s.w[1], 12);
    }
  });

  it('keeps the decay out of the moments: with g = 0 it only shrinks w by (1 − αλ) per step', () => {
    // m = v = 0, so the Adam part is 0/(0 + ε) = 0 and w ← w − αλw = 0.9·w for α = 1, λ = 0.1.
    // (Coupled L2 would put λw into g and Adam would rescale it to a step of about α.)
    const opt = adamw.create({ lr: 1, weightDecay: 0.1 });
    const w = Float64Array.from([2, -4]);
    const g = new Float64Array(2);
    opt.step(w, g);
    expect(w[0]).toBeCloseTo(1.8, 12);
    expect(w[1]).toBeCloseTo(-3.6, 12);
    opt.step(w, g);
    expect(w[0]).toBeCloseTo(1.62, 12);
    expect(w[1]).toBeCloseTo(-3.24, 12);
  });

  it('with weightDecay = 0 equals Adam bit for bit over 50 steps', () => {
    const f = diagonalQuadratic(1, 9);
    const a = adamw.create({ lr: 0.05, weightDecay: 0 });
    const b = adam.create({ lr: 0.05 });
    const wa = Float64Array.from([1.5, -2]);
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
});
