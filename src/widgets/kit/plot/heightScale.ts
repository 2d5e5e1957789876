/**
 * How high a 3-D surface draws each value: a position t ∈ [0, 1] between the lowest and the
 * highest value, and back.
 *
 * Evenly spaced contour levels: linear. Otherwise (log-spaced levels, for surfaces whose walls
 * dwarf their valleys) a smooth logarithm,
 *
 *   t = log(1 + (v − lo)/s) / log(1 + (hi − lo)/s),
 *
 * which is linear where v − lo ≪ s, so a smooth bowl keeps a smooth bottom, and logarithmic far
 * above, so walls 10⁵ high do not flatten the valley. The knee s is the value the lowest 5 % of
 * the grid's samples stay below: the part that looks like a bowl covers about a twentieth of
 * the window, a few grid cells across. (Raising points by their position on the contour
 * ladder, piecewise linear through log-spaced levels that crowd just above the minimum, drew
 * every smooth minimum as a spike.)
 */

export interface HeightScale {
  /** Value → height in [0, 1] (clamped; NaN for non-finite values). */
  toT: (v: number) => number;
  /** Height → value (the inverse, for axis labels). */
  toValue: (t: number) => number;
}

/** Share of the samples that defines the knee s. */
const KNEE_QUANTILE = 0.05;

/** Whether levels are evenly spaced (gaps within 1 %, so rounding does not count as log). */
function evenlySpaced(levels: readonly number[]): boolean {
  const sorted = levels.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 3) return true;
  const gaps = sorted.slice(1).map((v, i) => v - sorted[i]);
  return Math.max(...gaps) <= 1.01 * Math.min(...gaps);
}

/** The q-quantile of (v − lo) over the finite values, or NaN without any. */
function quantileAbove(values: ArrayLike<number>, lo: number, q: number): number {
  const above: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) above.push(values[i] - lo);
  if (above.length === 0) return NaN;
  above.sort((a, b) => a - b);
  return above[Math.min(above.length - 1, Math.floor(q * above.length))];
}

export function heightScale(levels: readonly number[], lo: number, hi: number, values: ArrayLike<number>): HeightScale {
  const range = hi - lo;
  const clamp = (t: number) => Math.min(1, Math.max(0, t));
  if (!(range > 0)) return { toT: (v) => (Number.isFinite(v) ? 0.5 : NaN), toValue: () => lo };
  const linear: HeightScale = { toT: (v) => (Number.isFinite(v) ? clamp((v - lo) / range) : NaN), toValue: (t) => lo + t * range };
  if (evenlySpaced(levels)) return linear;
  const knee = quantileAbove(values, lo, KNEE_QUANTILE);
  // a knee at (or beyond) the top would be no compression: draw linearly
  if (!(knee > 0) || knee >= range / 4) return linear;
  const top = Math.log1p(range / knee);
  return {
    toT: (v) => (Number.isFinite(v) ? clamp(Math.log1p(Math.max(0, v - lo) / knee) / top) : NaN),
    toValue: (t) => lo + knee * Math.expm1(clamp(t) * top),
  };
}
