/**
 * The small, main-thread arithmetic the linear-regression widgets share: the line's MSE and
 * residuals on a handful of points (microseconds, so no worker round trip), via the core's
 * linregMse surface so the numbers match the chapter's and the worker's exactly.
 */
import { createSurface, LINREG7_XS, LINREG7_YS, leastSquaresLine } from '../../core';
import type { Vec2 } from '../state';

/** The chapter's seven points, as the widgets' default data. */
export const SEVEN_POINTS: readonly Vec2[] = LINREG7_XS.map((x, i): Vec2 => [x, LINREG7_YS[i]]);

/** Where the data plots are drawn: all seven points with room to drag. */
export const DATA_X: Vec2 = [0, 6];
export const DATA_Y: Vec2 = [0, 4];

export function split(points: readonly Vec2[]): { xs: number[]; ys: number[] } {
  return { xs: points.map((p) => p[0]), ys: points.map((p) => p[1]) };
}

/** Mean squared error (1/n) Σ (m xᵢ + b − yᵢ)² of the line on the points. */
export function mse(points: readonly Vec2[], m: number, b: number): number {
  const { xs, ys } = split(points);
  return createSurface('linregMse', { xs, ys }).value(m, b);
}

/** The least-squares line, or null when it is not unique (fewer than 2 distinct x). */
export function bestLine(points: readonly Vec2[]): { m: number; b: number } | null {
  const { xs, ys } = split(points);
  if (xs.length < 2 || xs.every((x) => x === xs[0])) return null;
  return leastSquaresLine(xs, ys);
}

/** "y = 0.34x + 0.81", with a proper minus sign. */
export function lineText(m: number, b: number, digits = 2): string {
  const f = (v: number) => v.toFixed(digits).replace('-', '−');
  return `y = ${f(m)}x ${b < 0 ? '−' : '+'} ${Math.abs(b).toFixed(digits)}`;
}
