/**
 * The hyperparameter search's trial lists: the grid has K evenly log-spaced values per axis,
 * random search K² settings in the box from its seed, and the summaries count what they should.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deal, gridTrials, interleave, LOG_LAMBDA_BOX, LOG_LR_BOX, MAX_SIDE, MIN_SIDE, randomTrials, summarize } from '../../src/widgets/search/searchModel';

const distinct = (xs: readonly number[]) => new Set(xs).size;

describe('grid and random trials', () => {
  it('the grid has K values per axis, evenly spaced in log, ends included, K² pairs', () => {
    const g = gridTrials(4);
    expect(g.logLr.length).toBe(16);
    const rates = [...new Set(g.logLr)].sort((a, b) => a - b);
    const strengths = [...new Set(g.logLambda)].sort((a, b) => a - b);
    expect(rates.length).toBe(4);
    expect(strengths.length).toBe(4);
    expect(rates[0]).toBe(LOG_LR_BOX[0]);
    expect(rates[3]).toBe(LOG_LR_BOX[1]);
    expect(strengths).toEqual([-6, -6 + 5 / 3, -6 + 10 / 3, -1].map((v, i) => (i === 3 ? v : expect.closeTo(v, 12))));
    for (let i = 1; i < 4; i++) expect(rates[i] - rates[i - 1]).toBeCloseTo((LOG_LR_BOX[1] - LOG_LR_BOX[0]) / 3, 12);
    // every (α, λ) pair once
    expect(new Set(g.logLr.map((a, i) => `${a}/${g.logLambda[i]}`)).size).toBe(16);
  });

  it('random trials lie in the box, with K² distinct values of α, and the same seed gives the same trials', () => {
    for (const k of [2, 4, 6]) {
      const r = randomTrials(k, 7);
      expect(r.logLr.length).toBe(k * k);
      expect(distinct(r.logLr)).toBe(k * k);
      for (let i = 0; i < k * k; i++) {
        expect(r.logLr[i]).toBeGreaterThanOrEqual(LOG_LR_BOX[0]);
        expect(r.logLr[i]).toBeLessThan(LOG_LR_BOX[1]);
        expect(r.logLambda[i]).toBeGreaterThanOrEqual(LOG_LAMBDA_BOX[0]);
        expect(r.logLambda[i]).toBeLessThan(LOG_LAMBDA_BOX[1]);
      }
    }
    expect(randomTrials(4, 3)).toEqual(randomTrials(4, 3));
    expect(randomTrials(4, 3)).not.toEqual(randomTrials(4, 4));
  });

  it('property: the grid never tries more than K distinct values of α, random search K² of them', () => {
    fc.assert(fc.property(fc.integer({ min: MIN_SIDE, max: MAX_SIDE }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (k, seed) => {
      const g = gridTrials(k), r = randomTrials(k, seed);
      expect(distinct(g.logLr)).toBeLessThanOrEqual(k);
      expect(distinct(g.logLambda)).toBeLessThanOrEqual(k);
      expect(g.logLr.length).toBe(k * k);
      expect(distinct(r.logLr)).toBe(k * k);
      // so any one α value of the grid is tried k times
      expect(summarize(g, g.logLr.map(() => 1)).distinctLr).toBe(k);
    }));
  });

  it('interleaves the two searches and deals the scores back', () => {
    const g = gridTrials(2), r = randomTrials(2, 1);
    const both = interleave(g, r);
    expect(both.logLr).toEqual([g.logLr[0], r.logLr[0], g.logLr[1], r.logLr[1], g.logLr[2], r.logLr[2], g.logLr[3], r.logLr[3]]);
    expect(deal([0, 10, 1, 11, 2])).toEqual({ grid: [0, 1, 2], random: [10, 11] });
  });

  it('summarizes the best finished trial, distinct rates and diverged ones', () => {
    const t = { logLr: [-1, -1, 0, -2], logLambda: [-3, -2, -3, -1] };
    const s = summarize(t, [0.3, 0.2, Infinity]);
    expect(s).toMatchObject({ done: 3, total: 4, distinctLr: 2, diverged: 1 });
    expect(s.best).toMatchObject({ index: 1, score: 0.2, logLr: -1, logLambda: -2 });
    expect(s.best?.lr).toBeCloseTo(0.1, 12);
    expect(summarize(t, []).best).toBeNull();
  });
});
