/**
 * How much of the plane the learning-rate plots show. A converging run stays inside ±3 (it
 * starts there); a diverging one gets room to show its first few growing swings, at one of a
 * few fixed zooms chosen from the whole run (not the playback position), so the axes do not
 * creep while it plays. Whatever still leaves the window is drawn up to the edge and marked.
 */

/** Half-widths on offer, smallest first. */
export const VIEW_RADII: readonly number[] = [3, 6, 12];

/** The smallest radius that holds every coordinate of `points` with 10% to spare, or the largest. */
export function viewRadius(points: ArrayLike<number>, radii: readonly number[] = VIEW_RADII): number {
  let extent = 0;
  for (let i = 0; i < points.length; i++) {
    const v = Math.abs(points[i]);
    extent = Number.isFinite(v) ? Math.max(extent, v) : Infinity;
  }
  return radii.find((r) => 1.1 * extent <= r) ?? radii[radii.length - 1];
}

/** The first step whose point has a coordinate beyond ±radius (or not finite), or null. */
export function firstOutside(points: ArrayLike<number>, dim: number, radius: number): number | null {
  const n = Math.floor(points.length / dim);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < dim; i++) {
      const v = points[t * dim + i];
      if (!(Math.abs(v) <= radius)) return t;
    }
  }
  return null;
}

/** The parameter s ∈ [0, 1] at which p + s(q − p) first leaves the box (Liang–Barsky). */
export function exitParameter(p: readonly [number, number], q: readonly [number, number], [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number]): number {
  const dx = q[0] - p[0], dy = q[1] - p[1];
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
  let s = 1;
  if (dx > 0) s = Math.min(s, (x1 - p[0]) / dx);
  if (dx < 0) s = Math.min(s, (x0 - p[0]) / dx);
  if (dy > 0) s = Math.min(s, (y1 - p[1]) / dy);
  if (dy < 0) s = Math.min(s, (y0 - p[1]) / dy);
  return Math.max(0, s);
}
