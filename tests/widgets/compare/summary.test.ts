// The statistics the table, the chart and the sentences show, on a result made by hand.
import { describe, expect, it } from 'vitest';
import type { ComparisonRun } from '../../../src/worker/tasks/optimizerComparison';
import { stripDomain } from '../../../src/widgets/compare/ValidationStrip';
import { bestByValidation, curveBand, describeAll, describeOne, median, spread, spreadText, summarize, summarizeAll } from '../../../src/widgets/compare/summary';

const run = (seed: number, curve: number[], validationLoss: number, divergedAt: number | null = null): ComparisonRun => ({
  seed,
  curve: Float64Array.from(curve),
  curveSteps: Uint32Array.from(curve.map((_, i) => i * 25)),
  trainLoss: curve[curve.length - 1],
  validationLoss,
  divergedAt,
});

// Adam: three seeds, all finished. Training losses 0.2, 0.1, 0.4 → median 0.2, range 0.1–0.4.
const adam = [run(1, [0.7, 0.3, 0.2], 0.25), run(2, [0.7, 0.2, 0.1], 0.15), run(3, [0.7, 0.5, 0.4], 0.45)];
// SGD: four seeds, one diverged at step 50 (its curve stops, its losses are not finite).
const sgd = [run(1, [0.7, 0.6, 0.5], 0.5), run(2, [0.7, 0.4, 0.3], 0.35), run(3, [0.7, 9, Infinity], NaN, 50), run(4, [0.7, 0.5, 0.4], 0.6)];

describe('summary statistics', () => {
  it('median: odd and even counts, non-finite values ignored', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) / 2
    expect(median([NaN, 5, Infinity, 1])).toBe(3);
    expect(median([])).toBeNaN();
    expect(spread([NaN])).toBeNull();
  });

  it('per optimizer: median and min–max over the finished runs, diverged ones counted', () => {
    const a = summarize('adam', adam);
    expect(a).toEqual({ name: 'adam', runs: 3, diverged: 0, train: { median: 0.2, min: 0.1, max: 0.4 }, validation: { median: 0.25, min: 0.15, max: 0.45 } });
    const s = summarize('sgd', sgd);
    expect(s.diverged).toBe(1);
    expect(s.runs).toBe(4);
    // the three finished: train 0.5, 0.3, 0.4 → median 0.4; validation 0.5, 0.35, 0.6 → 0.5
    expect(s.train).toEqual({ median: 0.4, min: 0.3, max: 0.5 });
    expect(s.validation).toEqual({ median: 0.5, min: 0.35, max: 0.6 });
    const allGone = summarize('momentum', [run(1, [0.7, Infinity], NaN, 25)]);
    expect(allGone.train).toBeNull();
    expect(describeOne(allGone)).toBe('Momentum: diverged in all 1 seed');
  });

  it('the curve band: median, min and max at each recorded step, over the runs still finite there', () => {
    const b = curveBand(sgd);
    expect([...b.steps]).toEqual([0, 25, 50]);
    // step 25: 0.6, 0.4, 9 (the diverging run on its way up), 0.5 → sorted 0.4, 0.5, 0.6, 9 → (0.5 + 0.6) / 2
    // step 50: 0.5, 0.3, 0.4 (the diverged run's Infinity left out) → 0.4
    expect([...b.median].map((v) => +v.toFixed(12))).toEqual([0.7, 0.55, 0.4]);
    expect([...b.min]).toEqual([0.7, 0.4, 0.3]);
    expect([...b.max]).toEqual([0.7, 9, 0.5]);
    // a run longer than the others sets the steps; where no run is finite the band has a gap
    const gap = curveBand([run(1, [0.7, Infinity], NaN, 25), run(2, [0.7], 0.7)]);
    expect([...gap.steps]).toEqual([0, 25]);
    expect(gap.median[1]).toBeNaN();
  });

  it('sentences and text carry the numbers', () => {
    const all = summarizeAll(['sgd', 'adam'], [sgd, adam]);
    expect(spreadText(all[1].validation)).toBe('0.250 (0.150–0.450)');
    expect(describeOne(all[1])).toBe('Adam: median validation loss 0.250 (0.150–0.450 over 3 seeds), training loss 0.200');
    expect(describeOne(all[0])).toBe('SGD: median validation loss 0.500 (0.350–0.600 over 3 seeds), training loss 0.400; diverged in 1 of 4');
    expect(bestByValidation(all)?.name).toBe('adam');
    expect(describeAll(all, 50, 'Two moons')).toMatch(/^Two moons, 50 steps\. SGD: .*; Adam: .*\. Lowest median validation loss: Adam, on this problem with these settings\.$/);
  });

  it('the strip spans whole decades around the finished runs\' validation losses', () => {
    expect(stripDomain([adam, sgd])).toEqual([0.1, 1]); // 0.15 … 0.6; the diverged NaN ignored
    expect(stripDomain([[run(1, [0.7, 0.01], 0.004), run(2, [0.7, 0.2], 2.5)]])).toEqual([0.001, 10]);
    expect(stripDomain([])).toEqual([0.001, 1]);
  });
});
