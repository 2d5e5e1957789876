/**
 * linregGrid: the mean squared error of the line y ≈ m x + b over a grid of slopes m and
 * intercepts b, for the contour plot of the linear-regression chapter, with the least-squares
 * line marked on it.
 */
import { createSurface, leastSquaresLine } from '../../core';
import type { Vec2 } from '../../core';
import { sampleGridSliced } from './slicedGrid';
import type { TaskContext, TaskGenerator } from './task';
import { requireFiniteArray, requireGridSide, requireInterval, requireRecord } from './validate';

export interface LinregGridInput {
  /** The data (at least 2 points, all finite, not all the same x). */
  readonly xs: readonly number[] | Float64Array;
  readonly ys: readonly number[] | Float64Array;
  /** Slope range [lo, hi]: the grid's columns. */
  readonly m: Vec2;
  /** Intercept range [lo, hi]: the grid's rows. */
  readonly b: Vec2;
  /** Samples along m and along b, each in [2, 4096]. */
  readonly nx: number;
  readonly ny: number;
}

export interface LinregGridOutput {
  /** values[j * nx + i] = MSE(m_i, b_j): ny rows (b) of nx columns (m), row 0 at b.lo. */
  readonly values: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly m: Vec2;
  readonly b: Vec2;
  /** Smallest and largest value on the grid. */
  readonly min: number;
  readonly max: number;
  /** The least-squares line and its MSE (the surface's minimum, possibly off the grid). */
  readonly leastSquares: { readonly m: number; readonly b: number; readonly mse: number };
}

export function* linregGrid(input: LinregGridInput, _ctx: TaskContext<never>): TaskGenerator<LinregGridOutput> {
  const op = 'linregGrid';
  const o = requireRecord(op, 'input', input);
  const xs = requireFiniteArray(op, 'xs', o.xs, 2);
  const ys = requireFiniteArray(op, 'ys', o.ys, 2);
  const m = requireInterval(op, 'm', o.m);
  const b = requireInterval(op, 'b', o.b);
  const nx = requireGridSide(op, 'nx', o.nx);
  const ny = requireGridSide(op, 'ny', o.ny);
  const surface = createSurface('linregMse', { xs, ys });
  const line = leastSquaresLine(xs, ys);
  const grid = yield* sampleGridSliced(surface, { x: m, y: b, nx, ny });
  return {
    values: grid.values,
    nx,
    ny,
    m,
    b,
    min: grid.min,
    max: grid.max,
    leastSquares: { m: line.m, b: line.b, mse: surface.value(line.m, line.b) },
  };
}
