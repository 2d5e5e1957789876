/** surfaceGrid: one of the core's named surfaces sampled on a grid, for contour plots and heatmaps. */
import type { Grid, Vec2 } from '../../core';
import type { SurfaceChoice } from './choices';
import { surfaceFrom } from './choices';
import { sampleGridSliced } from './slicedGrid';
import type { TaskContext, TaskGenerator } from './task';
import { requireGridSide, requireInterval, requireRecord } from './validate';

export interface SurfaceGridInput {
  readonly surface: SurfaceChoice;
  /** x ∈ [lo, hi] and y ∈ [lo, hi]; a surface's own window is `createSurface(…).domain`. */
  readonly x: Vec2;
  readonly y: Vec2;
  /** Samples along x and y, each in [2, 4096]. */
  readonly nx: number;
  readonly ny: number;
}

/** The core's Grid: values[j * nx + i] = f(x_i, y_j), row 0 at y.lo, plus min and max. */
export type SurfaceGridOutput = Grid;

export function* surfaceGrid(input: SurfaceGridInput, _ctx: TaskContext<never>): TaskGenerator<SurfaceGridOutput> {
  const op = 'surfaceGrid';
  const o = requireRecord(op, 'input', input);
  const x = requireInterval(op, 'x', o.x);
  const y = requireInterval(op, 'y', o.y);
  const nx = requireGridSide(op, 'nx', o.nx);
  const ny = requireGridSide(op, 'ny', o.ny);
  const surface = surfaceFrom(op, o.surface);
  return yield* sampleGridSliced(surface, { x, y, nx, ny });
}
