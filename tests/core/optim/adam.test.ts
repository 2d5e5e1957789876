import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/core/optim/adam';
import { createRng } from '../../../src/core/random/prng';

// One gradient sequence for the hand-worked tests: g1 = (2, −4), g2 = (1, 2), g3 = (3, 0), with
// α = 0.1, β1 = 0.5, β2 = 0.75, ε = 1 (numbers chosen so the roots come out readable) and
// w = (1, 1), m = v = (0, 0).
//   m1 = 0.5·g1 = (1, −2)                      v1 = 0.25·g1² = (1, 4)
//   m2 = 0.5·(1, −2) + 0.5·(1, 2) = (1, 0)     v2 = 0.75·(1, 4) + 0.25·(1, 4) = (1, 4)
//   m3 = 0.5·(1, 0) + 0.5·(3, 0) = (2, 0)      v3 = 0.75·(1, 4) + 0.25·(9, 0) = (3, 3)
const grads = [
  [2, -4],
  [1, 2],
  [3, 0],
];

describe('adam', () => {
  it('takes the first three steps with bias correction as worked by hand', () => {
    // Corrections 1 − β1ᵗ = 0.5, 0.75, 0.875 and 1 − β2ᵗ = 0.25, 0.4375, 0.578125.
    // Step 1: m̂ = (1, −2)/0.5 = (2, −4);  v̂ = (1, 4)/0.25 = (4, 16);  √v̂ + ε = (3, 5)
    //   w = (1 − 0.1·2/3, 1 + 0.1·4/5) = (0.9333333333333333, 1.08)
    // Step 2: m̂ = (1, 0)/0.75 = (1.3333…, 0);  v̂0 = 1/0.4375 = 16/7;  √v̂0 = 4/√7 = 1.5118578920369088
    //   Δw0 = 0.1·1.3333…/(1.5118578920369088 + 1) = 0.05308155917419796;  Δw1 = 0 (m̂1 = 0)
    //   w = (0.9333333333333333 − 0.05308155917419796, 1.08) = (0.8802517741591354, 1.08)
    // Step 3: m̂0 = 2/0.875 = 16/7 = 2.2857142857142856;  v̂0 = 3/0.578125 = 192/37 = 5.1891891891891895
    //   √v̂0 = 2.277979189805998;  Δw0 = 0.1·2.2857142857142856/3.277979189805998 = 0.06972937146222585
    //   w = (0.8802517741591354 − 0.06972937146222585, 1.08) = (0.8105224026969096, 1.08)
    const opt = adam.create({ lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1 });
    const w = Float64Array.from([1, 1]);
    const expected = [
      [0.9333333333333333, 1.08],
      [0.8802517741591354, 1.08],
      [0.8105224026969096, 1.08],
    ];
    for (let t = 0; t < 3; t++) {
      opt.step(w, Float64Array.from(grads[t]));
      expect(w[0]).toBeCloseTo(expected[t][0], 12);
      expect(w[1]).toBeCloseTo(expected[t][1], 12);
    }
  });

  it('takes the first three steps without bias correction as worked by hand', () => {
    // m̂ = m, v̂ = v.
    // Step 1: √v + ε = (2, 3);  w = (1 − 0.1·1/2, 1 + 0.1·2/3) = (0.95, 1.0666666666666667)
    // Step 2: √v + ε = (2, 3);  w = (0.95 − 0.1·1/2, 1.0666…) = (0.9, 1.0666666666666667)
    // Step 3: √v0 + ε = √3 + 1;  Δw0 = 0.1·2/(√3 + 1) = 0.1·(√3 − 1) = 0.07320508075688773
    //   w = (0.9 − 0.07320508075688773, 1.0666…) = (0.8267949192431123, 1.0666666666666667)
    const opt = adam.create({ lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, biasCorrection: false });
    const w = Float64Array.from([1, 1]);
    const expected = [
      [0.95, 1.0666666666666667],
      [0.9, 1.0666666666666667],
      [0.8267949192431123, 1.0666666666666667],
    ];
    for (let t = 0; t < 3; t++) {
      opt.step(w, Float64Array.from(grads[t]));
      expect(w[0]).toBeCloseTo(expected[t][0], 12);
      expect(w[1]).toBeCloseTo(expected[t][1], 12);
    }
  });

  it('with and without bias correction: very different first steps, the same steps by t = 5000', () => {
    // Fed the same gradients, the two update ratios are Δ_bc/Δ_raw ≈ √(1 − β2ᵗ)/(1 − β1ᵗ)
    // (ε negligible): √0.001/0.1 = 0.316 at t = 1, and √(1 − 0.999⁵⁰⁰⁰)/(1 − 0.9⁵⁰⁰⁰)
    // = √(1 − 0.00672) = 0.9966 at t = 5000.
    const rng = createRng(7);
    const bc = adam.create({ lr: 0.001 });
    const raw = adam.create({ lr: 0.001, biasCorrection: false });
    const wb = new Float64Array(3);
    const wr = new Float64Array(3);
    const g = new Float64Array(3);
    const ratioAt = (): number => {
      for (let i = 0; i < 3; i++) g[i] = 1 + 0.5 * rng.normal();
      const b0 = wb[0];
      const r0 = wr[0];
      bc.step(wb, g);
      raw.step(wr, g);
      return (wb[0] - b0) / (wr[0] - r0);
    };
    const first = ratioAt();
    expect(first).toBeGreaterThan(0.3);
    expect(first).toBeLessThan(0.33);
    let last = first;
    for (let t = 2; t <= 5000; t++) last = ratioAt();
    expect(Math.abs(last - 1)).toBeLessThan(0.01);
  });

  it('moves each coordinate by about lr on its first step (property)', () => {
    // m̂ = g and v̂ = g² after one step, so |Δwᵢ| = α|gᵢ|/(|gᵢ| + ε) = α(1 − ε/(|gᵢ| + ε)).
    const coord = fc.oneof(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -1e-3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(coord, { minLength: 1, maxLength: 6 }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (gs, lr) => {
        const w = new Float64Array(gs.length);
        adam.create({ lr }).step(w, Float64Array.from(gs));
        return gs.every((gi, i) => Math.abs(Math.abs(w[i]) - lr) <= 1e-5 * lr && Math.sign(w[i]) === -Math.sign(gi));
      }),
    );
  });
});
