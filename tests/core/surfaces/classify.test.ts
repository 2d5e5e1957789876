import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyCriticalPoint, eigenvalues2x2 } from '../../../src/core/surfaces/classify';
import { NonFiniteError, RangeError_, ShapeError } from '../../../src/core/errors';

const entry = fc.double({ min: -1e3, max: 1e3, noNaN: true });

describe('eigenvalues2x2', () => {
  it('gives the diagonal of a diagonal matrix, smaller first', () => {
    expect(eigenvalues2x2([3, 0, 0, -2])).toEqual([-2, 3]);
    expect(eigenvalues2x2([5, 0, 0, 5])).toEqual([5, 5]);
  });

  it('solves [[2, 1], [1, 2]]: eigenvalues 1 and 3', () => {
    // λ = (2 + 2)/2 ± √(0² + 1²) = 2 ± 1
    const [lo, hi] = eigenvalues2x2([2, 1, 1, 2]);
    expect(lo).toBeCloseTo(1, 15);
    expect(hi).toBeCloseTo(3, 15);
  });

  it('keeps a tiny eigenvalue accurate next to a large one (no cancellation)', () => {
    // diag(1e8, 1e-8) rotated by 45°: [[a, b], [b, a]] with a = (1e8 + 1e-8)/2, b = (1e8 − 1e-8)/2
    const a = (1e8 + 1e-8) / 2, b = (1e8 - 1e-8) / 2;
    const [lo] = eigenvalues2x2([a, b, b, a]);
    expect(lo / 1e-8).toBeCloseTo(1, 0); // naive mean − r would give 0 or worse
  });

  it('keeps nearly equal eigenvalues sorted (det / λ₂ rounds past λ₂ there; fast-check found the first pair)', () => {
    for (const [a, b, d] of [[999.9999999999983, 0, 999.9999999999982], [-999.9999999999983, 0, -999.9999999999982], [1000, 1e-6, 1000]]) {
      const [lo, hi] = eigenvalues2x2([a, b, b, d]);
      expect(lo).toBeLessThanOrEqual(hi);
    }
  });

  it('has trace = λ₁ + λ₂ and det = λ₁λ₂, sorted (property)', () => {
    fc.assert(
      fc.property(entry, entry, entry, (a, b, d) => {
        const [lo, hi] = eigenvalues2x2([a, b, b, d]);
        const scale = 1 + Math.abs(a) + Math.abs(b) + Math.abs(d);
        expect(lo).toBeLessThanOrEqual(hi);
        expect(Math.abs(lo + hi - (a + d))).toBeLessThan(1e-12 * scale);
        expect(Math.abs(lo * hi - (a * d - b * b))).toBeLessThan(1e-12 * scale * scale);
      }),
    );
  });

  it('rejects a wrong length or a NaN, naming the operation', () => {
    expect(() => eigenvalues2x2([1, 2, 3])).toThrow(ShapeError);
    expect(() => eigenvalues2x2([1, 2, 3])).toThrow('eigenvalues2x2: h must have length 4, got 3');
    expect(() => eigenvalues2x2([1, NaN, NaN, 1])).toThrow(NonFiniteError);
    expect(() => eigenvalues2x2([1, NaN, NaN, 1])).toThrow('eigenvalues2x2: h[1] must be finite, got NaN');
  });
});

describe('classifyCriticalPoint', () => {
  it.each([
    [[2, 0, 0, 3], 'minimum'],
    [[2, 1, 1, 2], 'minimum'],
    [[-2, 0, 0, -3], 'maximum'],
    [[2, 0, 0, -2], 'saddle'],
    [[0, 1, 1, 0], 'saddle'], // Beale's saddle at (0, 1) looks like this
    [[0, 0, 0, 0], 'degenerate'],
    [[1, 0, 0, 0], 'degenerate'],
    [[1, 1, 1, 1], 'degenerate'], // eigenvalues 0 and 2
    [[1e-6, 0, 0, 2e-6], 'minimum'], // small but definite: the test is scale-free
  ] as const)('%j is a %s', (h, verdict) => {
    expect(classifyCriticalPoint(h)).toBe(verdict);
  });

  it('agrees with the signs of the eigenvalues (property)', () => {
    fc.assert(
      fc.property(entry, entry, entry, (a, b, d) => {
        const [lo, hi] = eigenvalues2x2([a, b, b, d]);
        const verdict = classifyCriticalPoint([a, b, b, d]);
        const tol = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
        if (Math.abs(lo) <= tol || Math.abs(hi) <= tol) expect(verdict).toBe('degenerate');
        else if (lo > 0) expect(verdict).toBe('minimum');
        else if (hi < 0) expect(verdict).toBe('maximum');
        else expect(verdict).toBe('saddle');
      }),
    );
  });

  it('rejects a tolerance outside [0, 1]', () => {
    expect(() => classifyCriticalPoint([1, 0, 0, 1], -1)).toThrow(RangeError_);
  });
});
