import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countDefiniteness,
  countLeadingDefiniteness,
  definiteness,
  isPositiveDefinite,
  randomSymmetricGaussian,
} from '../../../src/core/linalg/definiteness';
import { createRng } from '../../../src/core/random/prng';
import { eigenvalues2x2 } from '../../../src/core/surfaces/classify';
import { NonFiniteError, RangeError_, ShapeError } from '../../../src/core/errors';

describe('isPositiveDefinite', () => {
  it('accepts the identity and a diagonal with positive entries, rejects a zero or negative one', () => {
    expect(isPositiveDefinite([1, 0, 0, 1], 2)).toBe(true);
    expect(isPositiveDefinite([3, 0, 0, 0, 0.5, 0, 0, 0, 7], 3)).toBe(true);
    expect(isPositiveDefinite([3, 0, 0, 0, 0, 0, 0, 0, 7], 3)).toBe(false);
    expect(isPositiveDefinite([3, 0, 0, 0, -1, 0, 0, 0, 7], 3)).toBe(false);
  });

  it('sees through a positive diagonal: [[1, 2], [2, 1]] has eigenvalues −1 and 3', () => {
    // 1·1 − 2·2 = −3 < 0: the second Cholesky pivot is 1 − 2²/1 = −3.
    expect(isPositiveDefinite([1, 2, 2, 1], 2)).toBe(false);
    expect(definiteness([1, 2, 2, 1], 2)).toBe('neither');
  });

  it('knows the tridiagonal [2, −1] matrix is positive definite and its negative is negative definite', () => {
    // Eigenvalues 2 − 2cos(kπ/(n + 1)) > 0, k = 1 … n.
    const n = 6;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
    }
    expect(definiteness(a, n)).toBe('positiveDefinite');
    expect(definiteness(a.map((v) => -v), n)).toBe('negativeDefinite');
    expect(isPositiveDefinite(a, n, -1)).toBe(false);
  });

  it('calls a singular positive semidefinite matrix neither (the test needs strictly positive pivots)', () => {
    expect(definiteness([1, 1, 1, 1], 2)).toBe('neither'); // eigenvalues 0 and 2
    expect(definiteness([0, 0, 0, 0], 2)).toBe('neither');
  });

  it('agrees with the signs of the closed-form 2×2 eigenvalues (property)', () => {
    const entry = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(entry, entry, entry, (p, q, r) => {
        const h = [p, q, q, r];
        const [lo, hi] = eigenvalues2x2(h);
        const scale = Math.max(Math.abs(lo), Math.abs(hi));
        // Skip nearly singular matrices, where rounding may decide either way.
        fc.pre(Math.min(Math.abs(lo), Math.abs(hi)) > 1e-9 * scale);
        const want = lo > 0 ? 'positiveDefinite' : hi < 0 ? 'negativeDefinite' : 'neither';
        expect(definiteness(h, 2)).toBe(want);
      }),
    );
  });

  it('does not modify its argument', () => {
    const a = [4, 1, 1, 3];
    isPositiveDefinite(a, 2);
    isPositiveDefinite(a, 2, -1);
    expect(a).toEqual([4, 1, 1, 3]);
  });

  it('rejects a wrong size, a NaN or a non-symmetric matrix, naming the operation', () => {
    expect(() => isPositiveDefinite([1, 0, 0], 2)).toThrow(ShapeError);
    expect(() => isPositiveDefinite([1, 0, 0], 2)).toThrow(/isPositiveDefinite: a must have n\*n = 4 entries, got 3/);
    expect(() => isPositiveDefinite([1, NaN, NaN, 1], 2)).toThrow(NonFiniteError);
    expect(() => isPositiveDefinite([1, 0.5, 0, 1], 2)).toThrow(RangeError_);
    expect(() => isPositiveDefinite([1, 0.5, 0, 1], 2)).toThrow(/symmetric.*a\[0\]\[1\] = 0.5 and a\[1\]\[0\] = 0/);
    expect(() => isPositiveDefinite([1], 0)).toThrow(/isPositiveDefinite: n/);
  });
});

