/**
 * k-fold cross-validation of the chapter's polynomials on the overfitting widget's default
 * sample: the points dealt into k folds (the core's kFolds), and for every degree the k
 * validation errors of the fit to the other k − 1 folds, with their mean and spread.
 */
import { gather, kFolds, penalizedLeastSquares, polynomialDesign, polynomialMse } from '../../core';
import type { Dataset } from '../../core';
import { defaultState } from '../state/schema';
import { overfitSchema } from '../overfit/overfitSchema';

/** Degrees compared (beyond 12, some folds' fits pass through every training point). */
export const CV_MAX_DEGREE = 12;

/** The overfitting widget's default points: the same 30 noisy samples of sin(2πx). */
export function cvData(): Dataset {
  const points = defaultState(overfitSchema).points;
  return { x: Float64Array.from(points, (p) => p[0]), y: Float64Array.from(points, (p) => p[1]), n: points.length, d: 1, name: 'smooth1d' };
}

export interface DegreeFolds {
  readonly degree: number;
  /** The validation MSE of each round, in fold order. */
  readonly folds: Float64Array;
  readonly mean: number;
  /** The sample standard deviation of the fold errors. */
  readonly spread: number;
}

export interface CrossValidation {
  /** Row indices of each fold. */
  readonly folds: readonly Uint32Array[];
  readonly degrees: readonly DegreeFolds[];
  /** The degree with the lowest mean validation error. */
  readonly best: number;
}

export function crossValidate(data: Dataset, k: number, seed: number): CrossValidation {
  const folds = kFolds(data.n, k, seed);
  const rounds = folds.map((fold) => {
    const held = new Set(fold);
    const rest = Array.from({ length: data.n }, (_, i) => i).filter((i) => !held.has(i));
    return { train: gather(data, rest), validation: gather(data, fold) };
  });
  const degrees = Array.from({ length: CV_MAX_DEGREE + 1 }, (_, degree): DegreeFolds => {
    const errors = Float64Array.from(rounds, ({ train, validation }) => {
      const w = penalizedLeastSquares(polynomialDesign(train.x, degree), train.y, train.n, degree + 1).w;
      return polynomialMse(w, validation.x, validation.y);
    });
    const mean = errors.reduce((s, e) => s + e, 0) / k;
    const spread = Math.sqrt(errors.reduce((s, e) => s + (e - mean) ** 2, 0) / (k - 1));
    return { degree, folds: errors, mean, spread };
  });
  const best = degrees.reduce((a, b) => (b.mean < a.mean ? b : a)).degree;
  return { folds, degrees, best };
}
