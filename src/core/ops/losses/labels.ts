/** Shared checks for the classification losses: scores [n, K] against class labels [n]. */
import { RangeError_, ShapeError } from '../../errors';
import { formatShape, requireRank } from '../../tensor/shape';
import type { Tensor } from '../../tensor/tensor';

export function classScoresShape(op: string, scores: Tensor, labels: Tensor): { n: number; k: number } {
  requireRank(op, 'scores', scores.shape, 2);
  const [n, k] = scores.shape;
  if (labels.size !== n) {
    throw new ShapeError(op, `${n} rows of scores ${formatShape(scores.shape)} but ${labels.size} labels`);
  }
  if (n === 0) throw new ShapeError(op, 'no examples');
  return { n, k };
}

/**
 * Labels are stored as numbers; each must be a class index 0 ≤ y < k. The losses check them
 * once, when the op is built: a replayed program (autodiff/program.ts) trusts the labels
 * swapped into it, and modelProblem checks a whole dataset up front (models/targets.ts).
 */
export function checkLabels(op: string, labels: ArrayLike<number>, k: number, name = 'label'): void {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!(Number.isInteger(y) && y >= 0 && y < k)) {
      throw new RangeError_(op, `${name}[${i}] must be a class index in 0..${k - 1}, got ${y}`);
    }
  }
}

/** Binary targets are probabilities: each must be in [0, 1]. Checked once, like labels. */
export function checkProbabilities(op: string, targets: ArrayLike<number>, name = 'target'): void {
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (!(t >= 0 && t <= 1)) throw new RangeError_(op, `${name}[${i}] must be in [0, 1], got ${t}`);
  }
}
