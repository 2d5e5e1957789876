/**
 * Polynomial regression of one input, with or without a penalty on its coefficients: the model
 * of the chapter on generalization, where the degree is the capacity the reader turns.
 *
 *   ŷ(x) = Σ_{j=0..d} w_j t^j,   t = 2(x − lo)/(hi − lo) − 1 ∈ [−1, 1]
 *
 * The input is mapped to [−1, 1] first: powers of numbers in [0, 1] all look alike (x¹⁰ and
 * x¹¹ are nearly the same column), while on [−1, 1] they stay distinguishable, which keeps the
 * normal equations solvable in float64 up to the degrees the widgets use.
 *
 * The fitted objective is the mean squared error plus the core's penalties
 * (models/regularizers.ts), never on the constant w₀:
 *
 *   J(w) = (1/n) ‖Φw − y‖² + λ₁ Σ_{j≥1} |w_j| + ½ λ₂ Σ_{j≥1} w_j²
 */
import { RangeError_, requireAllFinite, requireInRange, ShapeError } from '../errors';
import { choleskyInPlace, choleskySolve, pivotTolerance } from '../linalg/solve';
import type { Objective } from '../optim/objective';

export const MAX_POLYNOMIAL_DEGREE = 20;

export type Interval = readonly [number, number];

function checkDegree(op: string, degree: number): number {
  if (!Number.isInteger(degree) || degree < 0 || degree > MAX_POLYNOMIAL_DEGREE) {
    throw new RangeError_(op, `degree must be an integer from 0 to ${MAX_POLYNOMIAL_DEGREE}, got ${degree}`);
  }
  return degree;
}

function checkDomain(op: string, domain: Interval): Interval {
  if (!(domain[1] > domain[0]) || !Number.isFinite(domain[0]) || !Number.isFinite(domain[1])) {
    throw new RangeError_(op, `domain must be a finite interval [lo, hi] with lo < hi, got [${domain[0]}, ${domain[1]}]`);
  }
  return domain;
}

/** x mapped linearly from `domain` onto [−1, 1]. */
export const toUnitInterval = (x: number, domain: Interval): number => (2 * (x - domain[0])) / (domain[1] - domain[0]) - 1;

/** The design matrix Φ (n × (degree + 1), row-major): row i is 1, tᵢ, tᵢ², …, tᵢ^degree. */
export function polynomialDesign(x: ArrayLike<number>, degree: number, domain: Interval = [0, 1]): Float64Array {
  const op = 'polynomialDesign';
  const d = checkDegree(op, degree);
  checkDomain(op, domain);
  const p = d + 1;
  const out = new Float64Array(x.length * p);
  for (let i = 0; i < x.length; i++) {
    const t = toUnitInterval(x[i], domain);
    if (!Number.isFinite(t)) throw new RangeError_(op, `x[${i}] must be finite, got ${x[i]}`);
    let power = 1;
    for (let j = 0; j < p; j++) {
      out[i * p + j] = power;
      power *= t;
    }
  }
  return out;
}

/** ŷ(x) for coefficients `w` (w[j] multiplies t^j), by Horner's rule. */
export function polynomialValue(w: ArrayLike<number>, x: number, domain: Interval = [0, 1]): number {
  const t = toUnitInterval(x, domain);
  let s = 0;
  for (let j = w.length - 1; j >= 0; j--) s = s * t + w[j];
  return s;
}

/** The mean squared error of coefficients `w` on the points (x, y). */
export function polynomialMse(w: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, domain: Interval = [0, 1]): number {
  if (x.length !== y.length) throw new ShapeError('polynomialMse', `x has ${x.length} values but y has ${y.length}`);
  if (x.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const r = polynomialValue(w, x[i], domain) - y[i];
    s += r * r;
  }
  return s / x.length;
}

export interface Penalty {
  /** λ₁ ≥ 0, the strength of Σ|w_j|. */
  readonly l1: number;
  /** λ₂ ≥ 0, the strength of ½Σw_j². */
  readonly l2: number;
}

export const NO_PENALTY: Penalty = Object.freeze({ l1: 0, l2: 0 });

