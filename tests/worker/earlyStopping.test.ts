/**
 * earlyStopping: Adam on a polynomial, with training and validation MSE recorded. Its first
 * step is checked against Adam's hand-computed update, its end against the closed-form fit it
 * heads for, and its best epoch against every epoch's validation error.
 */
import { describe, expect, it } from 'vitest';
import { makeSmooth1d, penalizedLeastSquares, polynomialDesign, polynomialMse, splitDataset } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { logSpacedEpochs, MIN_IMPROVEMENT } from '../../src/worker/tasks/earlyStopping';

const data = makeSmooth1d({ n: 30, noise: 0.25, spacing: 'random', seed: 3 });
const split = splitDataset(data, { train: 0.5, validation: 0.5, test: 0 }, 1);
const input = (degree: number, epochs: number, lr = 0.02) => ({
  trainX: Array.from(split.train.x), trainY: Array.from(split.train.y),
  validationX: Array.from(split.validation.x), validationY: Array.from(split.validation.y),
  degree, epochs, lr,
});

describe('logSpacedEpochs', () => {
  it('starts at 0, ends at the last epoch, increases, and spreads evenly in log(1 + epoch)', () => {
    const e = logSpacedEpochs(10_000, 100);
    expect(e[0]).toBe(0);
    expect(e[e.length - 1]).toBe(10_000);
    for (let k = 1; k < e.length; k++) expect(e[k]).toBeGreaterThan(e[k - 1]);
    expect(e.filter((x) => x >= 100).length).toBeGreaterThan(40); // half the log range is above 100
  });
});

describe('earlyStopping', () => {
  it('takes Adam’s first step: every coefficient moves by −lr · sign(gradient) from zero', () => {
    // From w = 0, Adam's bias-corrected first step is −α·g/(|g| + ε) ≈ −α·sign(g).
    // Degree 0: g = (2/n)Σ(0 − y) = −2·mean(y), so w₀ = +0.02 if mean(y) > 0. Train MSE = mean((0.02 − y)²).
    const out = runTaskSync('earlyStopping', input(0, 1));
    const meanY = split.train.y.reduce((s, v) => s + v, 0) / split.train.n;
    const w0 = 0.02 * Math.sign(meanY);
    expect(out.final[0]).toBeCloseTo(w0, 6);
    expect(out.epochs[1]).toBe(1);
    expect(out.train[1]).toBeCloseTo(polynomialMse([w0], split.train.x, split.train.y), 6);
  });

  it('heads for the closed-form fit of the same degree', () => {
    const out = runTaskSync('earlyStopping', input(3, 20_000));
    const exact = penalizedLeastSquares(polynomialDesign(split.train.x, 3), split.train.y, split.train.n, 4).w;
    const trainMse = out.train[out.train.length - 1];
    expect(trainMse).toBeCloseTo(polynomialMse(exact, split.train.x, split.train.y), 3);
  });

  it('reports the last epoch that lowered the validation error by more than MIN_IMPROVEMENT', () => {
    const out = runTaskSync('earlyStopping', input(12, 5_000));
    // No sampled epoch is lower by more than the margin.
    for (const v of out.validation) expect(out.best.validation * (1 - MIN_IMPROVEMENT)).toBeLessThanOrEqual(v);
    expect(polynomialMse(out.best.w, split.validation.x, split.validation.y)).toBeCloseTo(out.best.validation, 12);
    // Overfitting: the last epoch is worse on validation than the best one, and better on training.
    expect(out.validation[out.validation.length - 1]).toBeGreaterThan(out.best.validation);
    expect(out.train[out.train.length - 1]).toBeLessThan(out.best.train);
  });

  it('refuses bad inputs, naming them', () => {
    expect(() => runTaskSync('earlyStopping', { ...input(3, 10), degree: 40 })).toThrow(/degree/);
    expect(() => runTaskSync('earlyStopping', { ...input(3, 10), lr: 0 })).toThrow(/lr must be in \(0, 1\], got 0/);
    expect(() => runTaskSync('earlyStopping', { ...input(3, 10), trainY: [1] })).toThrow(/same length/);
  });
});
