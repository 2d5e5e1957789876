/** The measured cost of backpropagation: a median over rounds with its middle half, robust to a
 *  disturbed round, and the count the table uses agreeing with the race's. */
import { describe, expect, it } from 'vitest';
import { stepCost } from '../../../src/worker/tasks/raceStrategies';
import { COST_ASSUMPTIONS } from '../../../src/widgets/gradients/costModel';
import { measureCost, quantile, summarize } from '../../../src/widgets/gradients/measureCost';

describe('summarize', () => {
  it('takes the median ratio and the quartiles: ratios 1..5 give 3 and [2, 4]', () => {
    const forward = [10, 10, 10, 10, 10];
    const backprop = [30, 10, 50, 20, 40];
    const m = summarize(forward, backprop);
    expect(m.ratio).toBe(3);
    expect(m.range).toEqual([2, 4]);
    expect(m.rounds).toBe(5);
    expect(m.forwardUs).toBe(10);
    expect(m.backpropUs).toBe(30);
  });

  it('one disturbed round (a collection in the forward block) does not move the median', () => {
    const forward = Array.from({ length: 15 }, () => 10);
    const backprop = Array.from({ length: 15 }, () => 20);
    const calm = summarize(forward, backprop);
    forward[7] = 40; // ratio 0.5, floored at 1
    backprop[3] = 200; // ratio 20
    const noisy = summarize(forward, backprop);
    expect(noisy.ratio).toBe(calm.ratio);
    expect(noisy.range).toEqual(calm.range);
  });

  it('never reports a backward pass as free: each ratio is at least 1', () => {
    expect(summarize([10, 10, 10], [5, 6, 7]).ratio).toBe(1);
  });

  it('rejects rounds that do not pair up, naming both counts', () => {
    expect(() => summarize([1, 2], [1])).toThrow(/summarize: .*2 and 1/);
    expect(() => quantile([], 0.5)).toThrow(/quantile: no values/);
  });
});

describe('measureCost', () => {
  it('fills every timed block to its minimum length, so timer granularity cannot dominate', async () => {
    // A clock with 0.1 ms granularity (as some browsers coarsen it) still gives finite, sane times.
    const coarse = () => Math.floor(performance.now() * 10) / 10;
    const m = await measureCost(coarse);
    expect(Number.isFinite(m.ratio) && m.ratio >= 1).toBe(true);
    expect(m.range[0]).toBeLessThanOrEqual(m.ratio);
    expect(m.range[1]).toBeGreaterThanOrEqual(m.ratio);
    expect(m.forwardUs).toBeGreaterThan(0);
  }, 30_000);
});

describe("the table's count", () => {
  it('is the race’s: a forward and a backward pass, 2 evaluations (so prose, race and counter agree)', () => {
    expect(COST_ASSUMPTIONS.backpropEvaluations).toBe(stepCost('passes', 9));
    expect(COST_ASSUMPTIONS.backpropEvaluations).toBe(2);
  });
});
