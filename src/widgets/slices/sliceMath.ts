/**
 * The slice widgets' own small arithmetic (microseconds, main thread): one example's hinge loss
 * along the line exactly, with its corners; a crease clipped to the window; and the y range of
 * the line plot.
 */
import type { Vec2 } from '../../core';
import type { HingeCrease } from '../../worker/tasks/lossSlice';

/** One example's SVM loss at W + a·D1 from its hinge terms: Σ_j max(0, margin0_j + a·da_j). */
export function hingeLossAt(creases: readonly HingeCrease[], a: number): number {
  let s = 0;
  for (const c of creases) s += Math.max(0, c.margin0 + a * c.da);
  return s;
}

/**
 * The 1-D curve of one example's SVM loss with its kinks inserted among the samples, so the
 * polyline has its corners exactly where the hinges switch (sampling alone would cut them).
 * Samples a_i are evenly spread over `range`; values are taken from the creases, so the curve
 * is the exact piecewise-linear function, not an interpolation.
 */
export function hingeLineWithKinks(creases: readonly HingeCrease[], range: Vec2, samples: number, kinks: ArrayLike<number>): { a: Float64Array; loss: Float64Array } {
  const xs: number[] = [];
  for (let i = 0; i < samples; i++) xs.push(i === samples - 1 ? range[1] : range[0] + ((range[1] - range[0]) * i) / (samples - 1));
  for (let k = 0; k < kinks.length; k++) xs.push(kinks[k]);
  xs.sort((p, q) => p - q);
  const a = Float64Array.from(xs);
  return { a, loss: a.map((v) => hingeLossAt(creases, v)) };
}

/**
 * The part of the line margin0 + a·da + b·db = 0 inside the box [a0, a1] × [b0, b1], or null
 * if it misses the box (or is not a line: da = db = 0). Parametrized along the line's
 * direction (−db, da) from its point nearest the origin, then clipped (Liang–Barsky).
 */
export function clipCrease(c: Pick<HingeCrease, 'margin0' | 'da' | 'db'>, [a0, a1]: Vec2, [b0, b1]: Vec2): [Vec2, Vec2] | null {
  const n2 = c.da * c.da + c.db * c.db;
  if (!(n2 > 0)) return null;
  const pa = (-c.margin0 * c.da) / n2, pb = (-c.margin0 * c.db) / n2; // foot of the perpendicular
  const ua = -c.db, ub = c.da; // along the line
  let t0 = -Infinity, t1 = Infinity;
  // For each side: p·t ≤ q keeps the point inside.
  const sides: [number, number][] = [[-ua, pa - a0], [ua, a1 - pa], [-ub, pb - b0], [ub, b1 - pb]];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (!(t0 < t1)) return null;
  return [[pa + t0 * ua, pb + t0 * ub], [pa + t1 * ua, pb + t1 * ub]];
}

/** The y range of the line plot: from 0 (losses are ≥ 0) to a little above the largest finite value. */
export function lossRange(...curves: ArrayLike<number>[]): Vec2 {
  let hi = 0;
  for (const c of curves) for (let i = 0; i < c.length; i++) if (Number.isFinite(c[i]) && c[i] > hi) hi = c[i];
  return [0, hi > 0 ? hi * 1.06 : 1];
}

/** How many values are not finite (a blown-up evaluation), to say so instead of drawing garbage. */
export function countNonFinite(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) n++;
  return n;
}
