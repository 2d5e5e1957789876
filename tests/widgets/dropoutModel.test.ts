/**
 * The dropout and ensemble widgets' small math: masks drop each unit with probability p (a
 * frequency check over many steps), the same (seed, step) gives the same mask; the log loss and
 * error rate by hand; the average of K arrays; an ensemble of identical members scores as one.
 */
import { describe, expect, it } from 'vitest';
import { averageOf, errorRate, logLoss, maskOf, NETWORK_WIDTH } from '../../src/widgets/dropout/dropoutModel';
import { ensembleScores } from '../../src/widgets/ensemble/ensembleModel';
import type { ClassifierRun } from '../../src/worker/tasks/classifierRuns';

describe('dropout masks', () => {
  it('drop each unit with probability p, and replay from (seed, step)', () => {
    let dropped = 0, units = 0;
    for (let step = 0; step < 400; step++) for (const layer of maskOf(7, step, 0.3)) { dropped += layer.filter(Boolean).length; units += layer.length; }
    expect(units).toBe(400 * 2 * NETWORK_WIDTH);
    expect(dropped / units).toBeGreaterThan(0.28);
    expect(dropped / units).toBeLessThan(0.32);
    expect(maskOf(7, 12, 0.3)).toEqual(maskOf(7, 12, 0.3));
    expect(maskOf(7, 12, 0.3)).not.toEqual(maskOf(7, 13, 0.3));
  });
});

describe('scores', () => {
  it('log loss and error rate by hand', () => {
    // −(ln 0.8 + ln(1 − 0.4) + ln 0.3)/3 ; wrong: the third (0.3 for a 1).
    expect(logLoss([0.8, 0.4, 0.3], [1, 0, 1])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6) + Math.log(0.3)) / 3, 12);
    expect(errorRate([0.8, 0.4, 0.3], [1, 0, 1])).toBeCloseTo(1 / 3, 12);
  });

  it('averageOf takes the first k arrays and refuses k outside 1 … n', () => {
    const a = [Float64Array.of(1, 2), Float64Array.of(3, 6), Float64Array.of(100, 100)];
    expect(Array.from(averageOf(a, 2))).toEqual([2, 4]);
    expect(() => averageOf(a, 4)).toThrow(/k must be from 1 to 3, got 4/);
  });

  it('an ensemble of identical members scores exactly as one of them; averaging opposite mistakes helps', () => {
    const run = (p: number[]): ClassifierRun => ({ validationProbability: Float64Array.from(p) } as unknown as ClassifierRun);
    const same = ensembleScores([run([0.9, 0.2]), run([0.9, 0.2])], [1, 0]);
    expect(same[1].loss).toBeCloseTo(same[0].loss, 15);
    // One confidently wrong on the first point, the other on the second: the average is right on both, unsure.
    const opposite = ensembleScores([run([0.1, 0.1]), run([0.99, 0.99])], [1, 0]);
    expect(opposite[1].loss).toBeLessThan(opposite[0].loss);
  });
});
