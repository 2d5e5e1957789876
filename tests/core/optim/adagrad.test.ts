import { describe, expect, it } from 'vitest';
import { adagrad } from '../../../src/core/optim/adagrad';

describe('adagrad', () => {
  it('takes the first three steps of a fixed gradient sequence as worked by hand', () => {
    // G ← G + g²; w ← w − α·g/(√G + ε), with α = 0.1 and ε = 1 (large, so that where ε sits
    // shows in the numbers: inside the root, step 1 would divide by √10 instead of 4).
    // w = (1, 1), G = (0, 0).
    // Step 1: g = (3, −4)
    //   G = (9, 16);  √G + ε = (3 + 1, 4 + 1) = (4, 5)
    //   w = (1 − 0.1·3/4, 1 + 0.1·4/5) = (1 − 0.075, 1 + 0.08) = (0.925, 1.08)
    // Step 2: g = (4, 3)
    //   G = (9 + 16, 16 + 9) = (25, 25);  √G + ε = (6, 6)
    //   w = (0.925 − 0.1·4/6, 1.08 − 0.1·3/6) = (0.925 − 0.0666…, 1.08 − 0.05)
    //     = (0.858333333333333…, 1.03)
    // Step 3: g = (0, 12)
    //   G = (25, 25 + 144) = (25, 169);  √G + ε = (6, 14)
    //   w = (0.858333…, 1.03 − 0.1·12/14) = (0.858333…, 1.03 − 0.0857142857142857…)
    //     = (0.858333333333333…, 0.944285714285714…)
    const opt = adagrad.create({ lr: 0.1, eps: 1 });
    const w = Float64Array.from([1, 1]);
    const steps = [
      { g: [3, -4], w: [0.925, 1.08] },
      { g: [4, 3], w: [0.8583333333333333, 1.03] },
      { g: [0, 12], w: [0.8583333333333333, 0.9442857142857143] },
    ];
    for (const s of steps) {
      opt.step(w, Float64Array.from(s.g));
      expect(w[0]).toBeCloseTo(s.w[0], 12);
      expect(w[1]).toBeCloseTo(s.w[1], 12);
    }
  });

  it('leaves a coordinate whose gradient has always been 0 exactly where it was', () => {
    // G = 0 there, so the step is 0/(0 + ε) = 0: this is why ε must be positive.
    const opt = adagrad.create();
    const w = Float64Array.from([0.3, 0.7]);
    for (let t = 0; t < 5; t++) opt.step(w, Float64Array.from([1, 0]));
    expect(w[1]).toBe(0.7);
  });
});
