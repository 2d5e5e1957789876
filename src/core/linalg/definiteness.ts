/**
 * Is a symmetric matrix positive definite? Cholesky answers it: A = LLᵀ exists with a positive
 * diagonal exactly when every leading minor of A is positive, i.e. when all its eigenvalues are
 * positive. At a critical point of a function of N variables that is the test for a strict
 * minimum (Hessian positive definite), a strict maximum (negative definite), or neither (a
 * saddle, or a degenerate point the second-derivative test cannot settle).
 *
 * Also here: random symmetric Gaussian matrices, (G + Gᵀ)/2 with G filled with independent
 * standard normals (the Gaussian orthogonal ensemble up to scale), and Monte Carlo counts of
 * how many are positive or negative definite: a model of the Hessian at a critical point of a
 * "random" function of N variables.
 */
import { RangeError_, ShapeError, requireAllFinite, requireInteger } from '../errors';
import type { Rng } from '../random/prng';
import { choleskyInPlace, pivotTolerance } from './solve';

export type Definiteness = 'positiveDefinite' | 'negativeDefinite' | 'neither';

function checkSquare(op: string, a: ArrayLike<number>, n: number): void {
  requireInteger(op, 'n', n, 1, 4096);
  if (a.length !== n * n) throw new ShapeError(op, `a must have n*n = ${n * n} entries, got ${a.length}`);
  requireAllFinite(op, 'a', a);
}

/** Throws unless the row-major n×n matrix a equals its transpose to within `tol` (absolute). */
function checkSymmetric(op: string, a: ArrayLike<number>, n: number, tol: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(a[i * n + j] - a[j * n + i]);
      if (d > tol) {
        throw new RangeError_(op, `a must be symmetric, but a[${i}][${j}] = ${a[i * n + j]} and a[${j}][${i}] = ${a[j * n + i]}`);
      }
    }
  }
}

/** Largest |aᵢⱼ|, the scale the symmetry and pivot tolerances are relative to. */
function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]));
  return m;
}

/**
 * True when the symmetric row-major n×n matrix `a` is (numerically) positive definite: its
 * Cholesky factorization succeeds with every pivot above n·ε·max|aᵢⱼ|. `a` is not modified.
 * `sign = −1` tests −a instead, i.e. negative definiteness. Throws on a non-square, non-finite
 * or non-symmetric matrix (symmetric to within 1e-12 of its largest entry).
 */
export function isPositiveDefinite(a: ArrayLike<number>, n: number, sign: 1 | -1 = 1): boolean {
  const op = 'isPositiveDefinite';
  checkSquare(op, a, n);
  checkSymmetric(op, a, n, 1e-12 * maxAbs(a));
  const work = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) work[k] = sign * a[k];
  return choleskyInPlace(work, n, pivotTolerance(work, n));
}

/** Positive definite, negative definite, or neither (indefinite or singular), by two Cholesky attempts. */
export function definiteness(a: ArrayLike<number>, n: number): Definiteness {
  if (isPositiveDefinite(a, n, 1)) return 'positiveDefinite';
  if (isPositiveDefinite(a, n, -1)) return 'negativeDefinite';
  return 'neither';
}

/**
 * A random symmetric n×n matrix (G + Gᵀ)/2, G with independent N(0, 1) entries: diagonal
 * entries N(0, 1), off-diagonal ones N(0, ½). Row-major, written into `out` when given.
 * Draws n² normals from `rng`, row by row of G.
 */
export function randomSymmetricGaussian(n: number, rng: Rng, out: Float64Array = new Float64Array(n * n)): Float64Array {
  const op = 'randomSymmetricGaussian';
  requireInteger(op, 'n', n, 1, 4096);
  if (out.length !== n * n) throw new ShapeError(op, `out must have n*n = ${n * n} entries, got ${out.length}`);
  for (let k = 0; k < n * n; k++) out[k] = rng.normal();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = 0.5 * (out[i * n + j] + out[j * n + i]);
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return out;
}

export interface DefinitenessCount {
  readonly n: number;
  readonly trials: number;
  /** How many samples were positive definite (all eigenvalues > 0: a minimum's Hessian). */
  readonly positive: number;
  /** How many were negative definite (all eigenvalues < 0: a maximum's Hessian). */
  readonly negative: number;
  /** The rest: eigenvalues of both signs (a saddle's Hessian; singular has probability 0). */
  readonly neither: number;
}

