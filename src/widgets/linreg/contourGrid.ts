/**
 * The worker's MSE grid as the kit's GridLike, one object per grid: ContourPlot's contours are
 * keyed by the grid object, so a fresh `{ values, nx, … }` on every render (every move of a
 * dragged point) would trace all of them again.
 */
import type { GridLike } from '../kit';
import type { LinregGridOutput } from '../../worker/tasks/linregGrid';

const asGrid = new WeakMap<LinregGridOutput, GridLike>();

export function contourGridOf(grid: LinregGridOutput): GridLike {
  let g = asGrid.get(grid);
  if (!g) {
    g = { values: grid.values, nx: grid.nx, ny: grid.ny, x: grid.m, y: grid.b };
    asGrid.set(grid, g);
  }
  return g;
}
