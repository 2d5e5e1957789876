import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createQuadratic, QUADRATIC_DEFAULTS } from '../../../src/core/surfaces/quadratic';
import { eigenvalues2x2 } from '../../../src/core/surfaces/classify';
import { NonFiniteError, RangeError_, ShapeError } from '../../../src/core/errors';

const kappa = fc.double({ min: 1, max: 1e4, noNaN: true });
const degrees = fc.double({ min: -720, max: 720, noNaN: true });
const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe('quadratic bowl', () => {
  it('has Hessian eigenvalues (scale, κ·scale) for any rotation (property)', () => {
    fc.assert(
      fc.property(kappa, degrees, scale, (k, deg, s) => {
        const q = createQuadratic({ conditionNumber: k, rotationDeg: deg, scale: s });
        const [lo, hi] = eigenvalues2x2(q.hessianAt(0.4, -1.1));
        expect(lo / s).toBeCloseTo(1, 9);
        expect(hi / (k * s)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('defaults to κ = 10, axis-aligned: f = ½(x² + 10y²)', () => {
    const q = createQuadratic();
    expect(QUADRATIC_DEFAULTS.conditionNumber).toBe(10);
    expect(q.value(2, 3)).toBe(0.5 * (4 + 10 * 9));
    expect(Array.from(q.hessianAt(0, 0), (v) => v + 0)).toEqual([1, 0, 0, 10]); // + 0 turns −0 into 0
  });

  it('rotates its axes counterclockwise: the steep axis of a 90° bowl is x', () => {
    const q = createQuadratic({ conditionNumber: 4, rotationDeg: 90 });
    // f = ½(4x² + y²) up to rounding of cos 90°
    expect(q.value(1, 0)).toBeCloseTo(2, 14);
    expect(q.value(0, 1)).toBeCloseTo(0.5, 14);
  });

  it('equals ½ (λ₁ u² + λ₂ v²) in the rotated coordinates (u, v) of p − c (property)', () => {
    const coord = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(kappa, degrees, coord, coord, (k, deg, x, y) => {
        const c: [number, number] = [0.5, -1];
        const q = createQuadratic({ conditionNumber: k, rotationDeg: deg, center: c });
        const t = (deg * Math.PI) / 180;
        const dx = x - c[0], dy = y - c[1];
        const u = Math.cos(t) * dx + Math.sin(t) * dy; // component along the first axis
        const v = -Math.sin(t) * dx + Math.cos(t) * dy;
        const expected = 0.5 * (u * u + k * v * v);
        expect(Math.abs(q.value(x, y) - expected)).toBeLessThanOrEqual(1e-12 * (1 + expected));
      }),
    );
  });

  it('validates its parameters with messages naming the value', () => {
    expect(() => createQuadratic({ conditionNumber: 0.5 })).toThrow(RangeError_);
    expect(() => createQuadratic({ conditionNumber: 0.5 })).toThrow(
      'quadratic: conditionNumber must be in [1, 1000000000000], got 0.5',
    );
    expect(() => createQuadratic({ rotationDeg: Infinity })).toThrow('quadratic: rotationDeg must be finite, got Infinity');
    expect(() => createQuadratic({ scale: 0 })).toThrow('quadratic: scale must be > 0, got 0');
    expect(() => createQuadratic({ center: [0, NaN] })).toThrow(NonFiniteError);
    expect(() => createQuadratic({ center: [0, NaN] })).toThrow('quadratic: center[1] must be finite, got NaN');
    expect(() => createQuadratic({ center: [1, 2, 3] as unknown as [number, number] })).toThrow(ShapeError);
  });
});
