import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLinregMse, leastSquaresLine } from '../../../src/core/surfaces/linregMse';
import { LINREG7_XS, LINREG7_YS } from '../../../src/core/data/linreg7';
import { NonFiniteError, RangeError_, ShapeError } from '../../../src/core/errors';
import { norm } from './numeric';

/** The definition, summed term by term: (1/n) Σ (m xᵢ + b − yᵢ)² + λ₁|m| + ½λ₂m². */
function naiveMse(xs: readonly number[], ys: readonly number[], m: number, b: number, l1 = 0, l2 = 0): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (m * xs[i] + b - ys[i]) ** 2;
  return s / xs.length + l1 * Math.abs(m) + 0.5 * l2 * m * m;
}

/** Least squares by the normal equations [Σx², Σx; Σx, n] (m, b) = (Σxy, Σy), Cramer's rule. */
function normalEquations(xs: readonly number[], ys: readonly number[]): { m: number; b: number } {
  let sxx = 0, sx = 0, sxy = 0, sy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += xs[i] * xs[i];
    sx += xs[i];
    sxy += xs[i] * ys[i];
    sy += ys[i];
  }
  const n = xs.length, det = sxx * n - sx * sx;
  return { m: (sxy * n - sx * sy) / det, b: (sxx * sy - sx * sxy) / det };
}

const dataArb = fc
  .array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })), {
    minLength: 2,
    maxLength: 30,
  })
  .filter((pts) => {
    // keep the x spread well away from zero so both least-squares routes are well conditioned
    const xs = pts.map((p) => p[0]);
    return Math.max(...xs) - Math.min(...xs) > 0.5;
  })
  .map((pts) => ({ xs: pts.map((p) => p[0]), ys: pts.map((p) => p[1]) }));

