/**
 * A vector field (a gradient, or minus it) sampled on a coarse grid as arrows, pure.
 *
 * Lengths: a surface's gradient spans decades (Beale: from 0 at its minimum to 10⁵ in a corner),
 * so lengths proportional to |v| would show a few huge arrows and many dots. Each arrow's length
 * is instead m / (m + m₀) of the longest allowed, with m₀ the median magnitude: the median arrow
 * is half length, huge ones approach full length, and near a critical point arrows shrink to
 * nothing, which is where the field really vanishes. Directions are exact.
 *
 * Arrows are returned in data coordinates, centred on their sample. A direction is drawn as the
 * displacement it is in data units, so on a plot whose axes have different scales the arrow
 * still points where a small step along the vector would go.
 */
import type { Interval } from '../../state/schema';

export interface FieldArrow {
  /** Tail and tip in data coordinates. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** |v| at the sample (before compression). */
  magnitude: number;
}

/** m / (m + m₀) for each magnitude, m₀ the median of the finite positive ones; NaN stays NaN. */
export function saturatingLengths(magnitudes: readonly number[]): number[] {
  const positive = magnitudes.filter((m) => Number.isFinite(m) && m > 0).sort((a, b) => a - b);
  if (positive.length === 0) return magnitudes.map((m) => (Number.isFinite(m) ? 0 : NaN));
  const mid = positive.length >> 1;
  const m0 = positive.length % 2 === 1 ? positive[mid] : (positive[mid - 1] + positive[mid]) / 2;
  return magnitudes.map((m) => (Number.isFinite(m) ? (m > 0 ? m / (m + m0) : 0) : NaN));
}

export interface FieldSpec {
  x: Interval;
  y: Interval;
  /** Arrows along x and y; samples sit at cell centres, so none lies on the window's edge. */
  nx: number;
  ny: number;
  /** Longest arrow as a fraction of a cell's size (default 0.85). */
  maxLength?: number;
  /** Height ÷ width of the picture the window is drawn in (default 1), so that arrows of equal
   *  magnitude look equally long in every direction. */
  aspect?: number;
}

/**
 * Samples `vector(x, y)` (writes [vx, vy] into out) at cell centres. Non-finite vectors give
 * no arrow.
 */
export function sampleField(vector: (x: number, y: number, out: Float64Array) => void, spec: FieldSpec): FieldArrow[] {
  const { nx, ny } = spec;
  const [x0, x1] = spec.x, [y0, y1] = spec.y;
  const sx = x1 - x0, sy = y1 - y0;
  const cellX = sx / nx, cellY = sy / ny;
  const maxLength = spec.maxLength ?? 0.85;
  const aspect = spec.aspect ?? 1;
  const out = new Float64Array(2);
  const raw: { x: number; y: number; ux: number; uy: number; m: number }[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const x = x0 + (i + 0.5) * cellX, y = y0 + (j + 0.5) * cellY;
      out[0] = NaN;
      out[1] = NaN;
      vector(x, y, out);
      const vx = out[0], vy = out[1];
      if (!Number.isFinite(vx) || !Number.isFinite(vy)) continue;
      // direction in picture units (fractions of the picture's width), where a cell has one size
      const wx = vx / sx, wy = (vy / sy) * aspect;
      const w = Math.hypot(wx, wy);
      raw.push({ x, y, ux: w > 0 ? wx / w : 0, uy: w > 0 ? wy / w : 0, m: Math.hypot(vx, vy) });
    }
  }
  const fractions = saturatingLengths(raw.map((r) => r.m));
  const cell = Math.min(1 / nx, aspect / ny); // in picture units
  return raw.map((r, k) => {
    const half = (fractions[k] * maxLength * cell) / 2;
    const dx = r.ux * half * sx, dy = (r.uy * half * sy) / aspect;
    return { x0: r.x - dx, y0: r.y - dy, x1: r.x + dx, y1: r.y + dy, magnitude: r.m };
  });
}
