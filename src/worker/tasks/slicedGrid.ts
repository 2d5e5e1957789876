/**
 * sampleGrid in bands of rows, with a checkpoint after each band, so a 4096 × 4096 grid
 * (about half a second) can be cancelled and does not block a main-thread fallback.
 *
 * Each band is one call of the core's sampleGrid over the same x range and nx, so the columns
 * are computed exactly as in a single call. The rows: sampleGrid is given y ∈ [0, k − 1] with
 * k rows, which it samples at exactly 0, 1, …, k − 1 (spacing (k − 1)/(k − 1) = 1), and the
 * surface handed to it maps that row offset to the real y with sampleGrid's own rule
 * (y_j = y.lo + j·dy, the last row exactly y.hi). The result is bit for bit the single call's
 * (tested). Expects a spec already validated (sides in [2, MAX_GRID_SIDE], lo < hi).
 */
import { sampleGrid } from '../../core';
import type { Grid, GridSpec } from '../../core';
import type { TaskGenerator } from './task';

/** About this many surface evaluations between checkpoints (well under a millisecond). */
const BAND_CELLS = 4096;

export function* sampleGridSliced(
  surface: { value(x: number, y: number): number },
  spec: GridSpec,
): TaskGenerator<Grid> {
  const { nx, ny } = spec;
  const [y0, y1] = spec.y;
  const dy = (y1 - y0) / (ny - 1);
  const values = new Float64Array(nx * ny);
  const rows = Math.max(2, Math.ceil(BAND_CELLS / nx));
  let min = Infinity, max = -Infinity;
  for (let j0 = 0; j0 < ny; j0 += rows) {
    // a band needs two rows: a lone last row is sampled with the row before it (again)
    const first = Math.min(j0, ny - 2);
    const k = Math.min(rows, ny - first);
    const band = {
      value: (x: number, t: number): number => {
        const j = first + t;
        return surface.value(x, j === ny - 1 ? y1 : y0 + j * dy);
      },
    };
    const g = sampleGrid(band, { x: spec.x, y: [0, k - 1], nx, ny: k }, values.subarray(first * nx, (first + k) * nx));
    if (g.min < min) min = g.min; // NaN (nothing finite in the band) compares false
    if (g.max > max) max = g.max;
    yield;
  }
  if (min > max) min = max = NaN;
  return { values, nx, ny, x: [spec.x[0], spec.x[1]], y: [y0, y1], min, max };
}
