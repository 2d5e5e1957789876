/** Gradient descent on a quadratic in closed form: the learning-rate widget's arithmetic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOptimizer, createQuadratic, surfaceProblem, train } from '../../../src/core';
import {
  alphaLimit,
  bestAlpha,
  bestRate,
  classifyRegime,
  converges,
  descendQuadratic,
  divergenceNote,
  divergenceStep1d,
  explainRegime,
  iterate,
  regimeIntervals,
  speedSentence,
  stepFactor,
} from '../../../src/widgets/descent/learningRate';

const oneD = (lambda: number) => ({ lambdaMin: lambda, lambdaMax: lambda });

describe('one direction: x_{t+1} = (1 − αλ) x_t', () => {
  it('α = 0.5, λ = 1 halves x every step', () => {
    // r = 1 − 0.5·1 = 0.5: 2.5 → 1.25 → 0.625 → 0.3125 → 0.15625
    expect(stepFactor(0.5, 1)).toBe(0.5);
    expect([0, 1, 2, 3, 4].map((t) => iterate(0.5, 1, 2.5, t))).toEqual([2.5, 1.25, 0.625, 0.3125, 0.15625]);
    const run = descendQuadratic([1], [2.5], 0.5, 4);
    expect([...run.points]).toEqual([2.5, 1.25, 0.625, 0.3125, 0.15625]);
    // f = ½·1·x²: 3.125, 0.78125, 0.1953125, 0.048828125, 0.01220703125 (each a quarter of the last)
    expect([...run.losses]).toEqual([3.125, 0.78125, 0.1953125, 0.048828125, 0.01220703125]);
    expect(run.divergedAt).toBeNull();
    expect(run.steps).toBe(4);
  });

  it('α = 1.5, λ = 1 flips the sign every step and halves the size', () => {
    // r = 1 − 1.5 = −0.5: 2.5 → −1.25 → 0.625 → −0.3125
    expect([...descendQuadratic([1], [2.5], 1.5, 3).points]).toEqual([2.5, -1.25, 0.625, -0.3125]);
  });

  it('α = 1/λ lands on the minimum in one step', () => {
    // λ = 4, α = 0.25: r = 0, x₁ = 0
    expect([...descendQuadratic([4], [2.5], 0.25, 2).points]).toEqual([2.5, 0, 0]);
  });

  it('α = 2.4, λ = 1 diverges at step 28, the first t with 1.96^t > 10⁸', () => {
    // |r| = 1.4, the loss grows by 1.4² = 1.96 per step: 1.96^27 ≈ 7.78e7 ≤ 1e8 < 1.96^28 ≈ 1.52e8
    expect(divergenceStep1d(2.4, 1)).toBe(28);
    const run = descendQuadratic([1], [2.5], 2.4, 100);
    expect(run.divergedAt).toBe(28);
    expect(run.steps).toBe(28);
    expect(run.losses.length).toBe(29);
    expect(run.losses[28] / run.losses[0]).toBeGreaterThan(1e8);
    expect(run.losses[27] / run.losses[0]).toBeLessThanOrEqual(1e8);
  });

  it('never diverges while |1 − αλ| ≤ 1', () => {
    expect(divergenceStep1d(2, 1)).toBeNull(); // r = −1: bounces forever
    expect(divergenceStep1d(0.3, 1)).toBeNull();
  });

  it('|1 − αλ| < 1 exactly when the gradient-descent iterates go to 0 (property)', () => {
    // The real update x ← x − α·f′(x) with f′(x) = λx, run for 20,000 steps. |r| is kept at
    // least 10⁻³ away from 1, so r^20000 is below e^−20 ≈ 2e−9 or above e^20 ≈ 5e8.
    const params = fc
      .record({ alpha: fc.double({ min: 1e-3, max: 3, noNaN: true }), lambda: fc.double({ min: 0.1, max: 10, noNaN: true }) })
      .filter(({ alpha, lambda }) => Math.abs(Math.abs(1 - alpha * lambda) - 1) > 1e-3);
    fc.assert(
      fc.property(params, ({ alpha, lambda }) => {
        let x = 1;
        for (let t = 0; t < 20000 && Number.isFinite(x); t++) x -= alpha * (lambda * x);
        const wentToZero = Math.abs(x) < 1e-6;
        const blewUp = !Number.isFinite(x) || Math.abs(x) > 1e6;
        expect(wentToZero || blewUp).toBe(true);
        expect(converges(alpha, lambda)).toBe(wentToZero);
      }),
      { numRuns: 300 },
    );
  });

  it('the closed-form divergence step is the step at which the run stops (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 2.05, max: 30, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (alphaLambda, lambda) => {
        const alpha = alphaLambda / lambda;
        const run = descendQuadratic([lambda], [2.5], alpha, 1000);
        expect(run.divergedAt).toBe(divergenceStep1d(alpha, lambda));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the bowl ½(λmin x² + λmax y²)', () => {
  it('best constant α for λmin = 1, λmax = 10 is 2/11, with both factors 9/11', () => {
    // α* = 2/(1 + 10) = 0.1818…; |1 − 2/11| = 9/11 and |1 − 20/11| = 9/11 = (κ − 1)/(κ + 1)
    expect(bestAlpha(1, 10)).toBeCloseTo(2 / 11, 15);
    expect(bestRate(1, 10)).toBeCloseTo(9 / 11, 15);
    const r = classifyRegime(2 / 11, { lambdaMin: 1, lambdaMax: 10 }, 30);
    expect(r.slowFactor).toBeCloseTo(9 / 11, 15);
    expect(r.steepFactor).toBeCloseTo(9 / 11, 15);
    expect(r.bestAlpha).toBeCloseTo(2 / 11, 15);
    expect(alphaLimit(10)).toBe(0.2);
    // at α*, the steep axis overshoots (α·λmax = 20/11 > 1): the best α oscillates
    expect(r.regime).toBe('oscillating');
  });

  it('no constant α beats the best α on the worse of the two factors (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1e-4, max: 3, noNaN: true }), (kappa, alpha) => {
        const r = classifyRegime(alpha, { lambdaMin: 1, lambdaMax: kappa }, 10);
        expect(r.rate).toBeGreaterThanOrEqual(bestRate(1, kappa) - 1e-12);
      }),
    );
  });

  it('in one dimension the best α is 1/λ and its factor 0', () => {
    expect(bestAlpha(4, 4)).toBe(0.25);
    expect(bestRate(4, 4)).toBe(0);
  });

  it('the closed form matches the core running SGD on its quadratic surface', () => {
    // The core's bowl with κ = 10 has λ = 1 along x and 10 along y (no rotation).
    const alpha = 0.15, steps = 25;
    const core = train(surfaceProblem(createQuadratic({ conditionNumber: 10 }), [-2.5, 2]), createOptimizer('sgd', { lr: alpha }), { steps, recordParams: true });
    const ours = descendQuadratic([1, 10], [-2.5, 2], alpha, steps);
    if (!core.params) throw new Error('expected recorded parameters');
    for (let i = 0; i < ours.points.length; i++) expect(ours.points[i]).toBeCloseTo(core.params[i], 10);
    for (let t = 0; t <= steps; t++) expect(ours.losses[t]).toBeCloseTo(core.losses[t], 10);
  });
});

describe('regimes', () => {
  const regime = (alphaLambda: number, steps = 30) => classifyRegime(alphaLambda, oneD(1), steps).regime;

  it('changes at α·λ = 1 (overshooting starts) and α·λ = 2 (growth starts)', () => {
    expect(regime(0.999)).toBe('good');
    expect(regime(1)).toBe('good');
    expect(regime(1.001)).toBe('oscillating');
    expect(regime(1.999)).toBe('oscillating');
    expect(regime(2)).toBe('edge');
    expect(regime(2.001)).toBe('diverging');
    expect(classifyRegime(0.5, oneD(4), 30).regime).toBe('edge'); // 0.5 × 4 = 2
  });

  it('calls a small α "too slow" while the loss is still above 1% after the run', () => {
    // α·λ = 0.01: the loss after N steps is 0.99^(2N); 0.99^458 ≈ 0.01002 > 0.01 ≥ 0.99^460 ≈ 0.00982
    expect(regime(0.01, 229)).toBe('slow');
    expect(regime(0.01, 230)).toBe('good');
    const slow = classifyRegime(0.01, oneD(1), 30);
    expect(slow.lossRatio).toBeCloseTo(0.99 ** 60, 12);
  });

  it('in 2-D the steep direction decides overshooting and the shallow one slowness', () => {
    const bowl = { lambdaMin: 1, lambdaMax: 10 };
    expect(classifyRegime(0.24, bowl, 30).regime).toBe('diverging'); // 0.24 × 10 = 2.4
    expect(classifyRegime(0.15, bowl, 30).regime).toBe('oscillating'); // 1.5
    expect(classifyRegime(0.1, bowl, 30).regime).toBe('good'); // 1; shallow factor 0.9, 0.9^60 ≈ 0.0018
    expect(classifyRegime(0.05, bowl, 30).regime).toBe('slow'); // shallow factor 0.95, 0.95^60 ≈ 0.046
  });

  it('says which direction decides the run, and never calls a diverging one slow', () => {
    const bowl = { lambdaMin: 1, lambdaMax: 10 };
    // α = 1: α·λmax = 10, factor 9 — diverging, not "the slow one".
    expect(speedSentence(classifyRegime(1, bowl, 30))).toBe('The steep direction decides the run: its factor 9 is above 1, so α overshoots it by more each step and the run diverges.');
    expect(speedSentence(classifyRegime(0.2, bowl, 30))).toMatch(/factor is 1, so its error bounces/);
    // α = 0.19: factors 0.81 (shallow) and 0.9 (steep, oscillating): the steep one lasts longer.
    expect(speedSentence(classifyRegime(0.19, bowl, 30))).toMatch(/^Here the steep direction converges last: .* factor 0\.9 is the larger/);
    expect(speedSentence(classifyRegime(0.05, bowl, 30))).toMatch(/^The shallow direction sets the speed: its factor 0\.95/);
  });

  it('explains divergence with the numbers: α·λ against 2 and the growth factor', () => {
    const r = classifyRegime(2.4, oneD(1), 50);
    expect(divergenceNote(r, 28)).toBe(
      'Diverged at step 28: α·λ = 2.4 > 2, so each step multiplies the distance to the minimum by |1 − α·λ| = 1.4.',
    );
    const bowl = classifyRegime(0.24, { lambdaMin: 1, lambdaMax: 10 }, 50);
    expect(divergenceNote(bowl, 14)).toBe(
      'Diverged at step 14: α·λmax = 2.4 > 2, so each step multiplies the error along the steep direction by |1 − α·λmax| = 1.4.',
    );
    expect(explainRegime(r)).toContain('1.96'); // the loss grows 1.4² per step
  });

  it('says how much of the loss is left in the slow regime', () => {
    // 0.95^60 = 0.0461: "4.61%"
    expect(explainRegime(classifyRegime(0.05, oneD(1), 30))).toBe(
      'α·λ = 0.05 is small: each step removes only 5% of the distance to the minimum, so after 30 steps the loss is 4.61% of where it started.',
    );
  });

  it('the α axis cut into regimes agrees with classifyRegime away from the cuts (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lambdaMin, kappa, steps, u) => {
          const curv = { lambdaMin, lambdaMax: kappa * lambdaMin };
          const intervals = regimeIntervals(curv, steps, 1e-3, 3);
          // the intervals tile [lo, hi] in order
          expect(intervals[0].from).toBe(1e-3);
          expect(intervals[intervals.length - 1].to).toBe(3);
          for (let i = 1; i < intervals.length; i++) expect(intervals[i].from).toBe(intervals[i - 1].to);
          const alpha = 1e-3 * Math.pow(3000, u);
          const inside = intervals.find((c) => alpha > c.from * (1 + 1e-6) && alpha < c.to * (1 - 1e-6));
          if (inside) expect(classifyRegime(alpha, curv, steps).regime).toBe(inside.regime);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a badly conditioned bowl has no α that is both fast and calm', () => {
    // κ = 50, 30 steps: "good" needs 1 − α ≤ 0.01^(1/60) ≈ 0.926, i.e. α ≥ 0.074, but calm needs α ≤ 1/50
    const regimes = regimeIntervals({ lambdaMin: 1, lambdaMax: 50 }, 30, 1e-3, 3).map((c) => c.regime);
    expect(regimes).toEqual(['slow', 'oscillating', 'diverging']);
    const easy = regimeIntervals({ lambdaMin: 1, lambdaMax: 1 }, 30, 1e-3, 3).map((c) => c.regime);
    expect(easy).toEqual(['slow', 'good', 'oscillating', 'diverging']);
  });

  it('rejects bad input, naming the operation and the value', () => {
    expect(() => classifyRegime(-1, oneD(1), 3)).toThrow(/classifyRegime: alpha must be > 0, got -1/);
    expect(() => classifyRegime(0.1, { lambdaMin: 2, lambdaMax: 1 }, 3)).toThrow(/classifyRegime: lambdaMin must be ≤ lambdaMax/);
    expect(() => descendQuadratic([1, 2], [1], 0.1, 3)).toThrow(/descendQuadratic/);
    expect(() => descendQuadratic([1], [NaN], 0.1, 3)).toThrow(/descendQuadratic: start\[0\] must be finite/);
  });
});
