import { describe, expect, it } from 'vitest';
import { rmsprop } from '../../../src/core/optim/rmsprop';

describe('rmsprop', () => {
  it('takes the first three steps of a fixed gradient sequence as worked by hand', () => {
    // E ← ρE + (1 − ρ)g²; w ← w − α·g/(√E + ε), with α = 0.1, ρ = 0.75, ε = 1.
    // w = (1, 1), E = (0, 0).
    // Step 1: g = (2, −4)
    //   E = 0.25·(4, 16) = (1, 4);  √E + ε = (2, 3)
    //   w = (1 − 0.1·2/2, 1 + 0.1·4/3) = (0.9, 1.1333…)
    // Step 2: g = (1, 2)  (g² = E, so E stays put)
    //   E = 0.75·(1, 4) + 0.25·(1, 4) = (1, 4);  √E + ε = (2, 3)
    //   w = (0.9 − 0.1·1/2, 1.1333… − 0.1·2/3) = (0.85, 1.0666…)
    // Step 3: g = (3, 0)
    //   E = 0.75·(1, 4) + 0.25·(9, 0) = (3, 3);  √E + ε = (1 + √3, 1 + √3) = (2.7320508…, …)
    //   Δw0 = 0.1·3/(1 + √3) = 0.15·(√3 − 1) = 0.15·0.7320508075688772 = 0.10980762113533159
    //   w = (0.85 − 0.10980762113533159, 1.0666…) = (0.7401923788646684, 1.0666666666666667)
    //   (w1 does not move although E1 shrank: its gradient is 0)
    const opt = rmsprop.create({ lr: 0.1, rho: 0.75, eps: 1 });
    const w = Float64Array.from([1, 1]);
    const steps = [
      { g: [2, -4], w: [0.9, 1.1333333333333333] },
      { g: [1, 2], w: [0.85, 1.0666666666666667] },
      { g: [3, 0], w: [0.7401923788646684, 1.0666666666666667] },
    ];
    for (const s of steps) {
      opt.step(w, Float64Array.from(s.g));
      expect(w[0]).toBeCloseTo(s.w[0], 12);
      expect(w[1]).toBeCloseTo(s.w[1], 12);
    }
  });
});
