/**
 * Data arrays → SVG pixel coordinates. Values a scale cannot place (NaN, ±Infinity, ≤ 0 on a
 * log axis) become gaps, and far-off values are pinned to a band around the plot: a diverged
 * run reaching 1e300 would otherwise make a path browsers refuse to draw.
 */
import type { PlotScale } from './plotContext';

const FAR = 1e5; // pixels; well outside any plot, well inside what renderers handle

export function toPixel(scale: PlotScale, v: number): number {
  const p = scale(v);
  return Number.isFinite(p) ? Math.min(FAR, Math.max(-FAR, p)) : NaN;
}

/** Pixel pairs for x[i], y[i]; NaN marks a point that cannot be drawn. */
export function toPixels(x: PlotScale, y: PlotScale, xs: ArrayLike<number>, ys: ArrayLike<number>): [number, number][] {
  const n = Math.min(xs.length, ys.length);
  const out: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [toPixel(x, xs[i]), toPixel(y, ys[i])];
  return out;
}

export const drawable = (p: readonly [number, number]): boolean => !Number.isNaN(p[0]) && !Number.isNaN(p[1]);
