import { describe, expect, it } from 'vitest';
import { sampleGrid } from '../../../src/core/surfaces/grid';
import { createSurface } from '../../../src/core/surfaces/registry';
import { RangeError_, ShapeError } from '../../../src/core/errors';

// f(x, y) = 10 y + x makes every value name its own cell.
const probe = { value: (x: number, y: number) => 10 * y + x };

describe('sampleGrid', () => {
  it('lays values out row-major: ny rows of nx columns, row 0 at y = lo', () => {
    const g = sampleGrid(probe, { x: [0, 2], y: [0, 3], nx: 3, ny: 4 });
    expect(g.nx).toBe(3);
    expect(g.ny).toBe(4);
    expect(g.values).toBeInstanceOf(Float64Array);
    // x ∈ {0, 1, 2}, y ∈ {0, 1, 2, 3}: values[j·nx + i] = 10 y_j + x_i
    expect(Array.from(g.values)).toEqual([0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32]);
    expect(g.min).toBe(0);
    expect(g.max).toBe(32);
    expect(g.x).toEqual([0, 2]);
    expect(g.y).toEqual([0, 3]);
  });

  it('hits both ends of each interval exactly', () => {
    const seen: number[][] = [];
    sampleGrid({ value: (x, y) => (seen.push([x, y]), 0) }, { x: [-0.3, 0.7], y: [0.1, 0.2], nx: 7, ny: 3 });
    expect(seen[0]).toEqual([-0.3, 0.1]);
    expect(seen[seen.length - 1]).toEqual([0.7, 0.2]);
  });

  it('samples a surface: the Rosenbrock minimum on a grid through it', () => {
    const s = createSurface('rosenbrock');
    const g = sampleGrid(s, { x: [-2, 2], y: [-1, 3], nx: 41, ny: 41 });
    expect(g.min).toBe(0); // (1, 1) is a grid node
    expect(g.values[20 * 41 + 30]).toBe(0);
    expect(g.max).toBe(s.value(-2, -1));
  });

  it('reuses a buffer passed in', () => {
    const out = new Float64Array(6);
    const g = sampleGrid(probe, { x: [0, 1], y: [0, 1], nx: 3, ny: 2 }, out);
    expect(g.values).toBe(out);
    expect(() => sampleGrid(probe, { x: [0, 1], y: [0, 1], nx: 3, ny: 3 }, out)).toThrow(ShapeError);
  });

  it('ignores non-finite values in min and max', () => {
    const g = sampleGrid({ value: (x) => (x === 0 ? Infinity : x) }, { x: [0, 1], y: [0, 1], nx: 2, ny: 2 });
    expect(g.min).toBe(1);
    expect(g.max).toBe(1);
    const none = sampleGrid({ value: () => NaN }, { x: [0, 1], y: [0, 1], nx: 2, ny: 2 });
    expect(none.min).toBeNaN();
    expect(none.max).toBeNaN();
  });

  it('validates sizes and intervals', () => {
    expect(() => sampleGrid(probe, { x: [0, 1], y: [0, 1], nx: 1, ny: 5 })).toThrow(RangeError_);
    expect(() => sampleGrid(probe, { x: [0, 1], y: [0, 1], nx: 2.5, ny: 5 })).toThrow(
      'sampleGrid: nx must be a whole number, got 2.5',
    );
    expect(() => sampleGrid(probe, { x: [1, 1], y: [0, 1], nx: 2, ny: 2 })).toThrow(
      'sampleGrid: x must have lo < hi, got [1, 1]',
    );
    expect(() => sampleGrid(probe, { x: [0, 1], y: [0, NaN], nx: 2, ny: 2 })).toThrow(
      'sampleGrid: y[1] must be finite, got NaN',
    );
  });
});
