/**
 * A sampled surface as the worker sends it (the core's `sampleGrid` result has this shape):
 * values[j * nx + i] = f(x_i, y_j), row 0 at y = lo, x_i = x.lo + i·(x.hi − x.lo)/(nx − 1).
 */
import type { Interval } from '../../state/schema';

export interface GridLike {
  readonly values: ArrayLike<number>;
  readonly nx: number;
  readonly ny: number;
  /** x of the first and last column. */
  readonly x: Interval;
  /** y of the first and last row. */
  readonly y: Interval;
}

/** Smallest and largest finite value, or null if none is finite. */
export function finiteExtent(values: ArrayLike<number>): [min: number, max: number] | null {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? [min, max] : null;
}

/** Throws if the grid's arrays disagree with its size (a worker bug, better loud than garbled). */
export function checkGrid(grid: GridLike): void {
  const { nx, ny, values } = grid;
  if (!(Number.isInteger(nx) && Number.isInteger(ny) && nx >= 2 && ny >= 2)) {
    throw new Error(`grid: nx and ny must be whole numbers ≥ 2, got ${nx} × ${ny}`);
  }
  if (values.length !== nx * ny) throw new Error(`grid: values has length ${values.length}, expected nx·ny = ${nx * ny}`);
}
