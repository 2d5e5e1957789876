/**
 * The phase diagram's data: over a grid of (α, β), how fast momentum converges on the bowl,
 * max(ρ(λmin), ρ(λmax)) with ρ the spectral radius of a direction's 2 × 2 step matrix (the
 * core's momentumRoots). It depends on κ only, so the widget computes it once per κ.
 *
 * Cells are uniform in log α and in β and fill the axes exactly: column i's centre is at
 * log α = log α_lo + (i + ½)·Δ, so the image stretches edge to edge over a log-α axis.
 * Also here: the curves drawn over it (the stability boundary, the critical-damping curves)
 * and the map from ρ to colour.
 */
import { criticalMomentum, momentumAlphaLimit, momentumRoots } from '../../core';
import { bowlCurvatures } from './bowl';
import { ALPHA_RANGE, BETA_RANGE } from './momentumSchema';

/** Columns (α) and rows (β): a small image the canvas scales up. */
export const PHASE_NX = 120;
export const PHASE_NY = 80;

export interface PhaseGrid {
  /** rates[j·nx + i] = max ρ at (alphaAt(i), betaAt(j)); row 0 is the lowest β. */
  readonly rates: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly kappa: number;
}

/** α at the centre of column i (of nx), log-uniform over ALPHA_RANGE. */
export function alphaAt(i: number, nx = PHASE_NX): number {
  const [lo, hi] = ALPHA_RANGE;
  return lo * Math.pow(hi / lo, (i + 0.5) / nx);
}

/** β at the centre of row j (of ny), uniform over BETA_RANGE. */
export function betaAt(j: number, ny = PHASE_NY): number {
  const [lo, hi] = BETA_RANGE;
  return lo + ((hi - lo) * (j + 0.5)) / ny;
}

/** ρ at every cell for one curvature λ. */
function directionRates(lambda: number, nx: number, ny: number): Float64Array {
  const rates = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const beta = betaAt(j, ny);
    for (let i = 0; i < nx; i++) rates[j * nx + i] = momentumRoots(alphaAt(i, nx), beta, lambda).spectralRadius;
  }
  return rates;
}

/**
 * The slow direction's field is the same for every κ (λmin is fixed), so it is kept: a κ drag
 * then computes only the fast direction's 9,600 cells. One entry, so it never grows.
 */
let slowField: { readonly key: string; readonly rates: Float64Array } | null = null;

function slowRates(lambdaMin: number, nx: number, ny: number): Float64Array {
  const key = `${lambdaMin}:${nx}x${ny}`;
  if (slowField?.key !== key) slowField = { key, rates: directionRates(lambdaMin, nx, ny) };
  return slowField.rates;
}

/** The worse direction's spectral radius at every cell, for the bowl of condition number κ. */
export function phaseGrid(kappa: number, nx = PHASE_NX, ny = PHASE_NY): PhaseGrid {
  const { lambdaMin, lambdaMax } = bowlCurvatures(kappa);
  const slow = slowRates(lambdaMin, nx, ny);
  const rates = directionRates(lambdaMax, nx, ny);
  for (let k = 0; k < rates.length; k++) rates[k] = Math.max(rates[k], slow[k]);
  return { rates, nx, ny, kappa };
}

/** Decades of 1 − ρ the colour ramp spans: ρ = 0 at one end, ρ = 0.999 at the other. */
export const RATE_DECADES = 3;

/**
 * ρ → t ∈ [0, 1] for the colour ramp, logarithmic in 1 − ρ (what matters is how many steps a
 * tenfold shrink takes, ~ 2.3/(1 − ρ)): ρ = 0 → 0, 0.9 → ⅓, 0.99 → ⅔, ≥ 0.999 → 1.
 * Diverging cells (ρ ≥ 1) get NaN: the canvas leaves them transparent over a hatched backdrop.
 */
export function rateToT(rate: number): number {
  if (!(rate < 1)) return NaN;
  return Math.min(1, Math.max(0, -Math.log10(1 - rate) / RATE_DECADES));
}

/** The ρ values the legend marks. */
export const LEGEND_RATES: readonly number[] = [0, 0.9, 0.99, 0.999];

export interface Curve {
  readonly alphas: Float64Array;
  readonly betas: Float64Array;
}

/** The stability boundary α = 2(1 + β)/λmax: past it (to the right) the fast direction diverges. */
export function stabilityBoundary(lambdaMax: number, samples = 40): Curve {
  const [lo, hi] = BETA_RANGE;
  const betas = Float64Array.from({ length: samples }, (_, k) => lo + ((hi - lo) * k) / (samples - 1));
  return { alphas: betas.map((b) => momentumAlphaLimit(b, lambdaMax)), betas };
}

/**
 * Critical damping of the direction with curvature λ: β = (1 − √(αλ))². Below the curve the
 * direction is overdamped (two real roots), above it underdamped. Points above the β axis's
 * top are NaN, so the line breaks instead of running off the plot.
 */
export function criticalCurve(lambda: number, samples = 200): Curve {
  const [lo, hi] = ALPHA_RANGE;
  const alphas = Float64Array.from({ length: samples }, (_, k) => lo * Math.pow(hi / lo, k / (samples - 1)));
  const betas = alphas.map((a) => {
    const b = criticalMomentum(a, lambda);
    return b <= BETA_RANGE[1] ? b : NaN;
  });
  return { alphas, betas };
}
