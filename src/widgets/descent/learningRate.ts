/**
 * Gradient descent on a quadratic, in closed form: the arithmetic behind "The learning rate"
 * widget, exported so that chapter 3's prose prints the same numbers and the same sentences.
 *
 * One direction of curvature λ: f(x) = ½λx², f′(x) = λx, and one step x ← x − α f′(x) is
 *
 *   x_{t+1} = (1 − αλ) x_t,   so   x_t = (1 − αλ)^t x_0   and   f(x_t) = (1 − αλ)^{2t} f(x_0).
 *
 * The factor r = 1 − αλ decides everything:
 *   0 < αλ < 1   0 < r < 1:   x shrinks and keeps its sign (fast when αλ is near 1, slow when small);
 *   αλ = 1       r = 0:       one step lands exactly on the minimum;
 *   1 < αλ < 2   −1 < r < 0:  each step overshoots, x flips sign but still shrinks ("oscillating");
 *   αλ = 2       r = −1:      x bounces between +x_0 and −x_0 forever;
 *   αλ > 2       r < −1:      each step multiplies the error by |r| > 1 ("diverging").
 * So the iterates converge exactly when |1 − αλ| < 1, that is 0 < α < 2/λ.
 *
 * A bowl f(x, y) = ½(λ_min x² + λ_max y²) is two such problems side by side, one per axis, with
 * the same α. The shallow axis (λ_min) converges slowest, so it sets the speed; the steep axis
 * (λ_max) is the first to overshoot, so it sets the largest usable α, 2/λ_max. The constant α
 * that makes the worse of the two factors as small as possible balances them,
 * 1 − αλ_min = −(1 − αλ_max), which gives
 *
 *   α* = 2 / (λ_min + λ_max),   with both factors equal to (λ_max − λ_min)/(λ_max + λ_min) = (κ − 1)/(κ + 1),
 *
 * κ = λ_max/λ_min the condition number. In one dimension (κ = 1) α* = 1/λ and the factor is 0.
 *
 * API, for the widget and the chapter:
 *   stepFactor(α, λ), converges(α, λ), iterate(α, λ, x0, t)      one direction
 *   bestAlpha(λmin, λmax), bestRate(λmin, λmax), alphaLimit(λmax) the 2-D trade-off
 *   divergenceStep1d(α, λ)                                       closed-form first divergence step
 *   descendQuadratic(curvatures, start, α, steps)                the iterates and losses, stopping at divergence
 *   classifyRegime(α, { lambdaMin, lambdaMax }, steps)            the regime and every number behind it
 *   explainRegime(report), divergenceReason(report), divergenceNote(report, step)   the sentences
 */
import { RangeError_, requireFinite, requireInteger, requirePositive } from '../../core';
import { formatNumber, formatPercent } from './numberText';

/** A loss above this multiple of the starting loss counts as diverged (the core's train() uses 1e8 too). */
export const DIVERGENCE_FACTOR = 1e8;

/** "Good" means: after the run's steps the loss is at most this fraction of where it started. */
export const GOOD_LOSS_RATIO = 1e-2;

/** αλ within this of 1 or 2 counts as exactly 1 or 2 (a slider's 0.5 × 4 must read as 2, not 2.0000000000000004). */
const BOUNDARY_TOLERANCE = 1e-9;

/** Where the widget starts its runs (the chapter prints these). */
export const PARABOLA_START = 2.5;
export const BOWL_START: readonly [x: number, y: number] = [-2.5, 2];
/** The bowl's shallow curvature; the steep one is κ times it. */
export const BOWL_LAMBDA_MIN = 1;

export type Regime = 'slow' | 'good' | 'oscillating' | 'edge' | 'diverging';

/** What the widget and the chapter call each regime. */
export const REGIME_LABELS: Readonly<Record<Regime, string>> = Object.freeze({
  slow: 'too slow',
  good: 'good',
  oscillating: 'oscillating',
  edge: 'on the edge',
  diverging: 'diverging',
});

// ---------------------------------------------------------------------------------------------
// One direction

