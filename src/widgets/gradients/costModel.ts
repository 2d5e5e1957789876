/**
 * What a gradient costs, counted in loss evaluations and, under a stated assumption, in time.
 *
 * A numerical gradient of N weights needs N + 1 evaluations with forward differences (L(w)
 * once, then L(w + h·eᵢ) for each i) and 2N with centred ones. Backpropagation needs one
 * forward pass and one backward pass, whatever N is; the backward pass costs a small multiple
 * of the forward one (the "cheap gradient principle": every operation's derivative rule does
 * about as much work as the operation). The book counts it as 2 evaluations, as the race does;
 * the widget measures the real ratio on the reader's machine beside it.
 *
 * Time is not measured for big networks here (there are none on the page), so it is
 * estimated: one evaluation of an N-weight network on a batch does about 2 floating-point
 * operations per weight per example (a multiply and an add), at an assumed rate.
 */
import type { DifferenceFormula } from './numericalGradient';

/** Loss evaluations one numerical gradient of N weights costs: N + 1 forward, 2N centred. */
export function evaluationsPerGradient(n: number, formula: DifferenceFormula): number {
  return formula === 'forward' ? n + 1 : 2 * n;
}

/** The assumptions behind the times (all stated on the page). */
export const COST_ASSUMPTIONS = Object.freeze({
  /** Floating-point operations per weight per example in one forward pass. */
  flopsPerWeightPerExample: 2,
  /** Examples in the batch one evaluation averages over. */
  examples: 100,
  /** Operations per second: about one modern CPU core without vector tricks. */
  flopsPerSecond: 1e9,
  /** Forward + backward in units of one forward pass: the count the book and the race use. */
  backpropEvaluations: 2,
});

/** The chapter-1 network, 784 → 15 → 10: 784·15 + 15 + 15·10 + 10 weights and biases. */
export const CHAPTER1_NETWORK_WEIGHTS = 784 * 15 + 15 + 15 * 10 + 10;

/** Seconds one loss evaluation of an N-weight network takes under COST_ASSUMPTIONS. */
export function secondsPerEvaluation(n: number, a: typeof COST_ASSUMPTIONS = COST_ASSUMPTIONS): number {
  return (a.flopsPerWeightPerExample * n * a.examples) / a.flopsPerSecond;
}

export interface GradientCost {
  /** Loss evaluations of the numerical gradient. */
  readonly numericalEvaluations: number;
  /** Forward + backward, in evaluations' worth. */
  readonly backpropEvaluations: number;
  /** How many times more work the numerical gradient is. */
  readonly ratio: number;
  readonly numericalSeconds: number;
  readonly backpropSeconds: number;
}

/** Both ways of getting the gradient of an N-weight network, in evaluations and seconds. */
export function gradientCost(n: number, formula: DifferenceFormula, backpropEvaluations: number = COST_ASSUMPTIONS.backpropEvaluations): GradientCost {
  const numericalEvaluations = evaluationsPerGradient(n, formula);
  const each = secondsPerEvaluation(n);
  return {
    numericalEvaluations,
    backpropEvaluations,
    ratio: numericalEvaluations / backpropEvaluations,
    numericalSeconds: numericalEvaluations * each,
    backpropSeconds: backpropEvaluations * each,
  };
}

const UNITS: readonly [seconds: number, singular: string, plural: string][] = [
  [365.25 * 86400, 'year', 'years'],
  [86400, 'day', 'days'],
  [3600, 'h', 'h'],
  [60, 'min', 'min'],
  [1, 's', 's'],
];

/** A duration, short: "7.2 ms", "28 s", "4.8 min", "3.3 h", "231 days", "6.3 years". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  if (seconds < 1e-3) return `${round2(seconds * 1e6)} µs`;
  if (seconds < 1) return `${round2(seconds * 1e3)} ms`;
  for (const [size, one, many] of UNITS) {
    if (seconds >= size) {
      const v = round2(seconds / size);
      return `${v} ${v === '1' ? one : many}`;
    }
  }
  return `${seconds} s`;
}

/** Two significant digits, or a whole number from 10 up, with thousands separators. */
function round2(v: number): string {
  if (v >= 10) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toPrecision(2)));
}