describe('randomSymmetricGaussian', () => {
  it('is symmetric, reproducible from the seed, and has the (G + Gᵀ)/2 variances', () => {
    const n = 4;
    const a = randomSymmetricGaussian(n, createRng(3));
    const b = randomSymmetricGaussian(n, createRng(3));
    expect(Array.from(a)).toEqual(Array.from(b));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(a[i * n + j]).toBe(a[j * n + i]);
    // Variance 1 on the diagonal, ½ off it, estimated from 20,000 samples (standard error ≈ 0.01).
    const rng = createRng(11);
    let diag = 0, off = 0;
    const trials = 20000;
    for (let t = 0; t < trials; t++) {
      randomSymmetricGaussian(n, rng, a);
      diag += a[0] * a[0];
      off += a[1] * a[1];
    }
    expect(diag / trials).toBeCloseTo(1, 1);
    expect(off / trials).toBeCloseTo(0.5, 1);
  });

  it('rejects an out buffer of the wrong size', () => {
    expect(() => randomSymmetricGaussian(3, createRng(0), new Float64Array(8))).toThrow(/randomSymmetricGaussian: out must have n\*n = 9 entries, got 8/);
  });
});

/** Four standard errors of a binomial proportion: a fixed-seed test that fails only for a reason. */
const fourSigma = (p: number, trials: number): number => 4 * Math.sqrt((p * (1 - p)) / trials);

describe('Monte Carlo counts of definite random symmetric matrices', () => {
  it('N = 1: a 1×1 matrix is a single normal number, positive half the time', () => {
    const trials = 20000;
    const c = countDefiniteness(1, trials, createRng(5));
    expect(c.positive + c.negative).toBe(trials);
    expect(Math.abs(c.positive / trials - 0.5)).toBeLessThan(fourSigma(0.5, trials));
  });

  it('N = 2: positive definite with probability (2 − √2)/4 ≈ 0.146, well below the coin-flip ¼', () => {
    // [[a, c], [c, d]], a, d ~ N(0, 1), c ~ N(0, ½): with u = (a + d)/2 and r = √(((a − d)/2)² + c²),
    // both ~ scale 1/√2, P(u > r) = ∫ Q(t) t e^{−t²/2} dt = ½ − 1/(2√2).
    const exact = (2 - Math.SQRT2) / 4;
    const trials = 40000;
    const full = countDefiniteness(2, trials, createRng(6));
    const lead = countLeadingDefiniteness(2, trials, createRng(7));
    expect(Math.abs(full.positive / trials - exact)).toBeLessThan(fourSigma(exact, trials));
    expect(Math.abs(full.negative / trials - exact)).toBeLessThan(fourSigma(exact, trials));
    expect(Math.abs(lead.positive[1] / trials - exact)).toBeLessThan(fourSigma(exact, trials));
    expect(Math.abs(lead.negative[1] / trials - exact)).toBeLessThan(fourSigma(exact, trials));
    expect(Math.abs(lead.positive[0] / trials - 0.5)).toBeLessThan(fourSigma(0.5, trials));
  });

  it('the lazy leading-block count agrees with full matrices for N = 3 and 4', () => {
    const trials = 40000;
    const lead = countLeadingDefiniteness(4, trials, createRng(8));
    for (const n of [3, 4]) {
      const full = countDefiniteness(n, trials, createRng(9 + n));
      const p = (full.positive + full.negative) / (2 * trials);
      const q = (lead.positive[n - 1] + lead.negative[n - 1]) / (2 * trials);
      // Two independent estimates of the same p: their difference has variance 2p(1 − p)/(2·trials).
      expect(Math.abs(p - q)).toBeLessThan(4 * Math.sqrt((2 * p * (1 - p)) / (2 * trials)) + 1e-12);
      expect(p).toBeGreaterThan(0);
    }
  });

  it('counts never grow with N (a positive definite block has positive definite leading blocks)', () => {
    const c = countLeadingDefiniteness(8, 5000, createRng(1));
    for (let n = 1; n < 8; n++) {
      expect(c.positive[n]).toBeLessThanOrEqual(c.positive[n - 1]);
      expect(c.negative[n]).toBeLessThanOrEqual(c.negative[n - 1]);
    }
    expect(c.positive[0] + c.negative[0]).toBe(5000);
  });

  it('is reproducible from the seed', () => {
    expect(countLeadingDefiniteness(5, 3000, createRng(2))).toEqual(countLeadingDefiniteness(5, 3000, createRng(2)));
  });

  it('rejects bad sizes and trial counts, naming the operation', () => {
    expect(() => countLeadingDefiniteness(0, 10, createRng(0))).toThrow(/countLeadingDefiniteness: maxN/);
    expect(() => countLeadingDefiniteness(3, 1.5, createRng(0))).toThrow(/countLeadingDefiniteness: trials/);
    expect(() => countDefiniteness(2, 0, createRng(0))).toThrow(/countDefiniteness: trials/);
  });
});
