/**
 * The words for one method's run ("Newton: at the minimum after 1 step, 2 gradients and 1
 * Hessian"), shared by the table and the screen-reader description, so both say the same.
 */
import type { CriticalPoint } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { formatFixed, formatNumber } from '../descent/numberText';

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** How close to a saddle point the last iterate must be to count as stuck on it. */
const AT_POINT = 1e-6;

/** Where the run ended up, in words; a run parked on a saddle point is named as such. */
export function outcome(run: RacerResult, criticalPoints: readonly CriticalPoint[] = []): string {
  if (run.divergence) return `diverged at step ${run.divergence.step}: ${run.divergence.reason}`;
  if (run.arrivedAt !== null) return `at the minimum after ${plural(run.arrivedAt, 'step')}`;
  const [x, y] = endPoint(run);
  const saddle = criticalPoints.find((c) => c.kind === 'saddle' && Math.hypot(x - c.point[0], y - c.point[1]) <= AT_POINT);
  if (saddle) return `stuck on the saddle point (${formatFixed(saddle.point[0])}, ${formatFixed(saddle.point[1])}): the gradient is zero there, but it is no minimum`;
  return `loss ${formatNumber(run.losses[run.losses.length - 1])} after ${plural(run.steps, 'step')}`;
}

/** What it cost: gradient (and Hessian) evaluations, the end point's included. */
export function cost(run: RacerResult): string {
  if (!run.evaluations) return '';
  const { gradients, hessians } = run.evaluations;
  return hessians > 0 ? `${plural(gradients, 'gradient')} and ${plural(hessians, 'Hessian')}` : plural(gradients, 'gradient');
}

/** Where the last point is, and how steep it is there: a stop at a saddle reads as a stop. */
export function endPoint(run: RacerResult): [number, number] {
  const n = run.params.length / 2 - 1;
  return [run.params[2 * n], run.params[2 * n + 1]];
}
