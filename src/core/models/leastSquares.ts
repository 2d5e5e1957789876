/**
 * Closed-form least squares: the weights w minimising ‖Xw − y‖² solve the normal equations
 *   (XᵀX) w = Xᵀy,
 * where X already carries a column of ones if a bias is wanted (data/bias.ts). XᵀX is
 * positive definite when the columns are independent, so a Cholesky solve does it; otherwise
 * no unique solution exists and we say so. The chapter contrasts this one-shot answer with
 * gradient descent, which is what works once the model is not linear in its weights.
 */
import { RangeError_, requireAllFinite, ShapeError } from '../errors';
import { choleskyInPlace, choleskySolve, pivotTolerance } from '../linalg/solve';

export function leastSquares(x: Float64Array, y: Float64Array, n: number, d: number): Float64Array {
  const op = 'leastSquares';
  if (x.length !== n * d) throw new ShapeError(op, `x has ${x.length} entries, expected ${n}×${d}`);
  if (y.length !== n) throw new ShapeError(op, `y has ${y.length} entries, expected ${n}`);
  requireAllFinite(op, 'x', x);
  requireAllFinite(op, 'y', y);
  const xtx = new Float64Array(d * d);
  const xty = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const xa = x[i * d + a];
      xty[a] += xa * y[i];
      for (let b = 0; b < d; b++) xtx[a * d + b] += xa * x[i * d + b];
    }
  }
  if (!choleskyInPlace(xtx, d, pivotTolerance(xtx, d) * 16)) {
    throw new RangeError_(op, `the ${d} columns of x are linearly dependent (n = ${n}): no unique solution`);
  }
  const w = new Float64Array(d);
  choleskySolve(xtx, d, xty, w);
  return w;
}