/**
 * Monte Carlo: draws `trials` random symmetric n×n matrices (randomSymmetricGaussian) from
 * `rng` and counts how many are positive definite, negative definite, or neither.
 */
export function countDefiniteness(n: number, trials: number, rng: Rng): DefinitenessCount {
  const op = 'countDefiniteness';
  requireInteger(op, 'n', n, 1, 64);
  requireInteger(op, 'trials', trials, 1, 1e8);
  const a = new Float64Array(n * n);
  const work = new Float64Array(n * n);
  let positive = 0, negative = 0;
  for (let t = 0; t < trials; t++) {
    randomSymmetricGaussian(n, rng, a);
    // Inline Cholesky attempts on a and −a (no validation per sample: a is symmetric by construction).
    const tol = pivotTolerance(a, n);
    work.set(a);
    if (choleskyInPlace(work, n, tol)) {
      positive++;
      continue;
    }
    for (let k = 0; k < n * n; k++) work[k] = -a[k];
    if (choleskyInPlace(work, n, tol)) negative++;
  }
  return { n, trials, positive, negative, neither: trials - positive - negative };
}

export interface LeadingDefinitenessCount {
  readonly maxN: number;
  readonly trials: number;
  /** positive[N − 1]: samples whose leading N×N block was positive definite, N = 1 … maxN. */
  readonly positive: readonly number[];
  /** negative[N − 1]: samples whose leading N×N block was negative definite. */
  readonly negative: readonly number[];
}

/**
 * The same Monte Carlo for every size N = 1 … maxN at once, and cheaply. A symmetric matrix is
 * positive definite exactly when Cholesky gets through all its pivots, and row-by-row Cholesky
 * computes pivot k from the leading k×k block alone (Sylvester's criterion). So one random
 * maxN×maxN matrix answers for each of its leading blocks, which are themselves random
 * symmetric Gaussian matrices of sizes 1 … maxN (correlated across N, each one correctly
 * distributed). Entries are drawn lazily, row by row of the lower triangle (diagonal N(0, 1),
 * off-diagonal N(0, ½), as in randomSymmetricGaussian), and a sample stops as soon as both A
 * and −A have failed a pivot, which for most samples is within the first two rows.
 * A pivot counts as positive when it is > 0 (exact zeros have probability 0).
 */
export function countLeadingDefiniteness(maxN: number, trials: number, rng: Rng): LeadingDefinitenessCount {
  const op = 'countLeadingDefiniteness';
  requireInteger(op, 'maxN', maxN, 1, 64);
  requireInteger(op, 'trials', trials, 1, 1e8);
  const n = maxN;
  const a = new Float64Array(n * n); // lower triangle of the sample, row by row as drawn
  const lp = new Float64Array(n * n); // Cholesky factor of A
  const ln = new Float64Array(n * n); // Cholesky factor of −A
  const positive = new Array<number>(n).fill(0);
  const negative = new Array<number>(n).fill(0);
  const offScale = Math.SQRT1_2;
  // One Cholesky row j of ±A (sign s) into l; returns false if the pivot is not positive.
  const choleskyRow = (l: Float64Array, s: number, j: number): boolean => {
    for (let k = 0; k < j; k++) {
      let v = s * a[j * n + k];
      for (let m = 0; m < k; m++) v -= l[j * n + m] * l[k * n + m];
      l[j * n + k] = v / l[k * n + k];
    }
    let d = s * a[j * n + j];
    for (let m = 0; m < j; m++) d -= l[j * n + m] * l[j * n + m];
    if (!(d > 0)) return false;
    l[j * n + j] = Math.sqrt(d);
    return true;
  };
  for (let t = 0; t < trials; t++) {
    let pos = true, neg = true;
    for (let j = 0; j < n && (pos || neg); j++) {
      for (let k = 0; k < j; k++) a[j * n + k] = offScale * rng.normal();
      a[j * n + j] = rng.normal();
      if (pos && (pos = choleskyRow(lp, 1, j))) positive[j]++;
      if (neg && (neg = choleskyRow(ln, -1, j))) negative[j]++;
    }
  }
  return { maxN, trials, positive, negative };
}
