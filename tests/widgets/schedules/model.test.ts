/**
 * The schedules widget's arithmetic against hand calculations: the schedule a state stands for,
 * its curve (the core's learningRateAt, step by step), the worker input (same α₀ and batches
 * for both runs), and the spread of the last iterates on a tiny example.
 */
import { describe, expect, it } from 'vitest';
import { learningRateAt } from '../../../src/core';
import { runTaskSync } from '../../../src/worker';
import { CONSTANT, lastSpread, raceSeed, rateCurve, scheduleOf, SCHEDULED, schedulesRaceInput } from '../../../src/widgets/schedules/scheduleModel';
import { schedulesSchema } from '../../../src/widgets/schedules/schedulesSchema';
import { defaultState } from '../../../src/widgets/state';
import { spreadComparison } from '../../../src/widgets/schedules/schedulesText';

const base = defaultState(schedulesSchema);

describe('scheduleOf and rateCurve', () => {
  it('step decay: α₀ · factor^⌊t/every⌋ at t = 0, 199, 200, 450', () => {
    const s = scheduleOf({ ...base, kind: 'step', lr: 0.05, every: 200, factor: 0.3 });
    expect(s).toEqual({ kind: 'step', every: 200, factor: 0.3 });
    const curve = rateCurve(s, 0.05, 800);
    expect(curve.length).toBe(800);
    // by hand: 0.05, 0.05, 0.05·0.3 = 0.015, 0.05·0.3² = 0.0045
    expect(curve[0]).toBe(0.05);
    expect(curve[199]).toBe(0.05);
    expect(curve[200]).toBeCloseTo(0.015, 15);
    expect(curve[450]).toBeCloseTo(0.0045, 15);
    for (const t of [0, 199, 200, 450, 799]) expect(curve[t]).toBe(learningRateAt(s, 0.05, t));
  });

  it('cosine over the whole run down to floor·α₀: the middle is the average of the ends', () => {
    const s = scheduleOf({ ...base, kind: 'cosine', lr: 0.1, floor: 0.2, steps: 100 });
    expect(s).toEqual({ kind: 'cosine', totalSteps: 100, minLr: 0.1 * 0.2 });
    const curve = rateCurve(s, 0.1, 100);
    // t = 50: 0.02 + ½(0.1 − 0.02)(1 + cos(π/2)) = 0.02 + 0.04 = 0.06
    expect(curve[50]).toBeCloseTo(0.06, 15);
    for (const t of [0, 1, 50, 99]) expect(curve[t]).toBe(learningRateAt(s, 0.1, t));
  });

  it('warm-up ramps from 0, then a cosine over the remaining steps', () => {
    const s = scheduleOf({ ...base, kind: 'warmup', lr: 0.04, warmup: 50, floor: 0, steps: 150 });
    expect(s).toEqual({ kind: 'warmup', warmupSteps: 50, then: { kind: 'cosine', totalSteps: 100, minLr: 0 } });
    const curve = rateCurve(s, 0.04, 150);
    // t = 0: 0; t = 25: 0.04·25/50 = 0.02; t = 50: the cosine's start, 0.04; t = 100: its middle, 0.02
    expect(curve[0]).toBe(0);
    expect(curve[25]).toBeCloseTo(0.02, 15);
    expect(curve[50]).toBeCloseTo(0.04, 15);
    expect(curve[100]).toBeCloseTo(0.02, 15);
  });

  it('exponential and 1/t by hand', () => {
    const e = scheduleOf({ ...base, kind: 'exponential', gamma: 0.99 });
    expect(rateCurve(e, 1, 3)[2]).toBeCloseTo(0.9801, 15); // 0.99²
    const k = scheduleOf({ ...base, kind: 'inverseTime', k: 0.5 });
    expect(Array.from(rateCurve(k, 1, 3))).toEqual([1, 1 / 1.5, 0.5]); // 1/(1 + 0.5t)
  });
});

describe('the race input', () => {
  it('two SGD racers with the same α₀ on the same seeded batches, the schedule first', () => {
    const input = schedulesRaceInput({ ...base, seed: 2 ** 31 + 5 });
    expect(input.problem).toEqual({ kind: 'minibatch', batchSize: 4, seed: 5 });
    expect(raceSeed(2 ** 31 + 5)).toBe(5);
    expect(input.racers[SCHEDULED]).toEqual({ optimizer: { name: 'sgd', config: { lr: 0.05 } }, schedule: { kind: 'step', every: 200, factor: 0.3 } });
    expect(input.racers[CONSTANT]).toEqual({ optimizer: { name: 'sgd', config: { lr: 0.05 } }, schedule: { kind: 'constant' } });
  });

  it('with a constant-valued schedule both runs are identical (same batches), and at the defaults the schedule’s last iterates are tighter', () => {
    // exponential with γ → 1 is not constant; step with every > steps is: α₀ throughout
    const same = runTaskSync('optimizerRace', schedulesRaceInput({ ...base, kind: 'step', every: 1000, steps: 300 }));
    expect(Array.from(same.racers[SCHEDULED].params)).toEqual(Array.from(same.racers[CONSTANT].params));
    const out = runTaskSync('optimizerRace', schedulesRaceInput(base));
    const s = lastSpread(out.racers[SCHEDULED].params);
    const c = lastSpread(out.racers[CONSTANT].params);
    if (!s || !c) throw new Error('no spread');
    expect(s.rms).toBeLessThan(c.rms / 5);
  });
});

describe('lastSpread', () => {
  it('RMS distance from the mean on a tiny example', () => {
    // points (0,0), (2,0), (1,3) and (1,1), window 3: the last three, mean (4/3, 4/3);
    // squared distances 4/9 + 16/9, 1/9 + 25/9, 1/9 + 1/9 = 20/9 + 26/9 + 2/9 = 48/9; mean 16/9; RMS 4/3
    const s = lastSpread([0, 0, 2, 0, 1, 3, 1, 1], 3);
    expect(s?.from).toBe(1);
    expect(s?.count).toBe(3);
    expect(s?.mean[0]).toBeCloseTo(4 / 3, 15);
    expect(s?.mean[1]).toBeCloseTo(4 / 3, 15);
    expect(s?.rms).toBeCloseTo(4 / 3, 15);
  });

  it('a window longer than the path takes all of it; a non-finite point gives null', () => {
    expect(lastSpread([1, 1, 3, 1], 50)?.rms).toBeCloseTo(1, 15);
    expect(lastSpread([1, 1, NaN, 1], 50)).toBeNull();
    expect(lastSpread([], 50)).toBeNull();
  });

  it('compares spreads in words', () => {
    const at = (rms: number) => ({ mean: [0, 0] as [number, number], rms, from: 0, count: 50 });
    expect(spreadComparison(at(0.01), at(0.1))).toBe("The schedule's last 50 iterates are 10 times tighter than the constant rate's.");
    expect(spreadComparison(at(0.1), at(0.1))).toMatch(/about equally/);
  });
});
