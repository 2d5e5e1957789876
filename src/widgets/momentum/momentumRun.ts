/**
 * A run of the book's momentum (v ← βv + ∇f(w); w ← w − αv) on the bowl, by the core's own
 * `momentum` optimizer: each step hands it the gradient (λmin x, λmax y). Each coordinate is
 * then the error along one eigen-direction, evolving by that direction's 2 × 2 step matrix
 * (momentumOnQuadratic.ts), so its error after t steps is a sum of two damped oscillations
 * c₁μ₁ᵗ + c₂μ₂ᵗ.
 *
 * Like the core's train(), a run stops at the first step whose loss is not finite or exceeds
 * DIVERGENCE_FACTOR × the start, and records which direction is to blame.
 */
import { RangeError_, momentum, requireFinite, requireInRange, requireInteger, requirePositive } from '../../core';
import { DIVERGENCE_FACTOR } from '../descent/learningRate';
import { type BowlCurvatures, type Direction, bowlCurvatures } from './bowl';

export { DIVERGENCE_FACTOR };

export interface MomentumPath {
  /** Iterates (x₀, y₀, x₁, y₁, …): the point after t steps is points[2t], points[2t + 1]. */
  readonly points: Float64Array;
  /** losses[t] = f after t steps. */
  readonly losses: Float64Array;
  /** Steps taken: the requested number, or fewer if the run diverged first. */
  readonly steps: number;
  /** The step at which the loss passed DIVERGENCE_FACTOR × the start (or stopped being finite); null if none. */
  readonly divergedAt: number | null;
  /** The direction whose error had grown the most (relative to its start) when the run diverged; null if it did not. */
  readonly divergedAlong: Direction | null;
}

/** f(x, y) = ½(λmin x² + λmax y²). */
export function bowlLoss(x: number, y: number, c: BowlCurvatures): number {
  return 0.5 * (c.lambdaMin * x * x + c.lambdaMax * y * y);
}

/**
 * Momentum with step α and momentum β on the bowl of condition number κ, from `start`, for up
 * to `steps` steps, velocity starting at 0.
 */
export function runMomentum(kappa: number, alpha: number, beta: number, steps: number, start: readonly [number, number]): MomentumPath {
  const op = 'runMomentum';
  requireInRange(op, 'kappa', kappa, 1, 1e12);
  requirePositive(op, 'alpha', alpha);
  requireInRange(op, 'beta', beta, 0, 0.999999);
  requireInteger(op, 'steps', steps, 0, 1e6);
  requireFinite(op, 'start[0]', start[0]);
  requireFinite(op, 'start[1]', start[1]);
  const c = bowlCurvatures(kappa);
  const startLoss = bowlLoss(start[0], start[1], c);
  if (!(startLoss > 0)) throw new RangeError_(op, `start must not be the minimum, got (${start[0]}, ${start[1]})`);

  const optimizer = momentum({ lr: alpha, beta });
  const w = Float64Array.from(start);
  const g = new Float64Array(2);
  const points = new Float64Array(2 * (steps + 1));
  const losses = new Float64Array(steps + 1);
  points[0] = w[0];
  points[1] = w[1];
  losses[0] = startLoss;
  const threshold = DIVERGENCE_FACTOR * startLoss;
  for (let t = 1; t <= steps; t++) {
    g[0] = c.lambdaMin * w[0];
    g[1] = c.lambdaMax * w[1];
    optimizer.step(w, g);
    points[2 * t] = w[0];
    points[2 * t + 1] = w[1];
    const loss = bowlLoss(w[0], w[1], c);
    losses[t] = loss;
    if (!Number.isFinite(loss) || loss > threshold) {
      // Blame the direction whose error grew by the larger factor (NaN or ∞ counts as largest).
      const growth = (i: 0 | 1) => {
        const r = Math.abs(w[i] / (start[i] || 1));
        return Number.isFinite(r) ? r : Infinity;
      };
      return {
        points: points.slice(0, 2 * (t + 1)),
        losses: losses.slice(0, t + 1),
        steps: t,
        divergedAt: t,
        divergedAlong: growth(1) >= growth(0) ? 'fast' : 'slow',
      };
    }
  }
  return { points, losses, steps, divergedAt: null, divergedAlong: null };
}

/** The error along one direction over the run: the x (slow) or y (fast) coordinates. */
export function directionErrors(path: MomentumPath, direction: Direction): Float64Array {
  const i = direction === 'slow' ? 0 : 1;
  return Float64Array.from({ length: path.steps + 1 }, (_, t) => path.points[2 * t + i]);
}
