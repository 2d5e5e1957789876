/**
 * The hyperparameter-search widget's math, on this thread (all small): the problem every trial
 * trains (the overfitting widget's degree-9 polynomial on the book's default sample and split),
 * the box of (log₁₀ α, log₁₀ λ) it searches, the grid and the random trial lists, the
 * stability limit of gradient descent on the training design, and the summaries of a search.
 * The trainings themselves run in the worker (task hyperparameterSearch).
 */
import { createRng, polynomialDesign } from '../../core';
import type { HyperparameterSearchInput } from '../../worker/tasks/hyperparameterSearch';
import { splitPoints } from '../overfit/overfitModel';
import { overfitSchema } from '../overfit/overfitSchema';
import { defaultState, type Interval } from '../state/schema';

/** The overfitting widget's default degree: 10 coefficients for 15 training points. */
export const SEARCH_DEGREE = 9;
/** Full-batch gradient steps per trial: short, so a small rate underfits in the budget. */
export const SEARCH_EPOCHS = 300;
/** The searched box: log₁₀ α from an underfitting 10⁻³ to 10^0.5, past the stability limit
 *  (10^−0.18 on this design), and log₁₀ λ over five decades. */
export const LOG_LR_BOX: Interval = [-3, 0.5];
export const LOG_LAMBDA_BOX: Interval = [-6, -1];
/** The loss map's side: G × G trainings over the whole box. */
export const MAP_SIDE = 24;
/** The grid's side K (K² trials per search): the slider's range. */
export const MIN_SIDE = 2;
export const MAX_SIDE = 6;

/** One search's trials: trial i is (logLr[i], logLambda[i]). */
export interface Trials {
  readonly logLr: readonly number[];
  readonly logLambda: readonly number[];
}

export type SearchKind = 'grid' | 'random';

/** k values from lo to hi, both ends included, evenly spaced (k = 1: the middle). */
export function linspace(lo: number, hi: number, k: number): number[] {
  if (k === 1) return [(lo + hi) / 2];
  return Array.from({ length: k }, (_, i) => (i === k - 1 ? hi : lo + ((hi - lo) * i) / (k - 1)));
}

/** Grid search: every pair of k log-spaced rates and k log-spaced strengths (λ outer, α inner). */
// listing: trials
export function gridTrials(k: number): Trials {
  const rates = linspace(LOG_LR_BOX[0], LOG_LR_BOX[1], k), strengths = linspace(LOG_LAMBDA_BOX[0], LOG_LAMBDA_BOX[1], k);
  return {
    logLr: strengths.flatMap(() => rates),
    logLambda: strengths.flatMap((l) => rates.map(() => l)),
  };
}

/** Random search: k² pairs drawn uniformly in the box in log space, from the core's seeded generator. */
export function randomTrials(k: number, seed: number): Trials {
  const rng = createRng(seed);
  const logLr: number[] = [], logLambda: number[] = [];
  for (let i = 0; i < k * k; i++) {
    logLr.push(rng.uniform(LOG_LR_BOX[0], LOG_LR_BOX[1]));
    logLambda.push(rng.uniform(LOG_LAMBDA_BOX[0], LOG_LAMBDA_BOX[1]));
  }
  return { logLr, logLambda };
}
// listing: end

/** The loss map's trials: cell (i, j) of a side × side grid at index j·side + i (x = log α, y = log λ). */
export const mapTrials = (side: number = MAP_SIDE): Trials => gridTrials(side);

/** The fixed problem every trial trains: the default sample, split as the overfitting widget splits it. */
export interface SearchProblem {
  readonly trainX: readonly number[];
  readonly trainY: readonly number[];
  readonly validationX: readonly number[];
  readonly validationY: readonly number[];
  readonly degree: number;
  readonly epochs: number;
}

let problemCache: SearchProblem | null = null;

export function searchProblem(): SearchProblem {
  if (problemCache) return problemCache;
  const s = defaultState(overfitSchema);
  const split = splitPoints(s.points, s.train, s.split);
  problemCache = {
    trainX: Array.from(split.train.x), trainY: Array.from(split.train.y),
    validationX: Array.from(split.validation.x), validationY: Array.from(split.validation.y),
    degree: SEARCH_DEGREE, epochs: SEARCH_EPOCHS,
  };
  return problemCache;
}

export const taskInput = (trials: Trials, problem: SearchProblem = searchProblem()): HyperparameterSearchInput => ({
  ...problem, logLr: [...trials.logLr], logLambda: [...trials.logLambda],
});

