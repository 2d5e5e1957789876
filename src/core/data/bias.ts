/**
 * The bias-as-a-weight trick: append a constant 1 to every row, so that w·[x, 1] = w₁x₁ + … +
 * w_d x_d + w_{d+1} and the bias becomes one more weight, learned by the same update.
 */
import { ShapeError, requireInteger } from '../errors';

/** Returns a new n × (d + 1) row-major array: each row of x followed by a 1. */
export function addBiasColumn(x: Float64Array, n: number, d: number): Float64Array {
  const op = 'addBiasColumn';
  requireInteger(op, 'n', n, 0, Number.MAX_SAFE_INTEGER);
  requireInteger(op, 'd', d, 0, Number.MAX_SAFE_INTEGER);
  if (x.length !== n * d) throw new ShapeError(op, `x must have n*d = ${n}*${d} = ${n * d} entries, got ${x.length}`);
  const out = new Float64Array(n * (d + 1));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) out[i * (d + 1) + j] = x[i * d + j];
    out[i * (d + 1) + d] = 1;
  }
  return out;
}
