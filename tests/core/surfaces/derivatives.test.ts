/**
 * Analytic derivatives against finite differences, at random points of each surface's
 * plotting window: gradient against differences of f, Hessian against differences of the
 * analytic gradient.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Surface } from '../../../src/core/surfaces/surface';
import { defineSurface } from '../../../src/core/surfaces/surface';
import { createRosenbrock } from '../../../src/core/surfaces/rosenbrock';
import { CASES } from './cases';
import { fdGradient, fdHessian, relErr } from './numeric';

const GRAD_TOL = 1e-7;
const HESS_TOL = 1e-6;

/** A point of the surface's window (widened by 10%), away from |x| huge by construction. */
function pointIn(s: Surface): fc.Arbitrary<[number, number]> {
  const widen = ([lo, hi]: [number, number]): { min: number; max: number } => {
    const pad = 0.1 * (hi - lo);
    return { min: lo - pad, max: hi + pad };
  };
  return fc.tuple(
    fc.double({ ...widen(s.domain.x), noNaN: true }),
    fc.double({ ...widen(s.domain.y), noNaN: true }),
  );
}

function worstGradientError(s: Surface, x: number, y: number): number {
  const a = s.gradient(x, y), n = fdGradient(s, x, y);
  const floor = 1e-4 * (1 + Math.abs(s.value(x, y)));
  return Math.max(relErr(a[0], n[0], floor), relErr(a[1], n[1], floor));
}

function worstHessianError(s: Surface, x: number, y: number): number {
  const a = s.hessianAt(x, y), n = fdHessian(s, x, y);
  const g = s.gradient(x, y);
  const floor = 1e-5 * (1 + Math.max(Math.abs(g[0]), Math.abs(g[1])));
  return Math.max(...n.map((v, i) => relErr(a[i], v, floor)));
}

describe.each(CASES)('$label', ({ surface: s, smoothAt = () => true }) => {
  it('gradient matches central differences of f', () => {
    fc.assert(
      fc.property(pointIn(s), ([x, y]) => {
        fc.pre(smoothAt(x, y));
        expect(worstGradientError(s, x, y)).toBeLessThan(GRAD_TOL);
      }),
      { numRuns: 300 },
    );
  });

  it('Hessian matches central differences of the gradient, and is symmetric', () => {
    fc.assert(
      fc.property(pointIn(s), ([x, y]) => {
        fc.pre(smoothAt(x, y));
        expect(worstHessianError(s, x, y)).toBeLessThan(HESS_TOL);
        const h = s.hessianAt(x, y);
        expect(h[1]).toBe(h[2]);
      }),
      { numRuns: 200 },
    );
  });

  it('the Objective methods agree with value, gradient and hessianAt', () => {
    fc.assert(
      fc.property(pointIn(s), ([x, y]) => {
        const w = Float64Array.of(x, y), g = new Float64Array(2), h = new Float64Array(4);
        expect(s.valueAndGrad(w, g)).toBe(s.value(x, y));
        expect(Array.from(g)).toEqual(Array.from(s.gradient(x, y)));
        s.hessian?.(w, h);
        expect(Array.from(h)).toEqual(Array.from(s.hessianAt(x, y)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the derivative checks can fail', () => {
  const r = createRosenbrock();
  // Rosenbrock with one coefficient off by one part in a million.
  const wrong = defineSurface({
    ...r,
    gradient: (x, y, out) => {
      r.gradient(x, y, out);
      out[1] *= 1 + 1e-6;
    },
    hessian: (x, y, out) => {
      r.hessianAt(x, y, out);
      out[0] += 1e-4 * Math.abs(out[0]);
    },
  });

  it('flags a gradient that is off by 1e-6 relative', () => {
    expect(worstGradientError(wrong, -1.2, 1)).toBeGreaterThan(GRAD_TOL);
  });

  it('flags a Hessian entry that is off by 1e-4 relative', () => {
    expect(worstHessianError(wrong, -1.2, 1)).toBeGreaterThan(HESS_TOL);
  });
});
