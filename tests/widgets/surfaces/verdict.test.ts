/** The probe's verdict: hand-made Hessians, every surface's listed critical points, the words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCriticalPoint, createSurface, defineSurface, SURFACE_NAMES, type SurfaceName } from '../../../src/core';
import { roundSignificant } from '../../../src/widgets/state/numbers';
import { scalesOf } from '../../../src/widgets/surfaces/describe';
import { directionWords, judge, readProbe, shapeOf, verdictText } from '../../../src/widgets/surfaces/verdict';

const unit = { span: 4, valueRange: 10 };
const zero: [number, number] = [0, 0];

describe('judge, at ∇f = 0', () => {
  it('both eigenvalues positive: a minimum', () => {
    const j = judge(zero, [2, 0, 0, 3], unit);
    expect(j).toMatchObject({ critical: true, kind: 'minimum', shape: 'bowl', eigen: [2, 3], gradNorm: 0 });
  });

  it('both negative: a maximum', () => {
    expect(judge(zero, [-1, 0, 0, -2], unit)).toMatchObject({ critical: true, kind: 'maximum', shape: 'dome' });
  });

  it('opposite signs: a saddle, also when the axes are turned', () => {
    expect(judge(zero, [2, 0, 0, -2], unit).kind).toBe('saddle');
    // [[0, 1], [1, 0]] has eigenvalues ±1
    expect(judge(zero, [0, 1, 1, 0], unit)).toMatchObject({ kind: 'saddle', eigen: [-1, 1] });
  });

  it('a zero eigenvalue: degenerate (the monkey saddle’s Hessian vanishes entirely)', () => {
    expect(judge(zero, [0, 0, 0, 0], unit)).toMatchObject({ critical: true, kind: 'degenerate', shape: 'flat', newtonStep: null });
    expect(judge(zero, [1, 0, 0, 0], unit).kind).toBe('degenerate');
    // [[1, 1], [1, 1]]: eigenvalues 0 and 2
    expect(judge(zero, [1, 1, 1, 1], unit).kind).toBe('degenerate');
  });

  it('agrees with the core’s classifyCriticalPoint on any non-degenerate symmetric Hessian', () => {
    const entry = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(entry, entry, entry, (a, b, d) => {
        const h = [a, b, b, d];
        const core = classifyCriticalPoint(h);
        fc.pre(core !== 'degenerate' && Math.abs(a * d - b * b) > 1e-6);
        expect(judge(zero, h, unit).kind).toBe(core);
      }),
    );
  });
});

describe('judge, away from ∇f = 0', () => {
  it('the Newton step by hand: H = [[2, 1], [1, 2]], ∇f = (3, 3) gives H⁻¹∇f = (1, 1), length √2', () => {
    const j = judge([3, 3], [2, 1, 1, 2], unit);
    expect(j.newtonStep).toBeCloseTo(Math.SQRT2, 14);
    expect(j).toMatchObject({ critical: false, kind: null, shape: 'bowl' });
  });

  it('a tiny gradient on a bowl is a critical point when the Newton step is under 10⁻⁴ of the window', () => {
    // H = 2I, ∇f = (10⁻⁷, 0): step 5·10⁻⁸, far under 10⁻⁴ × 4
    expect(judge([1e-7, 0], [2, 0, 0, 2], unit)).toMatchObject({ critical: true, kind: 'minimum' });
    // ∇f = (0.01, 0): step 0.005 > 4·10⁻⁴: not critical
    expect(judge([0.01, 0], [2, 0, 0, 2], unit)).toMatchObject({ critical: false, kind: null });
  });

  it('where H is singular, only a negligible gradient counts', () => {
    expect(judge([1e-12, 0], [0, 0, 0, 0], unit).critical).toBe(true);
    expect(judge([1e-3, 0], [0, 0, 0, 0], unit)).toMatchObject({ critical: false, shape: 'flat' });
  });

  it('shapeOf reads the signs with a tolerance for zero', () => {
    expect(shapeOf(1, 2, 0)).toBe('bowl');
    expect(shapeOf(-2, -1, 0)).toBe('dome');
    expect(shapeOf(-1, 2, 0)).toBe('saddle');
    expect(shapeOf(1e-12, 2, 1e-9)).toBe('flat');
  });
});

describe('every surface’s listed critical points', () => {
  // The monkey saddle is a saddle by shape, but its Hessian vanishes at the origin: the
  // second-derivative test cannot tell (the core says so too).
  const expected = (name: SurfaceName, kind: string) => (name === 'monkeySaddle' ? 'degenerate' : kind);
  for (const name of SURFACE_NAMES as readonly SurfaceName[]) {
    it(`${name}: the verdict matches the listed kind, also after a link’s 6-digit rounding`, () => {
      const surface = createSurface(name);
      const scales = scalesOf(surface);
      for (const { point, kind } of surface.criticalPoints) {
        for (const [x, y] of [point, [roundSignificant(point[0]), roundSignificant(point[1])]]) {
          const r = readProbe(surface, x, y, scales);
          expect(r, `${name} at (${x}, ${y})`).not.toBeNull();
          expect(r?.critical, `${name} at (${x}, ${y})`).toBe(true);
          expect(r?.kind, `${name} at (${x}, ${y})`).toBe(expected(name, kind));
        }
      }
    });
  }

  it('the start points are not critical points', () => {
    for (const name of SURFACE_NAMES as readonly SurfaceName[]) {
      const s = createSurface(name);
      expect(readProbe(s, s.start[0], s.start[1], scalesOf(s))?.critical, name).toBe(false);
    }
  });

  it('the quadratic’s eigenvalues are 1 and κ everywhere, so λ₂/λ₁ is the condition number', () => {
    const bowl = createSurface('quadratic', { conditionNumber: 37, rotationDeg: 20 });
    const r = readProbe(bowl, 1.3, -0.4, scalesOf(bowl));
    expect(r?.eigen[0]).toBeCloseTo(1, 12);
    expect(r?.eigen[1]).toBeCloseTo(37, 12);
  });
});

describe('non-finite values', () => {
  it('readProbe gives null where f or a derivative is not finite', () => {
    const broken = defineSurface({
      name: 'saddle',
      title: 'broken',
      formula: 'f',
      value: (x) => (x > 0 ? Infinity : 0),
      gradient: (_x, _y, out) => out.fill(0),
      hessian: (_x, _y, out) => out.fill(NaN),
      minima: [],
      criticalPoints: [],
      domain: { x: [-1, 1], y: [-1, 1] },
      start: [0, 0],
    });
    expect(readProbe(broken, 0.5, 0, unit)).toBeNull();
    expect(readProbe(broken, -0.5, 0, unit)).toBeNull(); // the Hessian is NaN
  });
});

describe('words', () => {
  it('eight directions on the map, y up', () => {
    expect(directionWords(1, 0)).toBe('right');
    expect(directionWords(1, 1)).toBe('up and to the right');
    expect(directionWords(0, 2)).toBe('up');
    expect(directionWords(-1, 1)).toBe('up and to the left');
    expect(directionWords(-3, 0)).toBe('left');
    expect(directionWords(-1, -1)).toBe('down and to the left');
    expect(directionWords(0, -1)).toBe('down');
    expect(directionWords(1, -1)).toBe('down and to the right');
  });

  it('a saddle says saddle, a degenerate point says the test cannot decide', () => {
    const saddle = verdictText({ ...judge(zero, [2, 0, 0, -2], unit), gradient: zero });
    expect(saddle.headline).toBe('Critical point: a saddle');
    expect(saddle.detail).toMatch(/exactly zero/);
    const flat = verdictText({ ...judge(zero, [0, 0, 0, 0], unit), gradient: zero });
    expect(flat.headline).toMatch(/degenerate/);
    expect(flat.detail).toMatch(/cannot decide/);
  });

  it('elsewhere: where the gradient points and the shape of the curvature, no min/max/saddle claim', () => {
    const t = verdictText({ ...judge([1, 0], [1, 0, 0, -3], unit), gradient: [1, 0] });
    expect(t.headline).toBe('Not a critical point');
    expect(t.detail).toMatch(/points uphill, right on the map, so downhill is left on the map/);
    expect(t.detail).toMatch(/saddle-shaped \(eigenvalues of opposite sign/);
    expect(t.detail).toMatch(/centre [\d.]+ away/);
    expect(t.detail).not.toMatch(/Newton/);
    const near = verdictText({ ...judge([1e-7, 0], [2, 0, 0, 2], unit), gradient: [1e-7, 0] });
    expect(near.detail).toMatch(/critical point is 5 × 10⁻⁸ away/);
    // Readers meet this before the book defines Newton's method: the words must not need it.
    expect(near.detail).not.toMatch(/Newton/);
  });
});
