/**
 * The overfitting widget's math, on this thread (small: a few dozen points, degrees up to 15,
 * so every fit is a 16 × 16 solve): the book's sample, the split into training and validation
 * points, the closed-form fit of every degree, and the error of each fit on the training
 * points, on the validation points and, when the points are the book's own sample, on 1,000
 * new points from the same source (what the validation error estimates).
 */
import { makeSmooth1d, penalizedLeastSquares, polynomialDesign, polynomialMse, polynomialValue, smooth1dTarget, splitDataset } from '../../core';
import type { Dataset } from '../../core';

export type { Vec2 } from '../state/schema';
import type { Vec2 } from '../state/schema';

export const OVERFIT_X: [number, number] = [0, 1];
export const OVERFIT_Y: [number, number] = [-2, 2];
export const MAX_DEGREE = 15;
export const MAX_POINTS = 60;
export const MIN_POINTS = 4;
export const SAMPLE_SIZE = 30;
export const SAMPLE_NOISE = 0.25;
export const DEFAULT_SAMPLE_SEED = 3;
/** Adam's rate and the epochs of the early-stopping run. */
export const EARLY_STOPPING_LR = 0.02;
export const EARLY_STOPPING_EPOCHS = 20_000;
/** Errors are drawn on a log axis up to this; a fit worse than this sits on the top edge. */
export const ERROR_CEILING = 100;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** The book's sample for a seed: SAMPLE_SIZE noisy points of sin(2πx), x uniform, rounded to
 *  three decimals (what a link stores, so the stored points are exactly the sample). */
export function sampleOf(seed: number): Vec2[] {
  const d = makeSmooth1d({ n: SAMPLE_SIZE, noise: SAMPLE_NOISE, spacing: 'random', seed });
  return Array.from({ length: d.n }, (_, i): Vec2 => [round3(d.x[i]), Math.min(OVERFIT_Y[1], Math.max(OVERFIT_Y[0], round3(d.y[i])))]);
}

/** True if `points` are exactly the book's sample for `seed` (not drawn on, not imported). */
export function isSample(points: readonly Vec2[], seed: number): boolean {
  const s = sampleOf(seed);
  return points.length === s.length && points.every(([x, y], i) => x === s[i][0] && y === s[i][1]);
}

/** New points from the same source as the samples, never shown: the "true" error's yardstick. */
const FRESH = makeSmooth1d({ n: 1000, noise: SAMPLE_NOISE, spacing: 'random', seed: 1_000_003 });

export interface SplitPoints {
  readonly train: Dataset;
  readonly validation: Dataset;
  /** For each point, in the order given: true if it is a training point. */
  readonly isTrain: readonly boolean[];
}

export function splitPoints(points: readonly Vec2[], trainShare: number, seed: number): SplitPoints {
  const data: Dataset = { x: Float64Array.from(points, (p) => p[0]), y: Float64Array.from(points, (p) => p[1]), n: points.length, d: 1, name: 'points' };
  // At least two points on each side, whatever the share.
  const nTrain = Math.min(points.length - 2, Math.max(2, Math.round(trainShare * points.length)));
  const s = splitDataset(data, { train: nTrain / points.length, validation: 1 - nTrain / points.length, test: 0 }, seed);
  const isTrain = points.map(() => false);
  for (const i of s.indices.train) isTrain[i] = true;
  return { train: s.train, validation: s.validation, isTrain };
}

export interface DegreeErrors {
  readonly degree: number;
  readonly w: Float64Array;
  readonly train: number;
  readonly validation: number;
  /** The error on 1,000 new points from the book's source, or null for the reader's own data. */
  readonly fresh: number | null;
}

export function fitDegree(split: SplitPoints, degree: number, withFresh: boolean): DegreeErrors {
  const { train, validation } = split;
  const w = penalizedLeastSquares(polynomialDesign(train.x, degree), train.y, train.n, degree + 1).w;
  return {
    degree,
    w,
    train: polynomialMse(w, train.x, train.y),
    validation: polynomialMse(w, validation.x, validation.y),
    fresh: withFresh ? polynomialMse(w, FRESH.x, FRESH.y) : null,
  };
}

/** Every degree 0 … MAX_DEGREE, fitted to the training points. */
export const capacityCurve = (split: SplitPoints, withFresh: boolean): DegreeErrors[] =>
  Array.from({ length: MAX_DEGREE + 1 }, (_, d) => fitDegree(split, d, withFresh));

/** The degree with the lowest validation error (the lowest such degree on a tie). */
export const bestDegree = (curve: readonly DegreeErrors[]): DegreeErrors =>
  curve.reduce((a, b) => (b.validation < a.validation ? b : a));

/** The fitted curve and the true one sampled across the plot, for drawing. */
export function curvePoints(w: ArrayLike<number>, count = 241): { x: Float64Array; y: Float64Array; truth: Float64Array } {
  const x = Float64Array.from({ length: count }, (_, i) => OVERFIT_X[0] + ((OVERFIT_X[1] - OVERFIT_X[0]) * i) / (count - 1));
  return { x, y: x.map((v) => polynomialValue(w, v)), truth: x.map(smooth1dTarget) };
}

/** The worker's early-stopping run for the current degree and split. */
export const earlyStoppingInput = (split: SplitPoints, degree: number) => ({
  trainX: Array.from(split.train.x), trainY: Array.from(split.train.y),
  validationX: Array.from(split.validation.x), validationY: Array.from(split.validation.y),
  degree, epochs: EARLY_STOPPING_EPOCHS, lr: EARLY_STOPPING_LR,
});
