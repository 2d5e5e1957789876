/**
 * The explorer's problem: chapter 3's elongated bowl f(x, y) = ½(λmin x² + λmax y²), with
 * λmin = 1 and λmax = κ, started from the same point. Its axes are the Hessian's
 * eigen-directions, so the x coordinate is the error along the slow (shallow) direction and
 * the y coordinate the error along the fast (steep) one, and the minimum is the origin.
 */
import { BOWL_LAMBDA_MIN, BOWL_START } from '../descent/learningRate';

export { BOWL_START };

export type Direction = 'slow' | 'fast';

/** The two eigen-directions, in coordinate order (x, then y). */
export const DIRECTIONS: readonly Direction[] = ['slow', 'fast'];

/** What the widget calls each direction, and its curvature's symbol. */
export const DIRECTION_NAMES: Readonly<Record<Direction, { readonly name: string; readonly lambda: string; readonly axis: string }>> = Object.freeze({
  slow: { name: 'slow direction', lambda: 'λmin', axis: 'x' },
  fast: { name: 'fast direction', lambda: 'λmax', axis: 'y' },
});

export interface BowlCurvatures {
  readonly lambdaMin: number;
  readonly lambdaMax: number;
}

/** λmin = 1 and λmax = κ·λmin. */
export function bowlCurvatures(kappa: number): BowlCurvatures {
  return { lambdaMin: BOWL_LAMBDA_MIN, lambdaMax: kappa * BOWL_LAMBDA_MIN };
}

/** The curvature along a direction. */
export function curvatureOf(direction: Direction, c: BowlCurvatures): number {
  return direction === 'slow' ? c.lambdaMin : c.lambdaMax;
}
