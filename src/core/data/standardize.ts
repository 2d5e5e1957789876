/**
 * Feature standardization, z = (x − μ) / σ per column, with μ and σ the column's mean and
 * population standard deviation (divide by n). Gradient descent converges much faster on
 * standardized features, because the loss surface becomes rounder (compare the linreg MSE
 * contours before and after). Compute μ, σ on the training set and apply the same to
 * validation and test data.
 */
import { RangeError_, ShapeError, requireAllFinite, requireInteger } from '../errors';

export interface Standardization {
  /** Standardized copy of x, n × d row-major. */
  readonly x: Float64Array;
  /** Column means μ (length d). */
  readonly mean: Float64Array;
  /** Column standard deviations σ (length d); 0 for a constant column, which is only centred. */
  readonly std: Float64Array;
}

function checkShape(op: string, x: Float64Array, n: number, d: number): void {
  requireInteger(op, 'n', n, 0, Number.MAX_SAFE_INTEGER);
  requireInteger(op, 'd', d, 1, Number.MAX_SAFE_INTEGER);
  if (x.length !== n * d) throw new ShapeError(op, `x must have n*d = ${n}*${d} = ${n * d} entries, got ${x.length}`);
  requireAllFinite(op, 'x', x);
}

/** Standardizes the columns of x (n ≥ 1 rows), returning the copy and the statistics used. */
export function standardize(x: Float64Array, n: number, d: number): Standardization {
  const op = 'standardize';
  checkShape(op, x, n, d);
  if (n < 1) throw new RangeError_(op, `n must be >= 1, got ${n}`);
  const mean = new Float64Array(d), std = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += x[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const c = x[i * d + j] - mean[j];
      std[j] += c * c;
    }
  }
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j] / n);
  return { x: applyStandardization(x, n, d, mean, std), mean, std };
}

/** (x − μ) / σ per column with given statistics (σ = 0 divides by 1); returns a new array. */
export function applyStandardization(
  x: Float64Array,
  n: number,
  d: number,
  mean: Float64Array,
  std: Float64Array,
): Float64Array {
  const op = 'applyStandardization';
  checkShape(op, x, n, d);
  if (mean.length !== d || std.length !== d) {
    throw new ShapeError(op, `mean and std must have length d = ${d}, got ${mean.length} and ${std.length}`);
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) out[i * d + j] = (x[i * d + j] - mean[j]) / (std[j] > 0 ? std[j] : 1);
  }
  return out;
}