/** r = 1 − αλ: what one step multiplies the distance to the minimum by (signed). */
export function stepFactor(alpha: number, lambda: number): number {
  return 1 - alpha * lambda;
}

/** Do the iterates x_t = (1 − αλ)^t x_0 go to 0? Exactly when |1 − αλ| < 1. */
export function converges(alpha: number, lambda: number): boolean {
  return Math.abs(stepFactor(alpha, lambda)) < 1;
}

/** x_t = (1 − αλ)^t x_0, the t-th iterate of gradient descent on ½λx², in closed form. */
export function iterate(alpha: number, lambda: number, x0: number, t: number): number {
  return x0 * Math.pow(stepFactor(alpha, lambda), t);
}

/**
 * The first step t ≥ 1 whose loss exceeds `factor` × the starting loss, or null if the
 * iterates never grow (|1 − αλ| ≤ 1). The loss ratio after t steps is |r|^{2t}, so this is the
 * smallest whole t with t > ln(factor) / (2 ln |r|).
 */
export function divergenceStep1d(alpha: number, lambda: number, factor = DIVERGENCE_FACTOR): number | null {
  const op = 'divergenceStep1d';
  requirePositive(op, 'alpha', alpha);
  requirePositive(op, 'lambda', lambda);
  if (!(factor > 1)) throw new RangeError_(op, `factor must be > 1, got ${factor}`);
  const r = Math.abs(stepFactor(alpha, lambda));
  if (!(r > 1)) return null;
  let t = Math.floor(Math.log(factor) / (2 * Math.log(r))) + 1;
  // The logarithms may round across a whole number: settle t on the ratio itself.
  const ratio = (s: number) => Math.pow(r, 2 * s);
  while (t > 1 && ratio(t - 1) > factor) t--;
  while (!(ratio(t) > factor)) t++;
  return t;
}

// ---------------------------------------------------------------------------------------------
// The bowl's trade-off

/** α* = 2/(λ_min + λ_max): the constant learning rate with the smallest worst factor. */
export function bestAlpha(lambdaMin: number, lambdaMax: number): number {
  return 2 / (lambdaMin + lambdaMax);
}

/** The factor at α*: (λ_max − λ_min)/(λ_max + λ_min) = (κ − 1)/(κ + 1), the same on both axes. */
export function bestRate(lambdaMin: number, lambdaMax: number): number {
  return (lambdaMax - lambdaMin) / (lambdaMax + lambdaMin);
}

/** 2/λ_max: at and above this α the steep direction stops converging. */
export function alphaLimit(lambdaMax: number): number {
  return 2 / lambdaMax;
}

// ---------------------------------------------------------------------------------------------
// A run

export interface QuadraticPath {
  /** Number of coordinates. */
  readonly dim: number;
  /** Iterates, row-major: the point after t steps is points[t·dim … t·dim + dim − 1]. */
  readonly points: Float64Array;
  /** losses[t] = f after t steps, f = ½ Σ λᵢ wᵢ². */
  readonly losses: Float64Array;
  /** Steps taken: the requested number, or fewer if the run diverged first. */
  readonly steps: number;
  /** The first step whose loss was not finite or exceeded `factor` × the starting loss; null if none. */
  readonly divergedAt: number | null;
}

/**
 * Gradient descent with a constant α on f(w) = ½ Σ λᵢ wᵢ² (a bowl with its axes along the
 * coordinates), from `start`, for up to `steps` steps. Each coordinate follows its closed form
 * wᵢ(t) = (1 − αλᵢ)^t wᵢ(0), so no rounding accumulates. Like the core's train(), the run stops
 * at the first diverged step, which is recorded.
 */
