/**
 * Cross-validation of the chapter's polynomials: every point validates exactly once, each
 * round's error is the error of a fit that never saw its fold (checked against a direct fit),
 * and the mean and spread are those of the fold errors.
 */
import { describe, expect, it } from 'vitest';
import { gather, penalizedLeastSquares, polynomialDesign, polynomialMse } from '../../src/core';
import { crossValidate, cvData, CV_MAX_DEGREE } from '../../src/widgets/cv/cvModel';

const data = cvData();

describe('crossValidate', () => {
  it('deals every point into exactly one fold', () => {
    const cv = crossValidate(data, 7, 3);
    const all = cv.folds.flatMap((f) => Array.from(f)).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: data.n }, (_, i) => i));
    expect(cv.degrees).toHaveLength(CV_MAX_DEGREE + 1);
  });

  it('scores each round with a fit to the other folds only', () => {
    const cv = crossValidate(data, 5, 2);
    const fold = cv.folds[1];
    const rest = Array.from({ length: data.n }, (_, i) => i).filter((i) => !fold.includes(i));
    const train = gather(data, rest), validation = gather(data, fold);
    const w = penalizedLeastSquares(polynomialDesign(train.x, 4), train.y, train.n, 5).w;
    expect(cv.degrees[4].folds[1]).toBeCloseTo(polynomialMse(w, validation.x, validation.y), 12);
  });

  it('reports the mean and sample spread of the fold errors, and the degree of the lowest mean', () => {
    const cv = crossValidate(data, 4, 1);
    const d = cv.degrees[2];
    const mean = d.folds.reduce((s, e) => s + e, 0) / 4;
    expect(d.mean).toBeCloseTo(mean, 14);
    expect(d.spread).toBeCloseTo(Math.sqrt(d.folds.reduce((s, e) => s + (e - mean) ** 2, 0) / 3), 14);
    expect(cv.degrees.every((x) => x.mean >= cv.degrees[cv.best].mean)).toBe(true);
  });
});
