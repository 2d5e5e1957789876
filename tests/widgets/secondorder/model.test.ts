// "Second order": the Hessian's price by hand, and the four methods' runs on each problem.
import { describe, expect, it } from 'vitest';
import { createSurface } from '../../../src/core';
import { runTaskSync } from '../../../src/worker/registry';
import { cost, outcome } from '../../../src/widgets/secondorder/describeRace';
import { formatBytes, formatDuration, hessianCost, sliderWeights } from '../../../src/widgets/secondorder/hessianCost';
import { raceInput, type RaceSettings } from '../../../src/widgets/secondorder/racers';
import { secondOrderSchema } from '../../../src/widgets/secondorder/secondOrderSchema';

const defaults: RaceSettings = {
  problem: secondOrderSchema.problem.default,
  kappa: secondOrderSchema.kappa.default,
  x: secondOrderSchema.x.default,
  y: secondOrderSchema.y.default,
  lr: secondOrderSchema.lr.default,
  ridge: secondOrderSchema.ridge.default,
  history: secondOrderSchema.history.default,
  steps: secondOrderSchema.steps.default,
};

describe('the price of a Hessian', () => {
  it('for the digit network of 11,935 weights: 142 million entries, 1.14 GB', () => {
    const c = hessianCost(11_935, 10);
    expect(c.hessianEntries).toBe(142_444_225); // 11,935²
    expect(formatBytes(c.hessianBytes)).toBe('1.14 GB'); // 8 × 142,444,225 = 1,139,553,800 bytes
    expect(formatBytes(c.lbfgsBytes)).toBe('1.91 MB'); // 8 × 2 × 10 × 11,935 = 1,909,600
    expect(formatBytes(c.gradientBytes)).toBe('95.5 kB');
  });

  it('for a million weights: 8 TB, and a solve of ⅔·10¹⁸ operations, 77.2 days at 10¹¹ a second', () => {
    const c = hessianCost(1_000_000, 10);
    expect(formatBytes(c.hessianBytes)).toBe('8.00 TB');
    expect(c.solveFlops).toBeCloseTo((2 / 3) * 1e18, -3);
    // (2/3)·10¹⁸ / 10¹¹ = 6.67·10⁶ s = 77.16 days
    expect(formatDuration(c.solveSeconds)).toBe('77.2 days');
    expect(formatBytes(c.lbfgsBytes)).toBe('160 MB');
  });

  it('names small sizes and times plainly, and the bad value', () => {
    expect(formatBytes(800)).toBe('800 bytes');
    expect(formatDuration(hessianCost(10, 1).solveSeconds)).toBe('6.67 ns'); // ⅔·1000 / 10¹¹ s
    expect(formatDuration(90)).toBe('1.5 minutes');
    expect(() => hessianCost(0, 10)).toThrow(/hessianCost: weights must be a whole number ≥ 1, got 0/);
    expect(() => hessianCost(10, 2.5)).toThrow(/history must be a whole number ≥ 1, got 2.5/);
  });
});

describe('the calculator’s N slider', () => {
  it('rounds to two significant digits, but a key press that rounds back to N still moves it one step', () => {
    expect(sliderWeights(11_935, 12_061, 10, 1e10)).toBe(12_000); // the first press from the default
    expect(sliderWeights(12_000, 12_250, 10, 1e10)).toBe(13_000); // would round back to 12,000
    expect(sliderWeights(12_000, 11_760, 10, 1e10)).toBe(11_000);
    expect(sliderWeights(10_000, 9_960, 10, 1e10)).toBe(9_900); // below a power of ten the step is finer
    expect(sliderWeights(99_000, 101_000, 10, 1e10)).toBe(100_000);
    expect(sliderWeights(12_000, 12_000, 10, 1e10)).toBe(12_000); // no move, no change
    expect(sliderWeights(10, 9.7, 10, 1e10)).toBe(10); // clamped
  });

  it('walking up by small moves visits every two-digit value, so the keyboard reaches 100,000', () => {
    let n = 11_935;
    const seen = new Set<number>();
    for (let i = 0; i < 200 && n < 100_000; i++) {
      n = sliderWeights(n, n * 1.009, 10, 1e10); // a log slider's key press: about 0.9 % up
      seen.add(n);
    }
    expect(seen.has(100_000)).toBe(true);
  });
});

describe('the four methods', () => {
  it('on a rotated quadratic Newton lands in one step; gradient descent is still on its way', () => {
    const out = runTaskSync('optimizerRace', raceInput({ ...defaults, problem: 'quadratic', lr: 0.02 }));
    const [gd, newton, damped, lbfgs] = out.racers;
    expect(outcome(newton)).toBe('at the minimum after 1 step');
    expect(cost(newton)).toBe('41 gradients and 40 Hessians');
    expect(gd.arrivedAt).toBeNull();
    expect(outcome(gd)).toMatch(/^loss .* after 40 steps$/);
    // H + rI with r = 100 against λ of 1 and 50: a cautious step, still short of the minimum
    expect(damped.arrivedAt === null || damped.arrivedAt > 1).toBe(true);
    expect(lbfgs.arrivedAt).not.toBeNull();
    expect(lbfgs.evaluations?.hessians).toBe(0);
  });

  it("on Rosenbrock's valley from (−1.2, 1): Newton and L-BFGS reach the minimum, gradient descent at α = 0.001 does not", () => {
    const out = runTaskSync('optimizerRace', raceInput(defaults));
    const [gd, newton, , lbfgs] = out.racers;
    expect(newton.arrivedAt).not.toBeNull();
    expect(lbfgs.arrivedAt).not.toBeNull();
    expect(gd.arrivedAt).toBeNull();
    expect(gd.losses[40]).toBeLessThan(gd.losses[0]);
  });

  it('on the saddle, Newton jumps onto the saddle point and stays; gradient descent slides off it', () => {
    const saddle = createSurface('saddle');
    const out = runTaskSync('optimizerRace', raceInput({ ...defaults, problem: 'saddle', lr: 0.1 }));
    const [gd, newton] = out.racers;
    expect(out.minimum).toBeNull();
    expect([newton.params[2], newton.params[3]]).toEqual([0, 0]); // one step: (x, y) − H⁻¹∇f = 0
    expect(outcome(newton, saddle.criticalPoints)).toBe('stuck on the saddle point (0.00, 0.00): the gradient is zero there, but it is no minimum');
    // along y the step multiplies the offset by 1 + 2α = 1.2
    expect(gd.params[2 * 40 + 1]).toBeCloseTo(1.2 ** 40, 6);
    expect(outcome(gd, saddle.criticalPoints)).toMatch(/^loss −\d/);
  });
});
