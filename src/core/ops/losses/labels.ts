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

/** Labels are stored as numbers; each must be a class index 0 ≤ y < k. */
export function checkLabels(op: string, labels: Float64Array, k: number): void {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!(Number.isInteger(y) && y >= 0 && y < k)) {
      throw new RangeError_(op, `label[${i}] must be a class index in 0..${k - 1}, got ${y}`);
    }
  }
}
