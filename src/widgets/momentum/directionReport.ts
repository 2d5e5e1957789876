/**
 * What momentum does along each eigen-direction, from the core's closed form
 * (momentumOnQuadratic.ts): the roots μ of the direction's 2 × 2 step matrix, the spectral
 * radius ρ = max |μ| (the error's long-run factor per step), the regime, and the numbers the
 * readout compares: steps per tenfold shrink, the critical β, the largest stable α.
 *
 * One departure from the core's exact verdict, for sliders: the core calls a direction
 * critically damped only when the discriminant is zero to 1e-9, which a slider (β moves in
 * steps of 0.01, and a link keeps 6 digits) never hits. The widget names a direction critically
 * damped when β is within CRITICAL_BAND of the critical β = (1 − √(αλ))², and says so.
 */
import {
  type MomentumRegime,
  type MomentumRoots,
  criticalMomentum,
  momentumAlphaLimit,
  momentumRoots,
  optimalMomentum,
} from '../../core';
import { bestAlpha } from '../descent/learningRate';
import { type BowlCurvatures, type Direction, DIRECTIONS, bowlCurvatures, curvatureOf } from './bowl';

/** Half the β slider's step: this close to the critical β reads as critically damped. */
export const CRITICAL_BAND = 0.005;

export interface DirectionReport {
  readonly direction: Direction;
  /** The direction's curvature λ. */
  readonly lambda: number;
  /** α·λ. */
  readonly product: number;
  /** The core's roots, spectral radius, regime and sign flag. */
  readonly roots: MomentumRoots;
  /** ρ = max |μ|. */
  readonly rate: number;
  /** The regime the widget names (the core's, with critical damping widened to CRITICAL_BAND). */
  readonly regime: MomentumRegime;
  /** Named critically damped by the band, not by the core's exact test. */
  readonly nearCritical: boolean;
  /** The dominant root is negative: the error flips sign every step. */
  readonly zigzag: boolean;
  /** Steps for the error to shrink tenfold, ln 10 / ln(1/ρ): 0 if ρ = 0, ∞ if ρ ≥ 1. */
  readonly stepsPerTenfold: number;
  /** The β that critically damps this direction at this α: (1 − √(αλ))². */
  readonly criticalBeta: number;
  /** The largest stable α at this β: 2(1 + β)/λ. */
  readonly alphaLimit: number;
}

/** ln 10 / ln(1/ρ): how many steps multiply the error by 1/10 in the long run. */
export function stepsPerTenfold(rate: number): number {
  if (!(rate < 1)) return Infinity;
  if (rate === 0) return 0;
  return Math.log(10) / -Math.log(rate);
}

export function directionReport(direction: Direction, alpha: number, beta: number, curvatures: BowlCurvatures): DirectionReport {
  const lambda = curvatureOf(direction, curvatures);
  const roots = momentumRoots(alpha, beta, lambda);
  const criticalBeta = criticalMomentum(alpha, lambda);
  const nearCritical = roots.regime !== 'diverging' && roots.regime !== 'critically damped' && Math.abs(beta - criticalBeta) <= CRITICAL_BAND;
  return {
    direction,
    lambda,
    product: alpha * lambda,
    roots,
    rate: roots.spectralRadius,
    regime: nearCritical ? 'critically damped' : roots.regime,
    nearCritical,
    // Near critical damping the roots may be a hair complex; a negative real part still flips the sign.
    zigzag: roots.alternates || (nearCritical && roots.roots[0].re < 0),
    stepsPerTenfold: stepsPerTenfold(roots.spectralRadius),
    criticalBeta,
    alphaLimit: momentumAlphaLimit(beta, lambda),
  };
}

export interface ExplorerReport {
  readonly kappa: number;
  readonly alpha: number;
  readonly beta: number;
  readonly curvatures: BowlCurvatures;
  /** Slow direction first, then fast. */
  readonly directions: readonly [slow: DirectionReport, fast: DirectionReport];
  /** The worse direction's ρ: the run's long-run factor per step. */
  readonly rate: number;
  /** The direction with the larger ρ (the slow one on a tie). */
  readonly limiting: Direction;
  readonly stepsPerTenfold: number;
  /** Polyak's α*, β* for this bowl, the rate √β* they give, and the best plain gradient descent's rate. */
  readonly optimal: { readonly alpha: number; readonly beta: number; readonly rate: number; readonly stepsPerTenfold: number };
  readonly gradientDescent: { readonly alpha: number; readonly rate: number; readonly stepsPerTenfold: number };
}

/** Both directions, the worse rate, and the two yardsticks (momentum at α*, β*; gradient descent at its best α). */
export function explorerReport(kappa: number, alpha: number, beta: number): ExplorerReport {
  const curvatures = bowlCurvatures(kappa);
  const [slow, fast] = DIRECTIONS.map((d) => directionReport(d, alpha, beta, curvatures));
  const best = optimalMomentum(curvatures.lambdaMin, curvatures.lambdaMax);
  const rate = Math.max(slow.rate, fast.rate);
  return {
    kappa,
    alpha,
    beta,
    curvatures,
    directions: [slow, fast],
    rate,
    limiting: fast.rate > slow.rate ? 'fast' : 'slow',
    stepsPerTenfold: stepsPerTenfold(rate),
    optimal: { alpha: best.alpha, beta: best.beta, rate: best.rate, stepsPerTenfold: stepsPerTenfold(best.rate) },
    gradientDescent: {
      // Gradient descent is momentum with β = 0; its best constant α is 2/(λmin + λmax) (chapter 3).
      alpha: bestAlpha(curvatures.lambdaMin, curvatures.lambdaMax),
      rate: best.gradientDescentRate,
      stepsPerTenfold: stepsPerTenfold(best.gradientDescentRate),
    },
  };
}
