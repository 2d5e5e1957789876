import { describe, expect, it } from 'vitest';
import { adadelta } from '../../../src/core/optim/adadelta';

describe('adadelta', () => {
  it('takes the first three steps of a fixed gradient sequence as worked by hand', () => {
    // E[g²] ← ρE[g²] + (1 − ρ)g²;  Δ = −(√(E[Δ²] + ε)/√(E[g²] + ε))·g;
    // E[Δ²] ← ρE[Δ²] + (1 − ρ)Δ²;  w ← w + αΔ.   α = 0.1, ρ = 0.75, ε = 1, w = (1, 1).
    // Step 1: g = (2, −4)
    //   E[g²] = 0.25·(4, 16) = (1, 4)
    //   Δ = −(√(0 + 1)/√(1 + 1)·2, √(0 + 1)/√(4 + 1)·(−4)) = (−√2, 4/√5)
    //     = (−1.4142135623730951, 1.7888543819998317)
    //   E[Δ²] = 0.25·(2, 16/5) = (0.5, 0.8)
    //   w = (1 − 0.14142135623730951, 1 + 0.17888543819998317)
    //     = (0.8585786437626904, 1.1788854381999831)
    // Step 2: g = (1, 2)
    //   E[g²] = 0.75·(1, 4) + 0.25·(1, 4) = (1, 4)
    //   Δ0 = −√(0.5 + 1)/√(1 + 1)·1 = −√0.75 = −0.8660254037844386
    //   Δ1 = −√(0.8 + 1)/√(4 + 1)·2 = −√0.36·2 = −1.2
    //   E[Δ²] = 0.75·(0.5, 0.8) + 0.25·(0.75, 1.44) = (0.5625, 0.96)
    //   w = (0.8585786437626904 − 0.08660254037844386, 1.1788854381999831 − 0.12)
    //     = (0.7719761033842466, 1.0588854381999833)
    // Step 3: g = (3, 0)
    //   E[g²] = 0.75·(1, 4) + 0.25·(9, 0) = (3, 3)
    //   Δ0 = −√(0.5625 + 1)/√(3 + 1)·3 = −(1.25/2)·3 = −1.875;  Δ1 = 0
    //   w = (0.7719761033842466 − 0.1875, 1.0588854381999833) = (0.5844761033842466, 1.0588854381999833)
    const opt = adadelta.create({ lr: 0.1, rho: 0.75, eps: 1 });
    const w = Float64Array.from([1, 1]);
    const steps = [
      { g: [2, -4], w: [0.8585786437626904, 1.1788854381999831] },
      { g: [1, 2], w: [0.7719761033842466, 1.0588854381999833] },
      { g: [3, 0], w: [0.5844761033842466, 1.0588854381999833] },
    ];
    for (const s of steps) {
      opt.step(w, Float64Array.from(s.g));
      expect(w[0]).toBeCloseTo(s.w[0], 12);
      expect(w[1]).toBeCloseTo(s.w[1], 12);
    }
  });

  it('has the units of w: scaling the gradient leaves the first step unchanged up to ε', () => {
    // Step 1 is −√ε/√((1 − ρ)g² + ε)·g ≈ −√(ε/(1 − ρ))·sign(g) once (1 − ρ)g² ≫ ε: the
    // gradient's scale cancels. With ρ = 0.95, ε = 1e-6: √(1e-6/0.05) = 0.00447213595…
    const small = Float64Array.from([0]);
    const large = Float64Array.from([0]);
    adadelta.create().step(small, Float64Array.from([10]));
    adadelta.create().step(large, Float64Array.from([1000]));
    expect(small[0]).toBeCloseTo(-0.004472135955, 6);
    expect(large[0]).toBeCloseTo(-0.004472135955, 8);
  });
});
