/** The step-size table: the first-order picture in the limit, and what the range shows. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core';
import { runTaskSync } from '../../../src/worker/registry';
import { classifierObjective } from '../../../src/worker/tasks/classifierObjective';
import { randomWeights } from '../../../src/worker/tasks/raceStrategies';
import { DEFAULT_RACE_INPUT } from '../../../src/widgets/strategies/setup';
import { STEP_EXPONENTS, STEP_START_SIGMA, stepProbe, stepSizeTable } from '../../../src/widgets/strategies/stepSizeTable';

const LOSSES = ['svm', 'softmax'] as const;
const SEEDS = [1, 2, 3, 4, 5];

describe('stepSizeTable', () => {
  it('has one row per s = 10^-10 … 10^2, and each row is L(W₀ − s·g) with its change and −s‖g‖²', () => {
    expect(STEP_EXPONENTS).toEqual([-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2]);
    const t = stepSizeTable('softmax', 1);
    const probe = stepProbe('softmax', 1);
    expect(t.rows.map((r) => r.s)).toEqual(STEP_EXPONENTS.map((k) => 10 ** k));
    for (const r of t.rows) {
      expect(r.loss).toBe(probe.lossAt(r.s));
      expect(r.change).toBe(r.loss - t.startLoss);
      expect(r.predicted).toBe(-r.s * t.gradNormSq);
    }
    // ‖g‖² from the gradient itself
    expect(t.gradNormSq).toBeCloseTo(probe.gradient.reduce((s, g) => s + g * g, 0), 14);
  });

  it('its s = 0 limit is the starting loss', () => {
    for (const loss of LOSSES) {
      const p = stepProbe(loss, 2);
      expect(p.lossAt(0)).toBe(p.startLoss);
      expect(Math.abs(p.lossAt(1e-14) - p.startLoss)).toBeLessThan(1e-12);
    }
  });

  it('the change approaches the first-order prediction as s → 0 (ratio → 1)', () => {
    for (const loss of LOSSES) {
      for (const seed of SEEDS) {
        const t = stepSizeTable(loss, seed, [-1, -2, -3, -4, -5, -6, -7, -8]);
        const gap = t.rows.map((r) => Math.abs(r.ratio - 1));
        // Within 0.1% from s = 10⁻⁴ down (below that, rounding of L(W₀) ≈ 1 is ~1e-16 / (s‖g‖²)).
        for (const r of t.rows.filter((row) => row.s <= 1e-4)) expect(Math.abs(r.ratio - 1), `${loss} seed ${seed} s ${r.s}`).toBeLessThan(1e-3);
        if (loss === 'softmax') {
          // Smooth: the gap is second order, so it shrinks by about 10× per decade while rounding allows.
          expect(gap[1]).toBeLessThan(gap[0]);
          expect(gap[2]).toBeLessThan(gap[1]);
          expect(gap[3]).toBeLessThan(gap[2]);
          expect(gap[2]).toBeLessThan(gap[0] / 30);
        }
      }
    }
  });

  it('the first-order prediction is the derivative: (L(W₀ − h·g) − L(W₀ + h·g)) / 2h = −‖g‖²', () => {
    for (const loss of LOSSES) {
      const p = stepProbe(loss, 3);
      const h = 1e-6;
      const slope = (p.lossAt(h) - p.lossAt(-h)) / (2 * h);
      expect(slope / -p.gradNormSq).toBeCloseTo(1, 5);
    }
  });

  it('marks the lowest loss, and the range reaches steps long enough to make the loss rise again', () => {
    for (const loss of LOSSES) {
      for (let seed = 0; seed < 40; seed++) {
        const t = stepSizeTable(loss, seed);
        const lowest = Math.min(...t.rows.map((r) => r.loss));
        expect(t.rows[t.best].loss).toBe(lowest);
        expect(t.rows[t.best].loss).toBeLessThan(t.startLoss);
        // Why the range goes to 10²: the best step is never the longest one tried …
        expect(t.best, `${loss} seed ${seed}`).toBeLessThan(t.rows.length - 1);
        // … and the tiniest changes the loss by less than a billionth of itself.
        expect(Math.abs(t.rows[0].change)).toBeLessThan(1e-9 * t.startLoss);
      }
      // From the default starting weights, the longest step even ends above the start.
      const t = stepSizeTable(loss, 1);
      expect(t.rows[t.rows.length - 1].loss).toBeGreaterThan(t.startLoss);
    }
  });

  it('starts from the race’s starting weights for the same seed', () => {
    const p = stepProbe('svm', DEFAULT_RACE_INPUT.seed);
    expect(STEP_START_SIGMA).toBe(DEFAULT_RACE_INPUT.sigma);
    expect(Array.from(p.start)).toEqual(Array.from(randomWeights(9, DEFAULT_RACE_INPUT.sigma, createRng(DEFAULT_RACE_INPUT.seed))));
    const race = runTaskSync('strategyRace', { ...DEFAULT_RACE_INPUT, loss: 'svm', budget: 1 });
    expect(race.startLoss).toBe(p.startLoss);
    expect(classifierObjective('svm').forward(p.start)).toBe(p.startLoss);
  });
});
