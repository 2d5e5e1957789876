/** A 2-D surface as a training problem: the parameters are the point (x, y). */
import { requireAllFinite } from '../errors';
import type { Objective } from '../optim/objective';
import type { TrainingProblem } from './problem';

export function surfaceProblem(surface: Objective, start: readonly number[]): TrainingProblem {
  requireAllFinite('surfaceProblem', 'start', start);
  const values = Float64Array.from(start);
  const grads = new Float64Array(values.length);
  // loss() writes its (unused) gradient here, so reading the loss leaves `grads` alone.
  const scratch = new Float64Array(values.length);
  return {
    values,
    grads,
    objective: surface,
    decayMask: null,
    lossAndGrad: () => surface.valueAndGrad(values, grads),
    loss: () => surface.valueAndGrad(values, scratch),
  };
}