export function descendQuadratic(
  curvatures: readonly number[],
  start: readonly number[],
  alpha: number,
  steps: number,
  factor = DIVERGENCE_FACTOR,
): QuadraticPath {
  const op = 'descendQuadratic';
  const dim = curvatures.length;
  if (dim === 0 || start.length !== dim) {
    throw new RangeError_(op, `need as many start coordinates as curvatures (≥ 1), got ${start.length} and ${dim}`);
  }
  curvatures.forEach((l, i) => requirePositive(op, `curvatures[${i}]`, l));
  start.forEach((w, i) => requireFinite(op, `start[${i}]`, w));
  requirePositive(op, 'alpha', alpha);
  requireInteger(op, 'steps', steps, 0, 1e6);
  if (!(factor > 1)) throw new RangeError_(op, `factor must be > 1, got ${factor}`);

  const r = curvatures.map((l) => stepFactor(alpha, l));
  const points = new Float64Array((steps + 1) * dim);
  const losses = new Float64Array(steps + 1);
  let threshold = Infinity;
  for (let t = 0; t <= steps; t++) {
    let loss = 0;
    for (let i = 0; i < dim; i++) {
      const w = t === 0 ? start[i] : start[i] * Math.pow(r[i], t);
      points[t * dim + i] = w;
      loss += 0.5 * curvatures[i] * w * w;
    }
    losses[t] = loss;
    if (t === 0) {
      threshold = factor * loss;
      continue;
    }
    const finite = Number.isFinite(loss) && points.subarray(t * dim, (t + 1) * dim).every(Number.isFinite);
    if (!finite || (loss > threshold && threshold > 0)) {
      return { dim, points: points.slice(0, (t + 1) * dim), losses: losses.slice(0, t + 1), steps: t, divergedAt: t };
    }
  }
  return { dim, points, losses, steps, divergedAt: null };
}

// ---------------------------------------------------------------------------------------------
// Regimes

export interface Curvatures {
  /** The shallowest curvature (the bowl's slow direction); in 1-D, λ itself. */
  readonly lambdaMin: number;
  /** The steepest curvature; in 1-D, λ again. */
  readonly lambdaMax: number;
}

export interface RegimeReport extends Curvatures {
  readonly regime: Regime;
  readonly alpha: number;
  /** The run length the verdict is about ("after 30 steps the loss has barely moved"). */
  readonly steps: number;
  /** One dimension (λ_min = λ_max)? Changes the wording only. */
  readonly oneDimensional: boolean;
  /** α·λ_min and α·λ_max. */
  readonly slowProduct: number;
  readonly steepProduct: number;
  /** |1 − αλ_min| and |1 − αλ_max|: what a step multiplies the error along each axis by. */
  readonly slowFactor: number;
  readonly steepFactor: number;
  /** The larger of the two factors: how fast the error shrinks (or grows) in the long run. */
  readonly rate: number;
  /** rate^{2·steps}: the loss after `steps` steps as a fraction of the start, along the worse axis. */
  readonly lossRatio: number;
  /** 2/(λ_min + λ_max) and its factor (κ − 1)/(κ + 1). */
  readonly bestAlpha: number;
  readonly bestRate: number;
  /** 2/λ_max, the largest α that does not diverge. */
  readonly alphaLimit: number;
}

const near = (a: number, b: number) => Math.abs(a - b) <= BOUNDARY_TOLERANCE * Math.max(1, Math.abs(b));

/**
 * The regime of gradient descent with rate α on a bowl with curvatures λ_min ≤ λ_max, judged
 * over `steps` steps:
 *   diverging    αλ_max > 2
 *   edge         αλ_max = 2 (neither converges nor grows along the steep axis)
 *   oscillating  1 < αλ_max < 2 (the steep coordinate flips sign every step but shrinks)
 *   good         αλ_max ≤ 1 and the loss falls below GOOD_LOSS_RATIO of its start within `steps`
 *   slow         αλ_max ≤ 1 but after `steps` steps the loss is still above that
 */