describe('leastSquaresLine', () => {
  it('fits the seven points of the chapter', () => {
    const { m, b } = leastSquaresLine(LINREG7_XS, LINREG7_YS);
    const ne = normalEquations(LINREG7_XS, LINREG7_YS);
    expect(m).toBeCloseTo(ne.m, 12);
    expect(b).toBeCloseTo(ne.b, 12);
  });

  it('recovers an exact line', () => {
    const { m, b } = leastSquaresLine([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(m).toBeCloseTo(2, 14);
    expect(b).toBeCloseTo(1, 14);
  });

  it('agrees with the normal equations (property)', () => {
    fc.assert(
      fc.property(dataArb, ({ xs, ys }) => {
        const ls = leastSquaresLine(xs, ys), ne = normalEquations(xs, ys);
        expect(Math.abs(ls.m - ne.m)).toBeLessThan(1e-8 * (1 + Math.abs(ne.m)));
        expect(Math.abs(ls.b - ne.b)).toBeLessThan(1e-8 * (1 + Math.abs(ne.b)));
      }),
    );
  });

  it('validates its input', () => {
    expect(() => leastSquaresLine([1, 2], [1])).toThrow(ShapeError);
    expect(() => leastSquaresLine([1, 2], [1])).toThrow('leastSquaresLine: xs and ys must have equal length, got 2 and 1');
    expect(() => leastSquaresLine([1], [1])).toThrow('leastSquaresLine: need at least 2 points, got 1');
    expect(() => leastSquaresLine([1, NaN], [1, 2])).toThrow(NonFiniteError);
    expect(() => leastSquaresLine([1, NaN], [1, 2])).toThrow('leastSquaresLine: xs[1] must be finite, got NaN');
    expect(() => leastSquaresLine([3, 3, 3], [1, 2, 3])).toThrow(RangeError_);
    expect(() => leastSquaresLine([3, 3, 3], [1, 2, 3])).toThrow('leastSquaresLine: xs must not all be equal, got all 3');
  });
});

describe('linregMse surface', () => {
  it('defaults to the seven points, unregularized', () => {
    const s = createLinregMse();
    expect(s.value(0.5, 0.1)).toBeCloseTo(naiveMse(LINREG7_XS, LINREG7_YS, 0.5, 0.1), 12);
    expect(s.formula).toBe(String.raw`f(m, b) = \frac{1}{7} \sum_{i=1}^{7} (m x_i + b - y_i)^2`);
  });

  it('equals the term-by-term definition (property)', () => {
    const coef = fc.double({ min: -5, max: 5, noNaN: true });
    const pen = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(dataArb, coef, coef, pen, pen, ({ xs, ys }, m, b, l1, l2) => {
        const got = createLinregMse({ xs, ys, l1, l2 }).value(m, b);
        const want = naiveMse(xs, ys, m, b, l1, l2);
        expect(Math.abs(got - want)).toBeLessThan(1e-10 * (1 + want));
      }),
    );
  });

  it('has its minimum at leastSquaresLine, with zero gradient there (property)', () => {
    fc.assert(
      fc.property(dataArb, ({ xs, ys }) => {
        const s = createLinregMse({ xs, ys });
        const { m, b } = leastSquaresLine(xs, ys);
        expect(s.minima).toEqual([[m, b]]);
        expect(norm(s.gradient(m, b))).toBeLessThan(1e-9);
      }),
    );
  });

  it('has a zero gradient at the minimum of the seven points', () => {
    const s = createLinregMse();
    const { m, b } = leastSquaresLine(LINREG7_XS, LINREG7_YS);
    expect(norm(s.gradient(m, b))).toBeLessThan(1e-12);
  });

  it('adds exactly ½λ₂m² for L2 and λ₁|m| for L1, and nothing for b', () => {
    const plain = createLinregMse();
    const l2 = createLinregMse({ l2: 0.8 });
    const l1 = createLinregMse({ l1: 0.3 });
    for (const [m, b] of [[0.7, -2], [-1.5, 0.25], [0, 3], [2.5, 2.5]]) {
      expect(l2.value(m, b) - plain.value(m, b)).toBeCloseTo(0.5 * 0.8 * m * m, 12);
      expect(l1.value(m, b) - plain.value(m, b)).toBeCloseTo(0.3 * Math.abs(m), 12);
      // the penalty's gradient: λ₂m and λ₁ sign(m) on the slope, nothing on the bias
      expect(l2.gradient(m, b)[0] - plain.gradient(m, b)[0]).toBeCloseTo(0.8 * m, 12);
      expect(l1.gradient(m, b)[0] - plain.gradient(m, b)[0]).toBeCloseTo(0.3 * Math.sign(m), 12);
      expect(l2.gradient(m, b)[1]).toBe(plain.gradient(m, b)[1]);
    }
    expect(l2.hessianAt(0, 0)[0] - plain.hessianAt(0, 0)[0]).toBeCloseTo(0.8, 14);
    expect(Array.from(l1.hessianAt(1, 1))).toEqual(Array.from(plain.hessianAt(1, 1)));
  });

  it('uses the subgradient sign(0) = 0 for L1 at m = 0', () => {
    const plain = createLinregMse(), l1 = createLinregMse({ l1: 0.3 });
    expect(l1.gradient(0, 1.2)[0]).toBe(plain.gradient(0, 1.2)[0]);
  });

  it('with L2 has its minimum where the gradient vanishes (ridge)', () => {
    const s = createLinregMse({ l2: 0.5 });
    const [m, b] = s.minima[0];
    expect(norm(s.gradient(m, b))).toBeLessThan(1e-12);
    expect(Math.abs(m)).toBeLessThan(Math.abs(leastSquaresLine(LINREG7_XS, LINREG7_YS).m)); // shrunk
  });

  it('with L1 finds the true minimizer, at the kink m = 0 once λ₁ is large (soft thresholding)', () => {
    for (const lambda of [0.01, 0.05, 10]) {
      const s = createLinregMse({ l1: lambda, l2: 0.01 });
      const [m, b] = s.minima[0];
      const f0 = s.value(m, b);
      for (let k = 0; k < 64; k++) {
        const t = (2 * Math.PI * k) / 64;
        expect(s.value(m + 1e-4 * Math.cos(t), b + 1e-4 * Math.sin(t))).toBeGreaterThan(f0);
      }
      if (lambda === 10) expect(m).toBe(0);
      else expect(m).toBeGreaterThan(0);
    }
  });

  it('frames both the start (0, 0) and the minimum in its window', () => {
    const s = createLinregMse();
    const [m, b] = s.minima[0];
    expect(s.domain.x[0]).toBeLessThan(Math.min(0, m));
    expect(s.domain.x[1]).toBeGreaterThan(Math.max(0, m));
    expect(s.domain.y[0]).toBeLessThan(Math.min(0, b));
    expect(s.domain.y[1]).toBeGreaterThan(Math.max(0, b));
  });

  it('validates its parameters', () => {
    expect(() => createLinregMse({ l2: -1 })).toThrow('linregMse: l2 must be >= 0, got -1');
    expect(() => createLinregMse({ l1: NaN })).toThrow('linregMse: l1 must be finite, got NaN');
    expect(() => createLinregMse({ xs: [1, 2, 3], ys: [1, 2] })).toThrow(
      'linregMse: xs and ys must have equal length, got 3 and 2',
    );
    expect(() => createLinregMse({ xs: [2, 2], ys: [1, 2] })).toThrow('linregMse: xs must not all be equal, got all 2');
    expect(() => createLinregMse({ xs: [1, 2], ys: [Infinity, 2] })).toThrow(
      'linregMse: ys[0] must be finite, got Infinity',
    );
  });
});
