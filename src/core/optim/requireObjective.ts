/**
 * Second-order methods and line searches need the objective itself, not just a gradient.
 * These checks turn "forgot to pass it" into a typed error naming the optimizer.
 */
import { CoreError, ShapeError } from '../errors';
import type { Objective } from './objective';

/** An optimizer needed the objective (or its Hessian) and step() was not given it. */
export class MissingObjectiveError extends CoreError {
  override name = 'MissingObjectiveError';
}

/** Returns the objective after checking it is present and has dimension n. */
export function requireObjective(op: string, objective: Objective | undefined, n: number): Objective {
  if (objective === undefined) {
    throw new MissingObjectiveError(op, 'step() needs the objective as its fourth argument, got undefined');
  }
  if (objective.dim !== n) {
    throw new ShapeError(op, `objective has dimension ${objective.dim} but w has length ${n}`);
  }
  return objective;
}

/** An objective that can evaluate its Hessian. */
export type ObjectiveWithHessian = Objective & {
  hessian(w: Float64Array, out: Float64Array): void;
};

function hasHessian(f: Objective): f is ObjectiveWithHessian {
  return typeof f.hessian === 'function';
}

/** Returns the objective after checking it is present, has dimension n and has a hessian(). */
export function requireHessian(op: string, objective: Objective | undefined, n: number): ObjectiveWithHessian {
  const f = requireObjective(op, objective, n);
  if (!hasHessian(f)) {
    throw new MissingObjectiveError(op, "the objective has no hessian(); Newton's method needs one");
  }
  return f;
}