export function classifyRegime(alpha: number, { lambdaMin, lambdaMax }: Curvatures, steps: number): RegimeReport {
  const op = 'classifyRegime';
  requirePositive(op, 'alpha', alpha);
  requirePositive(op, 'lambdaMin', lambdaMin);
  requirePositive(op, 'lambdaMax', lambdaMax);
  if (lambdaMin > lambdaMax) throw new RangeError_(op, `lambdaMin must be ≤ lambdaMax, got ${lambdaMin} and ${lambdaMax}`);
  requireInteger(op, 'steps', steps, 0, 1e9);

  const slowProduct = alpha * lambdaMin, steepProduct = alpha * lambdaMax;
  const slowFactor = Math.abs(1 - slowProduct), steepFactor = Math.abs(1 - steepProduct);
  const rate = Math.max(slowFactor, steepFactor);
  const lossRatio = Math.pow(rate, 2 * steps);
  let regime: Regime;
  if (near(steepProduct, 2)) regime = 'edge';
  else if (steepProduct > 2) regime = 'diverging';
  else if (steepProduct > 1 && !near(steepProduct, 1)) regime = 'oscillating';
  else regime = lossRatio > GOOD_LOSS_RATIO ? 'slow' : 'good';
  return {
    regime,
    alpha,
    lambdaMin,
    lambdaMax,
    steps,
    oneDimensional: lambdaMin === lambdaMax,
    slowProduct,
    steepProduct,
    slowFactor,
    steepFactor,
    rate,
    lossRatio,
    bestAlpha: bestAlpha(lambdaMin, lambdaMax),
    bestRate: bestRate(lambdaMin, lambdaMax),
    alphaLimit: alphaLimit(lambdaMax),
  };
}

export interface RegimeInterval {
  readonly regime: Regime;
  /** α from … to (the ends are where classifyRegime's verdict changes). */
  readonly from: number;
  readonly to: number;
}

/**
 * The α axis from `lo` to `hi` cut into regimes, for a map of "which α does what" (the edge
 * α = 2/λ_max is a point and so has no interval). Agrees with classifyRegime away from the cuts:
 *   slow         α < α_good, where (1 − αλ_min)^{2·steps} = GOOD_LOSS_RATIO
 *   good         α_good ≤ α ≤ 1/λ_max (empty when α_good > 1/λ_max: no α is both fast and calm)
 *   oscillating  1/λ_max < α < 2/λ_max
 *   diverging    α > 2/λ_max
 */
export function regimeIntervals({ lambdaMin, lambdaMax }: Curvatures, steps: number, lo: number, hi: number): RegimeInterval[] {
  const op = 'regimeIntervals';
  requirePositive(op, 'lambdaMin', lambdaMin);
  requirePositive(op, 'lambdaMax', lambdaMax);
  requireInteger(op, 'steps', steps, 0, 1e9);
  if (!(lo > 0 && hi > lo)) throw new RangeError_(op, `need 0 < lo < hi, got lo = ${lo}, hi = ${hi}`);
  const calm = 1 / lambdaMax, limit = 2 / lambdaMax;
  // (1 − αλ_min)^{2N} ≤ ratio  ⇔  α ≥ (1 − ratio^{1/(2N)}) / λ_min
  const good = steps === 0 ? Infinity : (1 - Math.pow(GOOD_LOSS_RATIO, 1 / (2 * steps))) / lambdaMin;
  const cuts: RegimeInterval[] = [
    { regime: 'slow', from: 0, to: Math.min(good, calm) },
    { regime: 'good', from: good, to: calm },
    { regime: 'oscillating', from: calm, to: limit },
    { regime: 'diverging', from: limit, to: Infinity },
  ];
  return cuts
    .map((c) => ({ regime: c.regime, from: Math.max(lo, c.from), to: Math.min(hi, c.to) }))
    .filter((c) => c.to > c.from);
}

const n = (x: number) => formatNumber(x);
const stepsText = (s: number) => `${s} step${s === 1 ? '' : 's'}`;

/** "the loss is 4.62% of where it started", "5.2 × 10⁻¹⁰ of where it started", "essentially 0". */
function lossAfter(ratio: number): string {
  if (ratio < 1e-300) return 'the loss is essentially 0';
  return ratio >= 1e-3 ? `the loss is ${formatPercent(ratio)} of where it started` : `the loss is ${n(ratio)} of where it started`;
}

/** "α·λ = 2.4 > 2" (1-D) or "α·λmax = 2.4 > 2" (2-D): the reason a run diverged, for notes. */
export function divergenceReason(report: RegimeReport): string {
  const name = report.oneDimensional ? 'α·λ' : 'α·λmax';
  const relation = near(report.steepProduct, 2) ? '=' : report.steepProduct > 2 ? '>' : '≤';
  return `${name} = ${n(report.steepProduct)} ${relation} 2`;
}

