/** The race widget's state, words and drawing helpers. */
import { describe, expect, it } from 'vitest';
import { runTaskSync } from '../../../src/worker/registry';
import { validateStrategyRace } from '../../../src/worker/tasks/strategyRace';
import { BUDGET_STOPS, nearestStop } from '../../../src/widgets/strategies/budgetSteps';
import { curvePoints } from '../../../src/widgets/strategies/curvePoints';
import { count } from '../../../src/widgets/kit/numberText';
import { percent, scientific } from '../../../src/widgets/strategies/numberText';
import { lossDomain } from '../../../src/widgets/strategies/RaceCurves';
import { stepLosses } from '../../../src/widgets/strategies/stepLosses';
import { boughtText, costSentence, gradientTrouble, leader } from '../../../src/widgets/strategies/raceText';
import { DEFAULT_RACE_INPUT, raceInput, raceSchema, stepSchema } from '../../../src/widgets/strategies/setup';
import { decode, encode } from '../../../src/widgets/state/codec';
import { defaultState } from '../../../src/widgets/state/schema';

describe('race state', () => {
  it('round-trips through link text, and the default input is what the task accepts', () => {
    const s = { ...defaultState(raceSchema), loss: 'softmax' as const, budget: 250, cost: 'numerical' as const, seed: 9, lr: 0.5 };
    expect(decode(raceSchema, encode(raceSchema, s)).state).toEqual(s);
    expect(validateStrategyRace(DEFAULT_RACE_INPUT)).toEqual(DEFAULT_RACE_INPUT);
    expect(raceInput(s)).toEqual({ loss: 'softmax', budget: 250, gradientCost: 'numerical', seed: 9, sigma: 2, delta: 0.3, learningRate: 0.5 });
  });

  it('repairs bad link values with a message naming them', () => {
    const d = decode(raceSchema, { budget: '0', loss: 'banana', lr: 'NaN', cost: 'free' });
    expect(d.state.budget).toBe(10);
    expect(d.state.loss).toBe('svm');
    expect(d.state.cost).toBe('passes');
    expect(d.state.lr).toBe(10);
    expect(d.problems.join(' ')).toMatch(/budget|Budget/);
    expect(d.problems.join(' ')).toMatch(/banana/);
    expect(d.problems.join(' ')).toMatch(/free/);
    expect(d.problems.length).toBe(4);
    const step = decode(stepSchema, { seed: '-4', loss: 'softmax' });
    expect(step.state.loss).toBe('softmax');
    expect(step.problems.length).toBe(1);
  });
});

describe('curvePoints', () => {
  it('keeps every point of a short curve', () => {
    const c = curvePoints([3, 2, 2, 1]);
    expect(Array.from(c.x)).toEqual([1, 2, 3, 4]);
    expect(Array.from(c.y)).toEqual([3, 2, 2, 1]);
  });

  it('thins a long curve evenly in log(evaluation), keeping the first and the last', () => {
    const best = Float64Array.from({ length: 10000 }, (_, i) => 1 / (i + 1));
    const c = curvePoints(best, 200);
    expect(c.x.length).toBeLessThanOrEqual(201);
    expect(c.x[0]).toBe(1);
    expect(c.x[c.x.length - 1]).toBe(10000);
    for (let j = 1; j < c.x.length; j++) expect(c.x[j]).toBeGreaterThan(c.x[j - 1]);
    c.x.forEach((x, j) => expect(c.y[j]).toBe(best[x - 1]));
    // about as many points in the last decade as in the second
    const inDecade = (lo: number) => Array.from(c.x).filter((x) => x > lo && x <= lo * 10).length;
    expect(Math.abs(inDecade(1000) - inDecade(10))).toBeLessThan(inDecade(1000) * 0.5);
  });

  it('a log axis domain around the positive values, with room', () => {
    expect(lossDomain({ random: [2, 1], local: [2, 0.5], gradient: [2, 0.1] })).toEqual([0.1 / 1.25, 2 * 1.25]);
    expect(lossDomain(null)).toEqual([0.01, 10]);
  });
});

