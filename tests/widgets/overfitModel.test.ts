/**
 * The overfitting widget's model: the book's sample and its split, and the laws of the
 * capacity curve — training error never rises with the degree (each degree's polynomials
 * include the lower ones'), and a degree with as many coefficients as training points
 * passes through all of them.
 */
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/widgets/state/schema';
import { bestDegree, capacityCurve, isSample, MAX_DEGREE, sampleOf, splitPoints } from '../../src/widgets/overfit/overfitModel';
import { overfitSchema } from '../../src/widgets/overfit/overfitSchema';

const state = defaultState(overfitSchema);
const split = splitPoints(state.points, state.train, state.split);

describe('overfitting model', () => {
  it('defaults to the book’s sample, split into two disjoint sets covering every point', () => {
    expect(isSample(state.points, state.sample)).toBe(true);
    expect(isSample(state.points.slice(1), state.sample)).toBe(false);
    expect(split.train.n + split.validation.n).toBe(state.points.length);
    expect(split.isTrain.filter(Boolean).length).toBe(split.train.n);
    expect(sampleOf(5)).toEqual(sampleOf(5));
  });

  it('keeps at least two points on each side of the split', () => {
    const four = state.points.slice(0, 4);
    for (const share of [0.3, 0.9]) {
      const s = splitPoints(four, share, 1);
      expect(s.train.n).toBe(2);
      expect(s.validation.n).toBe(2);
    }
  });

  it('training error never rises with the degree; validation error is U-shaped', () => {
    const curve = capacityCurve(split, true);
    expect(curve).toHaveLength(MAX_DEGREE + 1);
    for (let d = 1; d <= MAX_DEGREE; d++) expect(curve[d].train).toBeLessThanOrEqual(curve[d - 1].train + 1e-9);
    const best = bestDegree(curve);
    expect(best.degree).toBeGreaterThan(0);
    expect(best.degree).toBeLessThan(MAX_DEGREE);
    expect(curve[0].validation).toBeGreaterThan(best.validation);
    expect(curve[MAX_DEGREE].validation).toBeGreaterThan(best.validation);
  });

  it('with as many coefficients as training points, the fit passes through every one', () => {
    const few = splitPoints(state.points.slice(0, 12), 0.5, 1);
    const curve = capacityCurve(few, false);
    // Not exactly 0: the fit carries INTERPOLATION_RIDGE, and these powers of t are nearly parallel.
    expect(curve[few.train.n - 1].train).toBeLessThan(1e-5);
    expect(curve[0].fresh).toBeNull();
  });
});
