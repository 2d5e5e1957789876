/**
 * Momentum on a quadratic, in closed form: what the momentum explorer draws and the optimizers
 * chapter's numbers are computed from.
 *
 * Along an eigen-direction of curvature λ the error e = w − w* has gradient λe, so one step of
 * the book's momentum (v ← βv + λe;  e ← e − αv) is linear in (e, v):
 *
 *   [e']   [1 − αλ   −αβ] [e]
 *   [v'] = [  λ        β ] [v]          trace 1 + β − αλ,  determinant β
 *
 * Its eigenvalues μ solve μ² − (1 + β − αλ)μ + β = 0, and the error after t steps is a sum
 * c₁μ₁ᵗ + c₂μ₂ᵗ. The larger |μ| (the spectral radius ρ) is the factor the error shrinks by per
 * step in the long run. The discriminant (1 + β − αλ)² − 4β names the regime: positive, two
 * real roots (overdamped); zero, a double root (critically damped); negative, a complex pair of
 * modulus √β (underdamped: the error oscillates). With β = 0 it is gradient descent, μ = 1 − αλ.
 *
 * For eigenvalues in [λmin, λmax] (κ = λmax/λmin) the best constant α and β (Polyak 1964) are
 *   α* = (2 / (√λmin + √λmax))²,   β* = ((√κ − 1)/(√κ + 1))²,
 * which put every direction's roots on the circle of radius √β* = (√κ − 1)/(√κ + 1), against
 * (κ − 1)/(κ + 1) for the best plain gradient descent: the √κ in place of κ.
 */
import { RangeError_, requireFinite, requireInRange, requirePositive } from '../errors';

export type MomentumRegime = 'overdamped' | 'critically damped' | 'underdamped' | 'diverging';

/** The two roots μ of one eigen-direction's step, as complex numbers (im = 0 when real). */
export interface MomentumRoots {
  readonly roots: readonly [{ readonly re: number; readonly im: number }, { readonly re: number; readonly im: number }];
  /** max |μ|: the error's long-run factor per step. */
  readonly spectralRadius: number;
  readonly regime: MomentumRegime;
  /** The dominant root is negative: the error changes sign every step (a zig-zag). */
  readonly alternates: boolean;
}

/** Relative width of "critically damped": a discriminant this small against β counts as zero. */
const CRITICAL_TOLERANCE = 1e-9;

function checkStep(op: string, alpha: number, beta: number, lambda: number): void {
  requireFinite(op, 'alpha', alpha);
  requireInRange(op, 'beta', beta, 0, 1);
  requirePositive(op, 'lambda', lambda);
}

/** The 2 × 2 step matrix acting on (e, v), row-major: [1 − αλ, −αβ, λ, β]. */
export function momentumMatrix(alpha: number, beta: number, lambda: number): [number, number, number, number] {
  checkStep('momentumMatrix', alpha, beta, lambda);
  return [1 - alpha * lambda, -alpha * beta, lambda, beta];
}

/** The roots of one direction's step, its spectral radius and its regime. */
export function momentumRoots(alpha: number, beta: number, lambda: number): MomentumRoots {
  checkStep('momentumRoots', alpha, beta, lambda);
  const half = (1 + beta - alpha * lambda) / 2; // half the trace
  const disc = half * half - beta; // a quarter of the discriminant
  let roots: MomentumRoots['roots'];
  let radius: number;
  const critical = Math.abs(disc) <= CRITICAL_TOLERANCE * Math.max(beta, half * half, Number.MIN_VALUE);
  if (disc > 0 && !critical) {
    // Real roots, written so neither loses digits to cancellation: μ₁ = half ± √disc, μ₂ = β/μ₁.
    const big = half + Math.sign(half || 1) * Math.sqrt(disc);
    const small = big === 0 ? 0 : beta / big;
    roots = [{ re: big, im: 0 }, { re: small, im: 0 }];
    radius = Math.max(Math.abs(big), Math.abs(small));
  } else if (critical) {
    roots = [{ re: half, im: 0 }, { re: half, im: 0 }];
    radius = Math.abs(half);
  } else {
    const im = Math.sqrt(-disc);
    roots = [{ re: half, im }, { re: half, im: -im }];
    radius = Math.sqrt(beta); // |μ|² = μ·μ̄ = det = β
  }
  const regime: MomentumRegime = radius >= 1 ? 'diverging' : critical ? 'critically damped' : disc > 0 ? 'overdamped' : 'underdamped';
  return { roots, spectralRadius: radius, regime, alternates: roots[0].im === 0 && roots[0].re < 0 };
}

/** Whether momentum converges along a direction of curvature λ: 0 < αλ < 2(1 + β), β in [0, 1). */
export function momentumConverges(alpha: number, beta: number, lambda: number): boolean {
  checkStep('momentumConverges', alpha, beta, lambda);
  return alpha > 0 && beta < 1 && alpha * lambda < 2 * (1 + beta);
}

/** The largest stable α for curvature λ at momentum β (the stability boundary): 2(1 + β)/λ. */
export function momentumAlphaLimit(beta: number, lambda: number): number {
  requireInRange('momentumAlphaLimit', 'beta', beta, 0, 1);
  requirePositive('momentumAlphaLimit', 'lambda', lambda);
  return (2 * (1 + beta)) / lambda;
}

/** The β at which a direction of curvature λ is critically damped at step α: (1 − √(αλ))². */
export function criticalMomentum(alpha: number, lambda: number): number {
  requirePositive('criticalMomentum', 'alpha', alpha);
  requirePositive('criticalMomentum', 'lambda', lambda);
  const s = Math.sqrt(alpha * lambda);
  return (1 - s) * (1 - s);
}

export interface OptimalMomentum {
  readonly alpha: number;
  readonly beta: number;
  /** The rate every direction then converges at: √β* = (√κ − 1)/(√κ + 1). */
  readonly rate: number;
  /** The best rate of plain gradient descent (α = 2/(λmin + λmax)): (κ − 1)/(κ + 1). */
  readonly gradientDescentRate: number;
}

/** Polyak's α* and β* for eigenvalues in [λmin, λmax], with the rates they give. */
export function optimalMomentum(lambdaMin: number, lambdaMax: number): OptimalMomentum {
  const op = 'optimalMomentum';
  requirePositive(op, 'lambdaMin', lambdaMin);
  requirePositive(op, 'lambdaMax', lambdaMax);
  if (lambdaMax < lambdaMin) throw new RangeError_(op, `lambdaMax must be at least lambdaMin (${lambdaMin}), got ${lambdaMax}`);
  const a = Math.sqrt(lambdaMin), b = Math.sqrt(lambdaMax);
  const kappa = lambdaMax / lambdaMin;
  const rate = (b - a) / (b + a); // (√κ − 1)/(√κ + 1), without forming κ
  return {
    alpha: (2 / (a + b)) ** 2,
    beta: rate * rate,
    rate,
    gradientDescentRate: (kappa - 1) / (kappa + 1),
  };
}
