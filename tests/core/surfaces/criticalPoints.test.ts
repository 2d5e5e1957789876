/**
 * The critical points each surface lists: ∇f = 0 there, the second-derivative test agrees
 * with the listed kind, the digits are what Newton's method converges to, and (for the
 * surfaces found by a grid search) no critical point in the window is missing.
 */
import { describe, expect, it } from 'vitest';
import type { Surface, Vec2 } from '../../../src/core/surfaces/surface';
import { classifyCriticalPoint, eigenvalues2x2 } from '../../../src/core/surfaces/classify';
import { createSurface } from '../../../src/core/surfaces/registry';
import { createQuadratic } from '../../../src/core/surfaces/quadratic';
import { CASES } from './cases';
import { newtonRefine, norm } from './numeric';

describe.each(CASES)('$label', ({ surface: s }) => {
  it('has zero gradient and a positive-definite Hessian at its minima', () => {
    for (const [x, y] of s.minima) {
      expect(norm(s.gradient(x, y))).toBeLessThan(1e-9);
      expect(eigenvalues2x2(s.hessianAt(x, y))[0]).toBeGreaterThan(0);
    }
  });

  it('lists every minimum among its critical points', () => {
    for (const m of s.minima) {
      expect(s.criticalPoints).toContainEqual({ point: m, kind: 'minimum' });
    }
  });

  it('has zero gradient at each critical point, of the kind listed', () => {
    for (const { point: [x, y], kind } of s.criticalPoints) {
      expect(norm(s.gradient(x, y))).toBeLessThan(1e-9);
      const verdict = classifyCriticalPoint(s.hessianAt(x, y));
      // The monkey saddle's Hessian vanishes: a saddle the second-derivative test cannot see.
      expect(verdict).toBe(s.name === 'monkeySaddle' ? 'degenerate' : kind);
    }
  });

  it('gives the global minima the lowest value of all its critical points', () => {
    if (s.minima.length === 0) return;
    const fMin = s.value(...s.minima[0]);
    for (const m of s.minima) expect(s.value(...m)).toBeCloseTo(fMin, 12);
    for (const c of s.criticalPoints) expect(s.value(...c.point)).toBeGreaterThanOrEqual(fMin - 1e-12);
  });

  it('has its minima and start inside the plotting window', () => {
    const inside = ([x, y]: Vec2): boolean =>
      x >= s.domain.x[0] && x <= s.domain.x[1] && y >= s.domain.y[0] && y <= s.domain.y[1];
    for (const m of s.minima) expect(inside(m)).toBe(true);
    expect(inside(s.start)).toBe(true);
  });
});

describe('critical points found by a numerical search', () => {
  /** Newton's method from every node of a 41×41 grid over the window; distinct limits with ∇f = 0. */
  function searchCriticalPoints(s: Surface): Vec2[] {
    const found: Vec2[] = [];
    const [x0, x1] = s.domain.x, [y0, y1] = s.domain.y;
    for (let i = 0; i <= 40; i++) {
      for (let j = 0; j <= 40; j++) {
        const p = newtonRefine(s, [x0 + ((x1 - x0) * i) / 40, y0 + ((y1 - y0) * j) / 40]);
        const inside = p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
        if (!inside || !(norm(s.gradient(...p)) < 1e-9)) continue;
        if (!found.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-6)) found.push(p);
      }
    }
    return found;
  }

  it.each(['himmelblau', 'sixHumpCamel', 'beale'] as const)('%s lists exactly the ones in its window', (name) => {
    const s = createSurface(name);
    const found = searchCriticalPoints(s);
    expect(found.length).toBe(s.criticalPoints.length);
    for (const p of found) {
      const listed = s.criticalPoints.some(({ point: q }) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-9);
      expect(listed, `critical point (${p[0]}, ${p[1]}) is not listed`).toBe(true);
    }
  });

  it.each(['himmelblau', 'sixHumpCamel', 'beale'] as const)('%s: listed digits are Newton fixed points', (name) => {
    const s = createSurface(name);
    for (const { point } of s.criticalPoints) {
      const refined = newtonRefine(s, point);
      expect(Math.abs(refined[0] - point[0])).toBeLessThan(1e-12);
      expect(Math.abs(refined[1] - point[1])).toBeLessThan(1e-12);
    }
  });
});

describe('known values', () => {
  it('six-hump camel: two global minima ≈ ±(0.0898, −0.7126) with f ≈ −1.0316', () => {
    const s = createSurface('sixHumpCamel');
    // Start Newton from the published (rounded) digits and compare what it converges to.
    const p = newtonRefine(s, [0.0898, -0.7126]);
    expect(s.minima).toContainEqual(p.map((v) => expect.closeTo(v, 12)));
    expect(s.minima).toContainEqual([expect.closeTo(-p[0], 12), expect.closeTo(-p[1], 12)]);
    expect(s.value(...p)).toBeCloseTo(-1.0316284534898774, 12);
    expect(s.criticalPoints.filter((c) => c.kind === 'minimum')).toHaveLength(6);
  });

  it("Himmelblau: four minima, all with f = 0, (3, 2) among them", () => {
    const s = createSurface('himmelblau');
    expect(s.minima).toHaveLength(4);
    expect(s.minima).toContainEqual([3, 2]);
    for (const m of s.minima) expect(s.value(...m)).toBeLessThan(1e-25);
    for (const m of s.minima) expect(classifyCriticalPoint(s.hessianAt(...m))).toBe('minimum');
  });

  it('x² − y²: a saddle at the origin and no minimum', () => {
    const s = createSurface('saddle');
    expect(s.minima).toEqual([]);
    expect(norm(s.gradient(0, 0))).toBe(0);
    expect(classifyCriticalPoint(s.hessianAt(0, 0))).toBe('saddle');
  });

  it('monkey saddle: gradient and Hessian vanish at the origin, so the test is degenerate', () => {
    const s = createSurface('monkeySaddle');
    expect(norm(s.gradient(0, 0))).toBe(0);
    expect(Array.from(s.hessianAt(0, 0)).every((v) => v === 0)).toBe(true);
    expect(classifyCriticalPoint(s.hessianAt(0, 0))).toBe('degenerate');
  });

  it('Rosenbrock: f = 0 at (a, a²)', () => {
    const s = createSurface('rosenbrock', { a: 2, b: 5 });
    expect(s.minima).toEqual([[2, 4]]);
    expect(s.value(2, 4)).toBe(0);
  });

  it('Beale: f = 0 at (3, ½)', () => {
    expect(createSurface('beale').value(3, 0.5)).toBe(0);
  });

  it('quadratic: the minimum is the center, with f = 0', () => {
    const s = createQuadratic({ center: [0.3, -1.7], rotationDeg: 123, conditionNumber: 7 });
    expect(s.minima).toEqual([[0.3, -1.7]]);
    expect(s.value(0.3, -1.7)).toBe(0);
    expect(classifyCriticalPoint(s.hessianAt(0.3, -1.7))).toBe('minimum');
  });
});
