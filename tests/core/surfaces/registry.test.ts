import { describe, expect, it } from 'vitest';
import { SURFACE_NAMES, createSurface, surfaces } from '../../../src/core/surfaces/registry';
import { createRosenbrock } from '../../../src/core/surfaces/rosenbrock';
import { ShapeError, UnknownNameError } from '../../../src/core/errors';

describe('surface registry', () => {
  it('lists the eight surfaces', () => {
    expect([...SURFACE_NAMES].sort()).toEqual(
      ['beale', 'himmelblau', 'linregMse', 'monkeySaddle', 'quadratic', 'rosenbrock', 'saddle', 'sixHumpCamel'].sort(),
    );
  });

  it.each(SURFACE_NAMES)('creates %s with its defaults, named and described', (name) => {
    const s = createSurface(name);
    expect(s.name).toBe(name);
    expect(s.dim).toBe(2);
    expect(s.title.length).toBeGreaterThan(0);
    expect(s.formula).toMatch(/^f\(/);
    expect(s.domain.x[0]).toBeLessThan(s.domain.x[1]);
    expect(s.domain.y[0]).toBeLessThan(s.domain.y[1]);
    expect(Number.isFinite(s.value(...s.start))).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(surfaces[name]).toBeTypeOf('function');
  });

  it('passes parameters through', () => {
    const s = createSurface('rosenbrock', { a: 2 });
    expect(s.minima).toEqual([[2, 4]]);
    expect(s.formula).toBe(String.raw`f(x, y) = (2 - x)^2 + 100\,(y - x^2)^2`);
    expect(createSurface('quadratic', { conditionNumber: 3 }).hessianAt(0, 0)[3]).toBe(3);
  });

  it('rejects an unknown name, listing the known ones', () => {
    expect(() => createSurface('banana')).toThrow(UnknownNameError);
    expect(() => createSurface('banana')).toThrow(
      'createSurface: unknown name "banana" (known: quadratic, rosenbrock, beale, himmelblau, saddle, monkeySaddle, sixHumpCamel, linregMse)',
    );
    expect(() => createSurface('toString')).toThrow(UnknownNameError);
  });

  it('names the surface and the bad value in parameter errors', () => {
    expect(() => createRosenbrock({ a: NaN })).toThrow('rosenbrock: a must be finite, got NaN');
    expect(() => createRosenbrock({ b: -1 })).toThrow('rosenbrock: b must be > 0, got -1');
  });

  it('checks vector lengths in the Objective methods', () => {
    const s = createSurface('himmelblau');
    expect(() => s.valueAndGrad(new Float64Array(3), new Float64Array(2))).toThrow(ShapeError);
    expect(() => s.valueAndGrad(new Float64Array(2), new Float64Array(1))).toThrow(
      'himmelblau.valueAndGrad: grad must have length 2, got 1',
    );
    expect(() => s.hessian?.(new Float64Array(2), new Float64Array(2))).toThrow(
      'himmelblau.hessian: out must have length 4, got 2',
    );
  });

  it('writes into the out arrays it is given', () => {
    const s = createSurface('beale');
    const g = new Float64Array(2), h = new Float64Array(4);
    expect(s.gradient(1, 1, g)).toBe(g);
    expect(s.hessianAt(1, 1, h)).toBe(h);
  });

  it('reads w before writing grad, so they may alias', () => {
    const s = createSurface('rosenbrock');
    const w = Float64Array.of(-1.2, 1);
    const f = s.valueAndGrad(w, w);
    expect(f).toBe(s.value(-1.2, 1));
    expect(Array.from(w)).toEqual(Array.from(s.gradient(-1.2, 1)));
  });

  it('names a parameter the surface does not take, instead of ignoring it', () => {
    expect(() => createSurface('quadratic', { conditionNumber: 10, rotation: 30 } as never)).toThrow(
      'createSurface: unknown parameter "rotation" for quadratic (known: conditionNumber, rotationDeg, center, scale)',
    );
    expect(() => createSurface('saddle', { a: 1 } as never)).toThrow('createSurface: unknown parameter "a" for saddle (it takes none)');
    expect(createSurface('quadratic', { conditionNumber: 10, rotationDeg: 30 }).name).toBe('quadratic');
  });
});
