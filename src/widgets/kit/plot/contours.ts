/**
 * Contour levels and paths, pure (d3 computes; ContourPlot renders).
 *
 * d3-contour treats sample i as the centre of a unit pixel, so contour coordinates run over
 * [0, nx] × [0, ny] with sample i at i + 0.5. `contourPaths` maps that back to data coordinates
 * (x = x.lo + (c − 0.5)·dx) and then through the plot's scales, and written as SVG path data
 * (d3-geo's geoPath did this before; its bundle cost every widget page 6 kB it never used).
 */
import { contours } from 'd3';
import type { PlotScale } from './plotContext';
import { type GridLike, checkGrid, finiteExtent } from './grid';
import { toPixel } from './pixels';

export type LevelSpacing = 'linear' | 'log';

/** `count` levels from lo to hi inclusive, evenly spaced. */
export function linearLevels(lo: number, hi: number, count: number): number[] {
  if (count <= 1) return [lo];
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? hi : lo + ((hi - lo) * k) / (count - 1)));
}

/** `count` levels from lo to hi inclusive, each a constant ratio (hi/lo)^(1/(count−1)) above the last. */
export function logLevels(lo: number, hi: number, count: number): number[] {
  if (!(lo > 0 && hi > lo)) throw new Error(`logLevels: need 0 < lo < hi, got lo = ${lo}, hi = ${hi}`);
  if (count <= 1) return [lo];
  const ratio = Math.log(hi / lo) / (count - 1);
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? hi : lo * Math.exp(ratio * k)));
}

/**
 * `count` levels strictly between min and max (a level at max would outline a single point).
 * Linear: evenly spaced. Log: min + d_k where the offsets d_k are geometric from
 * 10^−decades·(max − min) up to just below max − min, so the valley of a loss surface, where
 * optimizers spend their time, gets as many contours as its walls. (With min = 0, the levels
 * themselves are geometric.)
 */
export function autoLevels(min: number, max: number, count: number, spacing: LevelSpacing = 'linear', decades = 3): number[] {
  const range = max - min;
  if (!(range > 0) || count < 1) return [min];
  if (spacing === 'linear') return Array.from({ length: count }, (_, k) => min + (range * (k + 1)) / (count + 1));
  return Array.from({ length: count }, (_, k) => min + range * 10 ** (-decades * (1 - k / count)));
}

/** Levels for a grid: an explicit list (sorted), or a count spaced over the finite values. */
export function levelsFor(grid: GridLike, levels: number | readonly number[], spacing: LevelSpacing = 'linear'): number[] {
  if (typeof levels !== 'number') return [...levels].filter(Number.isFinite).sort((a, b) => a - b);
  const extent = finiteExtent(grid.values);
  return extent ? autoLevels(extent[0], extent[1], Math.max(1, Math.floor(levels)), spacing) : [];
}

export interface ContourPath {
  level: number;
  /** SVG path data in plot pixels ("" if the region at this level is empty). */
  d: string;
}

/** One path per level: the region where the surface is ≥ level, in the plot's pixels. */
export function contourPaths(grid: GridLike, levels: readonly number[], x: PlotScale, y: PlotScale): ContourPath[] {
  checkGrid(grid);
  const { nx, ny } = grid;
  const [x0, x1] = grid.x, [y0, y1] = grid.y;
  const dx = (x1 - x0) / (nx - 1), dy = (y1 - y0) / (ny - 1);
  const toPlot = (cx: number, cy: number): string =>
    `${round2(toPixel(x, x0 + (cx - 0.5) * dx))},${round2(toPixel(y, y0 + (cy - 0.5) * dy))}`;
  // d3-contour only indexes `values`, so a typed array would do; its types ask for number[].
  const values = Array.isArray(grid.values) ? (grid.values as number[]) : Array.from(grid.values);
  const sorted = [...levels].sort((a, b) => a - b);
  return contours()
    .size([nx, ny])
    .thresholds(sorted)(values)
    .map((region, k) => ({ level: sorted[k], d: multiPolygonPath(region.coordinates, toPlot) }));
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * SVG path data of a GeoJSON MultiPolygon in grid coordinates: one closed subpath per ring
 * (outer rings and holes alike; the fill's nonzero rule and d3-contour's ring orientation make
 * the holes). A ring repeats its first point at the end; `Z` closes it instead.
 */
function multiPolygonPath(polygons: readonly (readonly (readonly number[])[])[][], toPlot: (cx: number, cy: number) => string): string {
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const n = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.length - 1 : ring.length;
      for (let i = 0; i < n; i++) d += `${i === 0 ? 'M' : 'L'}${toPlot(ring[i][0], ring[i][1])}`;
      if (n > 0) d += 'Z';
    }
  }
  return d;
}
