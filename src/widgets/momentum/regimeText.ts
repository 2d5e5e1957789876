/**
 * The explorer's sentences, with the numbers substituted: each direction's regime and why,
 * the divergence and its reason, the comparison with gradient descent and with α*, β*, and the
 * plots' descriptions for screen readers. Pure, so the chapter can print the same text.
 */
import { type MomentumRegime, momentumAlphaLimit } from '../../core';
import { formatFixed, formatNumber } from '../descent/numberText';
import { plural } from '../kit/numberText';
import { DIRECTION_NAMES } from './bowl';
import { CRITICAL_BAND, type DirectionReport, type ExplorerReport } from './directionReport';
import type { MomentumPath } from './momentumRun';
import { BETA_RANGE } from './momentumSchema';

const n = (x: number) => formatNumber(x);

/** What the widget calls each regime (the core's names). */
export const REGIME_LABELS: Readonly<Record<MomentumRegime, string>> = Object.freeze({
  overdamped: 'overdamped',
  'critically damped': 'critically damped',
  underdamped: 'underdamped',
  diverging: 'diverging',
});

/** "underdamped", "overdamped, zig-zag". */
export function regimeLabel(r: DirectionReport): string {
  return r.zigzag && r.regime !== 'diverging' ? `${REGIME_LABELS[r.regime]}, zig-zag` : REGIME_LABELS[r.regime];
}

/** "10× smaller every 43.7 steps", "gone after one step", "never". */
export function tenfoldText(steps: number): string {
  if (steps === 0) return 'gone after one step';
  if (!Number.isFinite(steps)) return 'never';
  return `10× smaller every ${n(steps)} step${steps === 1 ? '' : 's'}`;
}

/** "α·λmax = 4.5 > 2(1 + β) = 3.8": why a direction diverges (or, with ≤, why it does not). */
export function stabilityText(r: DirectionReport, beta: number): string {
  const limit = momentumAlphaLimit(beta, 1); // 2(1 + β): α·λ's limit
  const relation = r.product > limit ? '>' : r.product === limit ? '=' : '<';
  return `α·${DIRECTION_NAMES[r.direction].lambda} = ${n(r.product)} ${relation} 2(1 + β) = ${n(limit)}`;
}

/** Why a direction behaves as it does, in a sentence with its roots and rate. */
export function directionSentence(r: DirectionReport, beta: number): string {
  const [m1, m2] = r.roots.roots;
  switch (r.regime) {
    case 'diverging':
      return `${stabilityText(r, beta)}: a root of modulus ${n(r.rate)} ≥ 1, so the error grows every step.`;
    case 'underdamped':
      return `Complex roots ${n(m1.re)} ± ${n(Math.abs(m1.im))}i of modulus √β = ${n(r.rate)}: the error oscillates as it shrinks, by ${n(r.rate)} per step, ${tenfoldText(r.stepsPerTenfold)}.`;
    case 'overdamped': {
      const flip = r.zigzag ? ` The larger root is negative, so the error flips sign every step: a zig-zag.` : ' The error shrinks without oscillating.';
      return `Real roots ${n(m1.re)} and ${n(m2.re)}: the larger in size, ${n(r.rate)}, sets the pace, ${tenfoldText(r.stepsPerTenfold)}.${flip}`;
    }
    case 'critically damped': {
      const near = r.nearCritical ? ` (β is within ${CRITICAL_BAND} of the critical β = (1 − √(αλ))² = ${n(r.criticalBeta)})` : '';
      const sign = r.zigzag ? ' The root is negative, so the error flips sign every step (a zig-zag), but does not ring.' : ' The error does not oscillate.';
      return `A double root at ${n(m1.re)}${near}: the smallest ρ any β gives this direction at this α, ${n(r.rate)} per step, ${tenfoldText(r.stepsPerTenfold)}.${sign}`;
    }
  }
}

/** "Diverged at step 14 along the fast direction: α·λmax = 4.5 > 2(1 + β) = 3.8." */
export function divergenceNote(path: MomentumPath, report: ExplorerReport): string | null {
  if (path.divergedAt === null || path.divergedAlong === null) return null;
  const r = report.directions[path.divergedAlong === 'slow' ? 0 : 1];
  return `Diverged at step ${path.divergedAt} along the ${DIRECTION_NAMES[path.divergedAlong].name}: ${stabilityText(r, report.beta)}, so its error grows by ${n(r.rate)} per step.`;
}