/**
 * A ridge this small (relative to the scale of ΦᵀΦ/n, which is about 1 on [−1, 1]) changes no
 * digit a widget prints when the points determine the fit, and picks the smallest-norm
 * interpolant when they do not (more coefficients than distinct points): an unpenalized fit
 * then still has an answer, the wiggly curve through every point that overfitting is about.
 */
export const INTERPOLATION_RIDGE = 1e-10;

export interface PenalizedFit {
  readonly w: Float64Array;
  /** Coordinate-descent sweeps used (0 for the closed-form solve without an L1 term). */
  readonly sweeps: number;
  /** False if coordinate descent hit its sweep limit before its tolerance. */
  readonly converged: boolean;
}

export interface PenalizedOptions {
  /** Coordinate descent stops when no coefficient moved more than this in a sweep. */
  readonly tolerance?: number;
  readonly maxSweeps?: number;
  /** Where coordinate descent starts (a warm start along a λ path); default all zeros. */
  readonly start?: ArrayLike<number>;
  /** How many leading columns go unpenalized: 1 (default) for a constant column, 0 to penalize all. */
  readonly unpenalized?: number;
}

/**
 * Minimizes J(w) above for the design `phi` (n × p, column 0 the constant) and targets `y`
 * (with `unpenalized: 0`, every coefficient is penalized, w₀ too).
 *
 * Without an L1 term the minimizer solves the linear system (2/n ΦᵀΦ + λ₂D) w = 2/n Φᵀy, with
 * D the identity except D₀₀ = 0 (plus INTERPOLATION_RIDGE on every penalized diagonal entry).
 * With one, J is not differentiable at w_j = 0 and coordinate descent solves it exactly one
 * coordinate at a time: holding the others fixed, with ρ_j = Φ_jᵀ(y − Φw + Φ_j w_j) and
 * a_j = ‖Φ_j‖², the best w_j is the soft threshold
 *
 *   w_j = S(2ρ_j/n, λ₁) / (2a_j/n + λ₂),   S(z, λ) = sign(z) · max(|z| − λ, 0),
 *
 * which is exactly zero whenever |2ρ_j/n| ≤ λ₁: why the L1 penalty sets coefficients to zero.
 */
export function penalizedLeastSquares(
  phi: Float64Array, y: ArrayLike<number>, n: number, p: number, penalty: Penalty = NO_PENALTY, options: PenalizedOptions = {},
): PenalizedFit {
  const op = 'penalizedLeastSquares';
  if (phi.length !== n * p) throw new ShapeError(op, `phi has ${phi.length} entries, expected ${n}×${p}`);
  if (y.length !== n) throw new ShapeError(op, `y has ${y.length} entries, expected ${n}`);
  if (n < 1 || p < 1) throw new RangeError_(op, `need at least one point and one coefficient, got n = ${n}, p = ${p}`);
  requireAllFinite(op, 'phi', phi);
  requireAllFinite(op, 'y', Float64Array.from(y));
  const l1 = requireInRange(op, 'l1', penalty.l1, 0, 1e6);
  const l2 = requireInRange(op, 'l2', penalty.l2, 0, 1e6);
  const free = options.unpenalized ?? 1;
  if (free !== 0 && free !== 1) throw new RangeError_(op, `unpenalized must be 0 or 1, got ${free}`);
  return l1 === 0 ? ridgeSolve(op, phi, y, n, p, l2, free) : coordinateDescent(phi, y, n, p, l1, l2, free, options);
}

function ridgeSolve(op: string, phi: Float64Array, y: ArrayLike<number>, n: number, p: number, l2: number, free: number): PenalizedFit {
  const a = new Float64Array(p * p), b = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const pj = phi[i * p + j];
      b[j] += (2 / n) * pj * y[i];
      for (let k = 0; k < p; k++) a[j * p + k] += (2 / n) * pj * phi[i * p + k];
    }
  }
  for (let j = free; j < p; j++) a[j * p + j] += l2 + INTERPOLATION_RIDGE;
  if (!choleskyInPlace(a, p, pivotTolerance(a, p))) {
    throw new RangeError_(op, `the ${p} columns are linearly dependent on these ${n} points (all x equal?): no unique fit`);
  }
  const w = new Float64Array(p);
  choleskySolve(a, p, b, w);
  return { w, sweeps: 0, converged: true };
}