/**
 * "Diverged at step 14: α·λ = 2.4 > 2, so each step multiplies the distance to the minimum by
 * |1 − α·λ| = 1.4." The sentence for a run that stopped at `step`.
 */
export function divergenceNote(report: RegimeReport, step: number): string {
  const where = report.oneDimensional ? 'the distance to the minimum' : 'the error along the steep direction';
  const which = report.oneDimensional ? '|1 − α·λ|' : '|1 − α·λmax|';
  return `Diverged at step ${step}: ${divergenceReason(report)}, so each step multiplies ${where} by ${which} = ${n(report.steepFactor)}.`;
}

/** Why the run behaves as it does, in one or two sentences with the numbers. */
export function explainRegime(report: RegimeReport): string {
  const { regime, steps } = report;
  const oneD = report.oneDimensional;
  const p = n(report.steepProduct);
  const name = oneD ? 'α·λ' : 'α·λmax';
  switch (regime) {
    case 'diverging':
      return `${name} = ${p} > 2: each step overshoots the minimum and lands farther from it than it started: it multiplies ${oneD ? 'the distance to the minimum' : 'the error along the steep direction'} by |1 − ${name}| = ${n(report.steepFactor)} > 1 and the loss by ${n(report.steepFactor ** 2)}.`;
    case 'edge':
      return `${name} = 2 exactly: each step flips the sign of ${oneD ? 'x' : 'the steep coordinate'} and keeps its size (|1 − ${name}| = 1), so it bounces between two points forever, neither converging nor diverging.`;
    case 'oscillating': {
      const flip = `${name} = ${p} is between 1 and 2: each step overshoots the minimum, so ${oneD ? 'x' : 'the steep coordinate'} flips sign every step, but |1 − ${name}| = ${n(report.steepFactor)} < 1, so it still shrinks.`;
      if (oneD) return flip;
      return `${flip} Along the shallow direction each step keeps ${formatPercent(report.slowFactor)} of the error; after ${stepsText(steps)} ${lossAfter(report.lossRatio)}.`;
    }
    case 'good':
      if (near(report.steepProduct, 1) && oneD) return 'α·λ = 1: a single step lands exactly on the minimum.';
      return oneD
        ? `α·λ = ${p} is below 1: each step keeps ${formatPercent(report.rate)} of the distance to the minimum, always on the same side, so after ${stepsText(steps)} ${lossAfter(report.lossRatio)}.`
        : `α·λmax = ${p} ≤ 1, so nothing overshoots, and along the shallow direction each step keeps ${formatPercent(report.slowFactor)} of the error: after ${stepsText(steps)} ${lossAfter(report.lossRatio)}.`;
    case 'slow':
      return oneD
        ? `α·λ = ${p} is small: each step removes only ${formatPercent(1 - report.rate)} of the distance to the minimum, so after ${stepsText(steps)} ${lossAfter(report.lossRatio)}.`
        : `α·λmin = ${n(report.slowProduct)} is small: along the shallow direction each step removes only ${formatPercent(1 - report.slowFactor)} of the error, so after ${stepsText(steps)} ${lossAfter(report.lossRatio)}.`;
  }
}

/**
 * 2-D: which direction decides the run, beside the table of factors. The larger factor
 * |1 − α·λ| is the direction whose error lasts longest, unless a factor reaches 1, when that
 * direction does not shrink at all (λmax: α at or past 2/λmax).
 */
export function speedSentence(report: RegimeReport): string {
  const steep = n(report.steepFactor);
  if (report.regime === 'diverging') return `The steep direction decides the run: its factor ${steep} is above 1, so α overshoots it by more each step and the run diverges.`;
  if (report.regime === 'edge') return 'The steep direction decides the run: its factor is 1, so its error bounces back and forth without shrinking.';
  if (report.slowFactor >= report.steepFactor) return `The shallow direction sets the speed: its factor ${n(report.slowFactor)} is the larger one, so its error is the last to go.`;
  return `Here the steep direction converges last: α overshoots it, so its error flips sign every step, and its factor ${steep} is the larger.`;
}
