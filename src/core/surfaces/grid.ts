/**
 * Samples a surface on a regular grid for contour plots and heatmaps. The result is a flat
 * row-major Float64Array plus its size, which a worker can transfer without copying and
 * d3-contour consumes as is.
 */
import type { Vec2 } from './surface';
import { RangeError_, ShapeError, requireInteger } from '../errors';
import { requirePoint } from './params';

export interface GridSpec {
  /** x ∈ [lo, hi], sampled at nx evenly spaced points, both ends included. */
  readonly x: Vec2;
  /** y ∈ [lo, hi], sampled at ny evenly spaced points, both ends included. */
  readonly y: Vec2;
  readonly nx: number;
  readonly ny: number;
}

export interface Grid {
  /** values[j * nx + i] = f(x_i, y_j): ny rows of nx columns, row 0 at y = lo. */
  readonly values: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly x: Vec2;
  readonly y: Vec2;
  /** Smallest and largest finite value sampled (NaN if none is finite). */
  readonly min: number;
  readonly max: number;
}

/** The largest side accepted (4096² doubles is 128 MiB). */
export const MAX_GRID_SIDE = 4096;

function requireInterval(op: string, name: string, v: Vec2): Vec2 {
  const [lo, hi] = requirePoint(op, name, v);
  if (!(lo < hi)) throw new RangeError_(op, `${name} must have lo < hi, got [${lo}, ${hi}]`);
  return [lo, hi];
}

/**
 * Evaluates f at x_i = x.lo + i (x.hi − x.lo)/(nx − 1), y_j likewise. Pass `out` (length
 * nx·ny) to reuse a buffer across redraws.
 */
export function sampleGrid(
  surface: { value(x: number, y: number): number },
  spec: GridSpec,
  out?: Float64Array,
): Grid {
  const op = 'sampleGrid';
  const nx = requireInteger(op, 'nx', spec.nx, 2, MAX_GRID_SIDE);
  const ny = requireInteger(op, 'ny', spec.ny, 2, MAX_GRID_SIDE);
  const [x0, x1] = requireInterval(op, 'x', spec.x);
  const [y0, y1] = requireInterval(op, 'y', spec.y);
  const values = out ?? new Float64Array(nx * ny);
  if (values.length !== nx * ny) {
    throw new ShapeError(op, `out must have length nx*ny = ${nx * ny}, got ${values.length}`);
  }
  const dx = (x1 - x0) / (nx - 1), dy = (y1 - y0) / (ny - 1);
  let min = Infinity, max = -Infinity;
  for (let j = 0; j < ny; j++) {
    // the last row and column land exactly on hi, not on hi ± rounding
    const y = j === ny - 1 ? y1 : y0 + j * dy;
    for (let i = 0; i < nx; i++) {
      const v = surface.value(i === nx - 1 ? x1 : x0 + i * dx, y);
      values[j * nx + i] = v;
      if (Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  if (min > max) min = max = NaN; // nothing finite
  return { values, nx, ny, x: [x0, x1], y: [y0, y1], min, max };
}
