/**
 * Contour levels as a ladder: a value's position among the levels, as a number in [0, 1]
 * (piecewise linear between neighbouring levels). ContourPlot colours band k (between level
 * k−1 and level k) with step k of its colour map; a 3-D view that colours and raises each point
 * by its ladder position therefore uses the same colours as the contour map, and with
 * log-spaced levels its heights are log-compressed the same way (Beale's 1.8·10⁵ does not
 * flatten the valley where the minimum is).
 */

/**
 * Value → position in [0, 1]. Rungs: min, the sorted levels, max (min below the first level and
 * max above the last are added if missing). Position = (rung index + fraction) / (rungs − 1),
 * clamped; NaN for non-finite values. Linear levels give a linear map.
 */
export function ladder(levels: readonly number[], min: number, max: number): (v: number) => number {
  const rungs = rungsOf(levels, min, max);
  const last = rungs.length - 1;
  if (last < 1) return (v) => (Number.isFinite(v) ? 0.5 : NaN);
  return (v) => {
    if (!Number.isFinite(v)) return NaN;
    if (v <= rungs[0]) return 0;
    if (v >= rungs[last]) return 1;
    // binary search: rungs[lo] ≤ v < rungs[lo + 1]
    let lo = 0, hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (rungs[mid] <= v) lo = mid;
      else hi = mid;
    }
    const span = rungs[lo + 1] - rungs[lo];
    return (lo + (span > 0 ? (v - rungs[lo]) / span : 0)) / last;
  };
}

/** The ladder's inverse: position t ∈ [0, 1] → value (NaN outside [0, 1] or without rungs). */
export function ladderValue(levels: readonly number[], min: number, max: number): (t: number) => number {
  const rungs = rungsOf(levels, min, max);
  const last = rungs.length - 1;
  return (t) => {
    if (!(t >= 0 && t <= 1) || last < 1) return last === 0 && t >= 0 && t <= 1 ? rungs[0] : NaN;
    const p = t * last;
    const k = Math.min(last - 1, Math.floor(p));
    return rungs[k] + (p - k) * (rungs[k + 1] - rungs[k]);
  };
}

/** min, the finite levels in order, max (the ends added when outside the levels). */
function rungsOf(levels: readonly number[], min: number, max: number): number[] {
  const rungs = [...levels].filter(Number.isFinite).sort((a, b) => a - b);
  if (Number.isFinite(min) && (rungs.length === 0 || min < rungs[0])) rungs.unshift(min);
  if (Number.isFinite(max) && (rungs.length === 0 || max > rungs[rungs.length - 1])) rungs.push(max);
  return rungs;
}

/**
 * The ContourPlot colour step for a ladder position: ContourPlot's scale runs over the level
 * index 0 … L (L levels), band k has colour k/L. A value in band k sits between rung k and
 * rung k + 1 of the ladder (rung 0 being the minimum), i.e. at position (k + f)/(L + 1); its
 * colour is taken at (k + f)/L, from the band's own colour up towards the next band's.
 */
export function ladderToColorT(position: number, levelCount: number): number {
  if (!Number.isFinite(position)) return NaN;
  if (levelCount < 1) return position;
  return Math.min(1, (position * (levelCount + 1)) / levelCount);
}
