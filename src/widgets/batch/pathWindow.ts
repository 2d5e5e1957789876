/**
 * Where a diverging path leaves the picture. Once a run has diverged, its later iterates are
 * astronomically far away; drawn, they would be a fan of lines across the map that says
 * nothing. So a diverged path is drawn up to its first point outside the map's window
 * (widened by half on each side), where a warning marker shows which way it went.
 */
import type { Vec2 } from '../../core';

/** The first t whose (m, b) is not finite or outside the window widened by `margin` of its
 *  size on each side; -1 if every point is inside. */
export function firstExit(params: ArrayLike<number>, mRange: Vec2, bRange: Vec2, margin = 0.5): number {
  const dm = (mRange[1] - mRange[0]) * margin, db = (bRange[1] - bRange[0]) * margin;
  const count = Math.floor(params.length / 2);
  for (let t = 0; t < count; t++) {
    const m = params[2 * t], b = params[2 * t + 1];
    if (!(m >= mRange[0] - dm && m <= mRange[1] + dm && b >= bRange[0] - db && b <= bRange[1] + db)) return t;
  }
  return -1;
}

/** The last step to draw: all of a healthy run; a diverged one up to where it leaves the map
 *  (or to its divergence step, if it never does). */
export function drawnSteps(params: ArrayLike<number>, steps: number, diverged: boolean, mRange: Vec2, bRange: Vec2): number {
  if (!diverged) return steps;
  const exit = firstExit(params, mRange, bRange);
  return exit >= 0 ? exit : steps;
}
