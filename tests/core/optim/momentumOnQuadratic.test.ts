// Momentum on a quadratic in closed form, against hand-computed roots, against the roots'
// defining equation, and against the core's own momentum optimizer run on the quadratic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentum } from '../../../src/core/optim/momentum';
import {
  criticalMomentum, momentumAlphaLimit, momentumConverges, momentumMatrix, momentumRoots, optimalMomentum,
} from '../../../src/core/optim/momentumOnQuadratic';

/**
 * The per-step factor of the error of the core's momentum on f(w) = ½λw², from w = 1 with
 * v = 0: the error oscillates when the roots are complex, so compare its largest size over a
 * window of 40 steps around step 320 with that around step 120.
 */
function observedRate(alpha: number, beta: number, lambda: number): number {
  const opt = momentum({ lr: alpha, beta });
  const w = Float64Array.of(1), g = new Float64Array(1);
  const size: number[] = [];
  for (let t = 0; t <= 340; t++) {
    size.push(Math.abs(w[0]));
    g[0] = lambda * w[0];
    opt.step(w, g);
  }
  const peak = (from: number): number => Math.max(...size.slice(from, from + 40));
  return (peak(300) / peak(100)) ** (1 / 200);
}

describe('momentum on a quadratic', () => {
  it('has the step matrix [1 − αλ, −αβ; λ, β]', () => {
    expect(momentumMatrix(0.1, 0.5, 4)).toEqual([1 - 0.4, -0.05, 4, 0.5]);
  });

  it('names the regimes at hand-computed points', () => {
    // β = 0: gradient descent, μ = 1 − αλ = 0.6 (and 0).
    expect(momentumRoots(0.1, 0, 4)).toMatchObject({ spectralRadius: 0.6, regime: 'overdamped', alternates: false });
    // αλ = 1.6: μ = −0.6, a zig-zag.
    expect(momentumRoots(0.4, 0, 4)).toMatchObject({ regime: 'overdamped', alternates: true });
    expect(momentumRoots(0.4, 0, 4).spectralRadius).toBeCloseTo(0.6, 14);
    // β = (1 − √(αλ))² = 0.25 at αλ = 0.25: a double root at (1 + β − αλ)/2 = 0.5.
    expect(criticalMomentum(0.25, 1)).toBe(0.25);
    expect(momentumRoots(0.25, 0.25, 1)).toMatchObject({ regime: 'critically damped', spectralRadius: 0.5 });
    // α = 0.1, β = 0.9, λ = 1: half-trace 0.9, 0.81 − 0.9 < 0, complex roots of modulus √0.9.
    const under = momentumRoots(0.1, 0.9, 1);
    expect(under.regime).toBe('underdamped');
    expect(under.spectralRadius).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(under.roots[0].re).toBeCloseTo(0.9, 14);
    expect(under.roots[0].im).toBeCloseTo(0.3, 14);
    // αλ = 4 > 2(1 + β) = 3.
    expect(momentumRoots(1, 0.5, 4).regime).toBe('diverging');
    expect(momentumConverges(1, 0.5, 4)).toBe(false);
    expect(momentumAlphaLimit(0.5, 4)).toBe(0.75);
  });

  it('gives roots that solve μ² − (1 + β − αλ)μ + β = 0', () => {
    const cases = fc.tuple(fc.double({ min: 1e-3, max: 3, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }));
    fc.assert(fc.property(cases, ([alpha, beta, lambda]) => {
      const tr = 1 + beta - alpha * lambda;
      for (const { re, im } of momentumRoots(alpha, beta, lambda).roots) {
        // (re + i·im)² − tr(re + i·im) + β, real and imaginary parts.
        const real = re * re - im * im - tr * re + beta, imag = 2 * re * im - tr * im;
        const scale = 1 + tr * tr + beta;
        expect(Math.abs(real)).toBeLessThan(1e-7 * scale);
        expect(Math.abs(imag)).toBeLessThan(1e-7 * scale);
      }
    }), { numRuns: 300 });
  });

  it('converges exactly when its spectral radius is below 1', () => {
    const cases = fc.tuple(fc.double({ min: 1e-3, max: 3, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }));
    fc.assert(fc.property(cases, ([alpha, beta, lambda]) => {
      const { spectralRadius } = momentumRoots(alpha, beta, lambda);
      fc.pre(Math.abs(spectralRadius - 1) > 1e-6);
      expect(momentumConverges(alpha, beta, lambda)).toBe(spectralRadius < 1);
    }), { numRuns: 300 });
  });

  it('predicts the rate at which the core\'s momentum optimizer shrinks the error', () => {
    for (const [alpha, beta, lambda] of [[0.1, 0, 4], [0.1, 0.5, 4], [0.1, 0.9, 1], [0.03, 0.6, 100], [0.3, 0.2, 5]]) {
      const { spectralRadius } = momentumRoots(alpha, beta, lambda);
      expect(observedRate(alpha, beta, lambda)).toBeCloseTo(spectralRadius, 2);
    }
  });

  it('puts every eigenvalue on the circle of radius (√κ − 1)/(√κ + 1) at Polyak\'s α*, β*', () => {
    const best = optimalMomentum(1, 100);
    expect(best.alpha).toBeCloseTo((2 / 11) ** 2, 15);
    expect(best.rate).toBeCloseTo(9 / 11, 15);
    expect(best.beta).toBeCloseTo((9 / 11) ** 2, 15);
    expect(best.gradientDescentRate).toBeCloseTo(99 / 101, 15);
    for (const lambda of [1, 2, 30, 99.9, 100]) {
      expect(momentumRoots(best.alpha, best.beta, lambda).spectralRadius).toBeCloseTo(9 / 11, 6);
    }
    // Any other α at β* is slower in the worst direction.
    for (const alpha of [best.alpha * 0.9, best.alpha * 1.1]) {
      expect(Math.max(momentumRoots(alpha, best.beta, 1).spectralRadius, momentumRoots(alpha, best.beta, 100).spectralRadius)).toBeGreaterThan(best.rate);
    }
  });

  it('names the bad value', () => {
    expect(() => momentumRoots(0.1, 1.5, 1)).toThrow(/momentumRoots.*beta/);
    expect(() => momentumRoots(0.1, 0.5, -1)).toThrow(/momentumRoots.*lambda/);
    expect(() => optimalMomentum(10, 1)).toThrow(/lambdaMax must be at least lambdaMin \(10\), got 1/);
  });
});