describe('race words', () => {
  const out = runTaskSync('strategyRace', { ...DEFAULT_RACE_INPUT, budget: 25, gradientCost: 'numerical' });

  it('says what each budget bought, including an unfinished gradient step', () => {
    expect(boughtText('random', out)).toBe('25 random guesses');
    expect(boughtText('local', out)).toBe(`24 tries, ${out.local.accepted} kept`);
    expect(boughtText('gradient', out)).toBe('2 steps of 10 evaluations, + 5 on a step the budget could not finish');
    const passes = runTaskSync('strategyRace', { ...DEFAULT_RACE_INPUT, budget: 10 });
    expect(boughtText('gradient', passes)).toBe('5 steps of 2 evaluations');
    expect(leader(passes)).toBe((['random', 'local', 'gradient'] as const).reduce((a, b) => (passes[b].loss < passes[a].loss ? b : a)));
  });

  it('explains the cost of a step under each accounting', () => {
    expect(costSentence('call')).toMatch(/1 evaluation/);
    expect(costSentence('passes')).toMatch(/2 evaluations: a forward pass .* backward pass/);
    // Backprop's cost grows with the weights; what stays fixed is its ratio to one forward pass.
    expect(costSentence('passes')).not.toMatch(/never grows/);
    expect(costSentence('passes')).toMatch(/ratio does not/);
    expect(costSentence('numerical')).toMatch(/N \+ 1 = 10 evaluations/);
  });

  it('explains an overshooting learning rate with the step and the losses, and is silent otherwise', () => {
    expect(gradientTrouble(out, DEFAULT_RACE_INPUT.learningRate)).toBeNull();
    const wild = runTaskSync('strategyRace', { ...DEFAULT_RACE_INPUT, budget: 200, learningRate: 10000 });
    const o = wild.gradient.overshoot;
    if (!o) throw new Error('α = 10,000 should overshoot');
    const text = gradientTrouble(wild, 10000) ?? '';
    expect(text).toContain(`Step ${o.step} raised the training loss from ${o.startLoss.toFixed(4)}`);
    expect(text).toContain('α = 10000');
    expect(text).toMatch(/never got back below its starting loss/);
  });

  it('formats numbers for the tables', () => {
    expect(scientific(-1.2534e-10)).toMatchObject({ mantissa: '−1.25', exponent: '−10' });
    expect(scientific(20.69, 2)).toMatchObject({ mantissa: '2.1', exponent: '1' });
    expect(percent(0.88)).toBe('88%');
    expect(count(10000)).toBe('10,000');
  });
});

describe('stepLosses', () => {
  it('puts L(W_t) at evaluation t·c + 1 and keeps the first, the last and the peak', () => {
    const c = stepLosses([1, 5, 2, 0.5], 2);
    expect(Array.from(c.x)).toEqual([1, 3, 5, 7]);
    expect(Array.from(c.y)).toEqual([1, 5, 2, 0.5]);
    const long = Float64Array.from({ length: 5000 }, (_, t) => (t === 1234 ? 99 : 1 / (t + 1)));
    const thin = stepLosses(long, 10, 100);
    expect(thin.x.length).toBeLessThanOrEqual(102);
    expect(Array.from(thin.y)).toContain(99);
    expect(thin.x[0]).toBe(1);
    expect(thin.x[thin.x.length - 1]).toBe(4999 * 10 + 1);
    for (let j = 1; j < thin.x.length; j++) expect(thin.x[j]).toBeGreaterThan(thin.x[j - 1]);
  });
});

describe('budget stops', () => {
  it('run from 10 to 10,000 through round numbers, at most 25% apart, and contain the default', () => {
    expect(BUDGET_STOPS[0]).toBe(raceSchema.budget.min);
    expect(BUDGET_STOPS[BUDGET_STOPS.length - 1]).toBe(raceSchema.budget.max);
    expect(BUDGET_STOPS).toContain(raceSchema.budget.default);
    expect(BUDGET_STOPS.slice(0, 10)).toEqual([10, 12, 15, 20, 25, 30, 40, 50, 60, 80]);
    for (let i = 1; i < BUDGET_STOPS.length; i++) {
      expect(BUDGET_STOPS[i] / BUDGET_STOPS[i - 1]).toBeGreaterThan(1.1);
      expect(BUDGET_STOPS[i] / BUDGET_STOPS[i - 1]).toBeLessThanOrEqual(1.34);
    }
  });

  it('every stop maps to its own index, and other budgets to the nearest stop in log', () => {
    BUDGET_STOPS.forEach((b, i) => expect(nearestStop(b)).toBe(i));
    expect(BUDGET_STOPS[nearestStop(999)]).toBe(1000);
    expect(BUDGET_STOPS[nearestStop(13)]).toBe(12); // log 13/12 < log 15/13
    expect(BUDGET_STOPS[nearestStop(14)]).toBe(15);
  });
});