function coordinateDescent(
  phi: Float64Array, y: ArrayLike<number>, n: number, p: number, l1: number, l2: number, free: number, options: PenalizedOptions,
): PenalizedFit {
  const tolerance = options.tolerance ?? 1e-12;
  const maxSweeps = options.maxSweeps ?? 100_000;
  const w = options.start ? Float64Array.from(options.start) : new Float64Array(p);
  if (w.length !== p) throw new ShapeError('penalizedLeastSquares', `start has ${w.length} entries, expected ${p}`);
  const colSq = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) colSq[j] += phi[i * p + j] ** 2;
  // r = y − Φw, kept current as coefficients change.
  const r = Float64Array.from(y);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) r[i] -= phi[i * p + j] * w[j];
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    let largest = 0;
    // listing: lasso
    for (let j = 0; j < p; j++) {
      if (colSq[j] === 0) continue;
      let rho = 0;
      for (let i = 0; i < n; i++) rho += phi[i * p + j] * (r[i] + phi[i * p + j] * w[j]);
      const next = j < free ? rho / colSq[j] : softThreshold((2 * rho) / n, l1) / ((2 * colSq[j]) / n + l2);
      const delta = next - w[j];
      if (delta !== 0) {
        for (let i = 0; i < n; i++) r[i] -= phi[i * p + j] * delta;
        w[j] = next;
        largest = Math.max(largest, Math.abs(delta));
      }
    }
    // listing: end
    if (largest <= tolerance) return { w, sweeps, converged: true };
  }
  return { w, sweeps, converged: false };
}

/** S(z, λ) = sign(z) · max(|z| − λ, 0): the proximal step of λ|w|. */
export const softThreshold = (z: number, lambda: number): number => (z > lambda ? z - lambda : z < -lambda ? z + lambda : 0);

/** J(w): the mean squared error plus the penalty (the objective minimized above). */
export function penalizedObjective(phi: Float64Array, y: ArrayLike<number>, n: number, p: number, w: ArrayLike<number>, penalty: Penalty, unpenalized = 1): number {
  let mse = 0;
  for (let i = 0; i < n; i++) {
    let s = -y[i];
    for (let j = 0; j < p; j++) s += phi[i * p + j] * w[j];
    mse += s * s;
  }
  let pen = 0;
  for (let j = unpenalized; j < p; j++) pen += penalty.l1 * Math.abs(w[j]) + 0.5 * penalty.l2 * w[j] * w[j];
  return mse / n + pen;
}

/**
 * J as an Objective for the core's optimizers (the MSE's gradient (2/n)Φᵀ(Φw − y), plus λ₂w_j
 * and λ₁ sign(w_j) on the penalized coefficients): training the same polynomial by gradient
 * steps instead of solving for it, which is what early stopping interrupts.
 */
export function polynomialObjective(phi: Float64Array, y: ArrayLike<number>, n: number, p: number, penalty: Penalty = NO_PENALTY): Objective {
  if (phi.length !== n * p) throw new ShapeError('polynomialObjective', `phi has ${phi.length} entries, expected ${n}×${p}`);
  const residual = new Float64Array(n);
  return {
    dim: p,
    valueAndGrad(w, grad) {
      let mse = 0;
      for (let i = 0; i < n; i++) {
        let s = -y[i];
        for (let j = 0; j < p; j++) s += phi[i * p + j] * w[j];
        residual[i] = s;
        mse += s * s;
      }
      grad.fill(0);
      for (let i = 0; i < n; i++) {
        const r = (2 / n) * residual[i];
        for (let j = 0; j < p; j++) grad[j] += r * phi[i * p + j];
      }
      let pen = 0;
      for (let j = 1; j < p; j++) {
        pen += penalty.l1 * Math.abs(w[j]) + 0.5 * penalty.l2 * w[j] * w[j];
        grad[j] += penalty.l1 * Math.sign(w[j]) + penalty.l2 * w[j];
      }
      return mse / n + pen;
    },
  };
}
