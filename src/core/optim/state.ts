/**
 * Shape checks for a step. Optimizer state (velocities, moment estimates) is sized on the first
 * step; afterwards every step must pass vectors of that same length until reset().
 */
import { ShapeError } from '../errors';

/** Length the state was sized for, or NOT_SIZED before the first step. */
export const NOT_SIZED = -1;

/**
 * Returns n = w.length after checking that g has the same length and that n equals `dim`, the
 * length the optimizer's state was sized for (any n is accepted while dim is NOT_SIZED).
 */
export function checkStepShapes(op: string, w: Float64Array, g: Float64Array, dim: number): number {
  const n = w.length;
  if (g.length !== n) {
    throw new ShapeError(op, `gradient has length ${g.length} but w has length ${n}`);
  }
  if (dim !== NOT_SIZED && dim !== n) {
    throw new ShapeError(
      op,
      `w has length ${n} but the optimizer state was sized for length ${dim}; call reset() before changing size`,
    );
  }
  return n;
}
