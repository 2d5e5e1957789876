/** The noisy-line generator of chapter 3's batch-size experiment. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquaresLine, makeNoisyLine, NOISY_LINE_DEFAULTS } from '../../src/core';

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

describe('makeNoisyLine', () => {
  it('is seeded: the same seed gives the same points bit for bit, another seed others', () => {
    const a = makeNoisyLine({ seed: 5 }), b = makeNoisyLine({ seed: 5 }), c = makeNoisyLine({ seed: 6 });
    expect(sameBits(a.x, b.x) && sameBits(a.y, b.y)).toBe(true);
    expect(sameBits(a.x, c.x)).toBe(false);
    expect([a.n, a.d, a.name]).toEqual([300, 1, 'noisyLine']);
  });

  it('puts x in [xMin, xMax) and, with no noise, every point exactly on the line', () => {
    const d = makeNoisyLine({ n: 50, slope: -0.5, intercept: 3, noise: 0, xMin: 2, xMax: 4, seed: 1 });
    for (let i = 0; i < d.n; i++) {
      expect(d.x[i]).toBeGreaterThanOrEqual(2);
      expect(d.x[i]).toBeLessThan(4);
      expect(d.y[i]).toBe(-0.5 * d.x[i] + 3);
    }
  });

  it('has the stated slope and intercept in expectation: least squares recovers them', () => {
    // Over 40 seeds of 300 points with σ = 1 and x on [−1, 3): the slope estimate has standard
    // error σ/√(n·Var x) = 1/√(300·4/3) ≈ 0.029, so the mean of 40 is within ~0.005 of 2.
    let slope = 0, intercept = 0;
    for (let s = 0; s < 40; s++) {
      const d = makeNoisyLine({ seed: s });
      const line = leastSquaresLine(d.x, d.y);
      slope += line.m / 40;
      intercept += line.b / 40;
    }
    expect(Math.abs(slope - NOISY_LINE_DEFAULTS.slope)).toBeLessThan(0.02);
    expect(Math.abs(intercept - NOISY_LINE_DEFAULTS.intercept)).toBeLessThan(0.03);
  });

  it('the residual variance about the true line is σ² (for any σ, within sampling error)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (noise, seed) => {
        const d = makeNoisyLine({ n: 2000, noise, seed });
        let ss = 0;
        for (let i = 0; i < d.n; i++) ss += (d.y[i] - (2 * d.x[i] + 1)) ** 2;
        const ratio = ss / d.n / (noise * noise);
        return ratio > 0.85 && ratio < 1.15; // ±5 standard errors of a 2000-sample variance
      }),
      { numRuns: 30 },
    );
  });

  it('rejects bad parameters naming the generator and the value', () => {
    expect(() => makeNoisyLine({ n: 0 })).toThrow(/^noisyLine: n/);
    expect(() => makeNoisyLine({ noise: -1 })).toThrow(/^noisyLine: noise/);
    expect(() => makeNoisyLine({ xMin: 3, xMax: 1 })).toThrow('noisyLine: xMin must be below xMax, got [3, 1]');
    expect(() => makeNoisyLine({ slope: NaN })).toThrow(/^noisyLine: slope/);
  });
});
