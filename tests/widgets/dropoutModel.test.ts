/**
 * The dropout and ensemble widgets' small math: the log loss and error rate by hand; the
 * average of K arrays; an ensemble of identical members scores as one; the error over every
 * choice of K members by hand. (The dropout masks are the worker's: classifierRuns.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { averageOf, errorRate, logLoss } from '../../src/widgets/dropout/dropoutModel';
import { anyKErrors, ensembleScores } from '../../src/widgets/ensemble/ensembleModel';
import type { ClassifierRun } from '../../src/worker/tasks/classifierRuns';

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

  it('anyKErrors averages the error over every choice of K members, by hand for three', () => {
    const run = (p: number[]): ClassifierRun => ({ validationProbability: Float64Array.from(p) } as unknown as ClassifierRun);
    // Labels (1, 1, 0). Alone: a wrong on the second point, b on the first, c on all three: 1/3, 1/3, 1, mean 5/9.
    // Pairs (0.5 is not above one half): {a,b} → (0.5, 0.5, 0.2), 2 wrong; {a,c} → (0.55, 0.15, 0.5), 1; {b,c} → (0.15, 0.55, 0.6), 2:
    // mean 5/9. All three → (0.4, 0.4, 0.43): 2 wrong.
    const runs = [run([0.9, 0.1, 0.1]), run([0.1, 0.9, 0.3]), run([0.2, 0.2, 0.9])];
    const e = anyKErrors(runs, [1, 1, 0]);
    expect(e[0]).toBeCloseTo(5 / 9, 12);
    expect(e[1]).toBeCloseTo(5 / 9, 12);
    expect(e[2]).toBeCloseTo(2 / 3, 12);
  });
});