/** The run's pace against the two yardsticks: gradient descent at its best α, and momentum at α*, β*. */
export function comparisonSentence(report: ExplorerReport): string {
  const { optimal: best, gradientDescent: gd } = report;
  const here = report.rate < 1
    ? `Here the error takes ${n(report.stepsPerTenfold)} steps to shrink tenfold (ρ = ${n(report.rate)}, set by the ${DIRECTION_NAMES[report.limiting].name}).`
    : `Here the ${DIRECTION_NAMES[report.limiting].name} diverges (ρ = ${n(report.rate)}).`;
  return `${here} Plain gradient descent at its best α = 2/(λmin + λmax) = ${n(gd.alpha)} needs ${n(gd.stepsPerTenfold)} steps per tenfold (ρ = (κ − 1)/(κ + 1) = ${n(gd.rate)}); momentum at α* = ${n(best.alpha)}, β* = ${n(best.beta)} needs ${n(best.stepsPerTenfold)} (ρ = (√κ − 1)/(√κ + 1) = ${n(best.rate)}).`;
}

const settings = (r: ExplorerReport) => `κ = ${n(r.kappa)}, α = ${n(r.alpha)}, β = ${n(r.beta)}`;

function directionSummary(r: DirectionReport): string {
  const name = DIRECTION_NAMES[r.direction].name;
  if (r.regime === 'diverging') return `the ${name} diverges, its error grows by ${n(r.rate)} per step`;
  return `the ${name} is ${regimeLabel(r)}, its error shrinks by ${n(r.rate)} per step`;
}

/** The error plot in words: both directions' regimes and rates, and the errors now. */
export function describeErrors(report: ExplorerReport, path: MomentumPath, t: number): string {
  const [slow, fast] = report.directions;
  const e = (i: 0 | 1) => n(Math.abs(path.points[2 * t + i] / path.points[i]));
  return `${settings(report)}: ${directionSummary(slow)}; ${directionSummary(fast)}. After ${plural(t, 'step')} the slow direction's error is ${e(0)} of its start and the fast direction's ${e(1)}.`;
}

/** The path plot in words. */
export function describePath(report: ExplorerReport, path: MomentumPath, t: number, start: readonly [number, number]): string {
  const where = `(${formatFixed(path.points[2 * t])}, ${formatFixed(path.points[2 * t + 1])})`;
  const diverged = path.divergedAt !== null ? ` The run diverged at step ${path.divergedAt}.` : '';
  return `Momentum on the bowl ½(x² + ${n(report.kappa)}·y²) from (${start.map((v) => formatFixed(v)).join(', ')}) with ${settings(report)}. After ${plural(t, 'step')} the point is at ${where} and the loss is ${n(path.losses[t] / path.losses[0])} of the start.${diverged}`;
}

/** The phase diagram in words. */
export function describePhase(report: ExplorerReport, alphaRange: readonly [number, number]): string {
  const { lambdaMax } = report.curvatures;
  const best = report.optimal;
  return `Phase diagram for κ = ${n(report.kappa)}: colour is the slower direction's rate ρ for α from ${n(alphaRange[0])} to ${n(alphaRange[1])} (log scale) and β from 0 to 0.99, darker is slower. Right of the stability boundary α = 2(1 + β)/λmax (${n(momentumAlphaLimit(0, lambdaMax))} at β = 0, ${n(momentumAlphaLimit(BETA_RANGE[1], lambdaMax))} at β = ${n(BETA_RANGE[1])}) the run diverges. The best point α* = ${n(best.alpha)}, β* = ${n(best.beta)} gives ρ = ${n(best.rate)}. The current point α = ${n(report.alpha)}, β = ${n(report.beta)} gives ρ = ${n(report.rate)}.`;
}

/** "slow: underdamped; fast: overdamped, zig-zag", for the live region. */
export function regimesAnnouncement(report: ExplorerReport): string {
  return report.directions.map((r) => `${DIRECTION_NAMES[r.direction].name}: ${regimeLabel(r)}`).join('; ');
}