/** Both searches in one run, interleaved (grid 0, random 0, grid 1, …) so a cancel leaves both with the same budget spent. */
export function interleave(grid: Trials, random: Trials): Trials {
  const logLr: number[] = [], logLambda: number[] = [];
  for (let i = 0; i < Math.max(grid.logLr.length, random.logLr.length); i++) {
    if (i < grid.logLr.length) { logLr.push(grid.logLr[i]); logLambda.push(grid.logLambda[i]); }
    if (i < random.logLr.length) { logLr.push(random.logLr[i]); logLambda.push(random.logLambda[i]); }
  }
  return { logLr, logLambda };
}

/** The interleaved scores (as many as landed) dealt back to their searches (equal sizes). */
export function deal(scores: ArrayLike<number>): { grid: number[]; random: number[] } {
  const grid: number[] = [], random: number[] = [];
  for (let i = 0; i < scores.length; i++) (i % 2 === 0 ? grid : random).push(scores[i]);
  return { grid, random };
}

/**
 * The largest eigenvalue of the training MSE's Hessian (2/n)ΦᵀΦ, by power iteration, and the
 * stability limit 2/λmax: gradient descent on this quadratic with a constant rate above it
 * grows along the top eigenvector and diverges (the L2 term adds λ to every eigenvalue but the
 * constant's, lowering the limit slightly).
 */
export function stabilityLimit(trainX: ArrayLike<number>, degree: number = SEARCH_DEGREE): { lambdaMax: number; lr: number; logLr: number } {
  const p = degree + 1, n = trainX.length;
  const phi = polynomialDesign(trainX, degree);
  const h = new Float64Array(p * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) h[j * p + k] += (2 / n) * phi[i * p + j] * phi[i * p + k];
  let v = new Float64Array(p).fill(1 / Math.sqrt(p)), lambda = 0;
  for (let it = 0; it < 10_000; it++) {
    const w = new Float64Array(p);
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) w[j] += h[j * p + k] * v[k];
    const norm = Math.hypot(...w);
    const done = Math.abs(norm - lambda) <= 1e-15 * norm;
    lambda = norm;
    v = w.map((x) => x / norm);
    if (done) break;
  }
  return { lambdaMax: lambda, lr: 2 / lambda, logLr: Math.log10(2 / lambda) };
}

export interface SearchSummary {
  /** Trials finished, of `total`. */
  readonly done: number;
  readonly total: number;
  /** The best finished trial (null if none finished or all diverged), its score, α and λ. */
  readonly best: { readonly index: number; readonly score: number; readonly lr: number; readonly lambda: number; readonly logLr: number; readonly logLambda: number } | null;
  /** Distinct α values among the finished trials. */
  readonly distinctLr: number;
  readonly diverged: number;
}

export function summarize(trials: Trials, scores: ArrayLike<number>): SearchSummary {
  const done = Math.min(scores.length, trials.logLr.length);
  let best: SearchSummary['best'] = null, diverged = 0;
  const rates = new Set<number>();
  for (let i = 0; i < done; i++) {
    rates.add(trials.logLr[i]);
    const s = scores[i];
    if (!Number.isFinite(s)) { diverged++; continue; }
    if (!best || s < best.score) {
      const logLr = trials.logLr[i], logLambda = trials.logLambda[i];
      best = { index: i, score: s, logLr, logLambda, lr: 10 ** logLr, lambda: 10 ** logLambda };
    }
  }
  return { done, total: trials.logLr.length, best, distinctLr: rates.size, diverged };
}

/** Summary of the loss map: its lowest cell, and the smallest rate at which some cell diverged. */
export interface MapSummary {
  readonly best: { readonly score: number; readonly logLr: number; readonly logLambda: number } | null;
  readonly lowest: number;
  readonly highest: number;
  readonly diverged: number;
  readonly cells: number;
  /** The smallest log₁₀ α of a diverged cell, or null. */
  readonly divergesFrom: number | null;
}

export function summarizeMap(scores: ArrayLike<number>, side: number = MAP_SIDE): MapSummary {
  const trials = mapTrials(side);
  const s = summarize(trials, scores);
  let lowest = Infinity, highest = -Infinity, divergesFrom: number | null = null;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (Number.isFinite(v)) { lowest = Math.min(lowest, v); highest = Math.max(highest, v); }
    else divergesFrom = divergesFrom === null ? trials.logLr[i] : Math.min(divergesFrom, trials.logLr[i]);
  }
  return {
    best: s.best && { score: s.best.score, logLr: s.best.logLr, logLambda: s.best.logLambda },
    lowest, highest, diverged: s.diverged, cells: scores.length, divergesFrom,
  };
}
