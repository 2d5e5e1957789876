// A schedule per racer: the state's fields become the core's Schedule, the race input carries
// it to the worker, the short link keeps only the tuned kind's parameters (and a missing key
// decodes to the default), and the sentence's numbers are the core's learningRateAt.
import { describe, expect, it } from 'vitest';
import { learningRateAt } from '../../../src/core';
import { applyPatch, decode, defaultState, encode } from '../../../src/widgets/state';
import { runTaskSync } from '../../../src/worker/registry';
import { raceInput, racerSchedule } from '../../../src/widgets/race/raceProblem';
import { describeSchedule, rateSamples, scheduleOf } from '../../../src/widgets/race/raceSchedule';
import { raceSchema } from '../../../src/widgets/race/raceSchema';
import { compactShareUrl, unusedFields } from '../../../src/widgets/race/shareQuery';

const defaults = defaultState(raceSchema);
const linkOf = (state: typeof defaults) =>
  'https://example.org/ch/?' + new URLSearchParams(Object.entries(encode(raceSchema, state)).map(([k, v]) => [`race.${k}`, v])).toString();
const decodeLink = (url: string) => decode(raceSchema, new Map([...new URL(url).searchParams].filter(([k]) => k.startsWith('race.')).map(([k, v]) => [k.slice(5), v])));

describe('race schedules', () => {
  it('every racer starts at a constant rate, and the worker input is unchanged by it', () => {
    const input = raceInput(defaults, [defaults.x, defaults.y])!;
    for (const r of input.racers) expect(r.schedule).toBeUndefined();
  });

  it('the fields become the core schedule: step decay, and warm-up then cosine over the run', () => {
    const s = applyPatch(raceSchema, defaults, { adam_sched: 'step', adam_every: 50, adam_factor: 0.5 }).state;
    expect(racerSchedule(s, 'adam')).toEqual({ kind: 'step', every: 50, factor: 0.5 });
    const w = applyPatch(raceSchema, defaults, { sgd_sched: 'warmup', sgd_warmup: 20, sgd_floor: 0.1, sgd_lr: 0.002, steps: 100 }).state;
    // cosine over the 80 steps after the warm-up, down to 0.1 · 0.002
    expect(racerSchedule(w, 'sgd')).toEqual({ kind: 'warmup', warmupSteps: 20, then: { kind: 'cosine', totalSteps: 80, minLr: 0.1 * 0.002 } });
    // a warm-up longer than the run is cut to steps − 1
    const long = applyPatch(raceSchema, defaults, { sgd_sched: 'warmup', sgd_warmup: 1000, steps: 10 }).state;
    expect(racerSchedule(long, 'sgd')).toMatchObject({ warmupSteps: 9, then: { totalSteps: 1 } });
  });

  it('a schedule reaches the worker and changes the path', () => {
    const s = applyPatch(raceSchema, defaults, { adam_sched: 'exponential', adam_gamma: 0.95, steps: 50 }).state;
    const input = raceInput(s, [s.x, s.y])!;
    const adam = input.names.indexOf('adam');
    expect(input.racers[adam].schedule).toEqual({ kind: 'exponential', gamma: 0.95 });
    const scheduled = runTaskSync('optimizerRace', input).racers[adam];
    const plain = runTaskSync('optimizerRace', raceInput(defaults.steps === 50 ? defaults : { ...defaults, steps: 50 }, [s.x, s.y])!).racers[adam];
    expect(scheduled.params[2]).toBe(plain.params[2]); // γ⁰ = 1: the first step is the same
    expect(scheduled.params[100]).not.toBe(plain.params[100]);
  });

  it('the short link keeps only the tuned kind’s parameters, and decodes to the same race', () => {
    const s = applyPatch(raceSchema, defaults, { adam_sched: 'cosine', adam_floor: 0.1, momentum_sched: 'step', momentum_every: 30, nesterov_sched: 'exponential' }).state;
    const short = new URL(compactShareUrl(linkOf(s), s));
    const keys = [...short.searchParams.keys()];
    expect(keys).toContain('race.adam_sched');
    expect(keys).toContain('race.adam_floor');
    expect(keys).not.toContain('race.adam_every'); // cosine does not read it
    expect(keys).toEqual(expect.arrayContaining(['race.momentum_sched', 'race.momentum_every', 'race.momentum_factor']));
    expect(keys.some((k) => k.startsWith('race.nesterov_'))).toBe(false); // Nesterov does not race
    expect(keys).not.toContain('race.sgd_sched'); // constant: the default a missing key decodes to
    expect(unusedFields(s)).toContain('sgd_sched');
    const back = decodeLink(short.toString());
    expect(back.problems).toEqual([]);
    expect(raceInput(back.state, [back.state.x, back.state.y])).toEqual(raceInput(s, [s.x, s.y]));
  });

  it('a missing schedule key decodes to the default, and a bad one is repaired with a message', () => {
    const { state, problems } = decode(raceSchema, { adam_sched: 'zigzag', adam_factor: '7' });
    expect(state.adam_sched).toBe('constant');
    expect(state.sgd_sched).toBe('constant');
    expect(state.adam_every).toBe(100);
    expect(state.adam_factor).toBe(1); // the maximum
    expect(problems.join(' ')).toMatch(/zigzag/);
  });

  it('the sentence and the curve are the core’s learningRateAt', () => {
    const settings = { kind: 'step', every: 100, factor: 0.5, gamma: 0.99, k: 0.01, floor: 0, warmup: 50 } as const;
    const schedule = scheduleOf(settings, 0.05, 500);
    // 0.05 · 0.5^⌊499/100⌋ = 0.05 · 0.5⁴ = 0.003125
    expect(learningRateAt(schedule, 0.05, 499)).toBeCloseTo(0.003125, 12);
    expect(describeSchedule(settings, schedule, 0.05, 500)).toBe('α is multiplied by 0.5 every 100 steps: α is 0.05 at step 0 and 0.00313 at step 499.');
    const { t, rate } = rateSamples(schedule, 0.05, 500);
    expect(t[0]).toBe(0);
    expect(t[t.length - 1]).toBe(499);
    t.forEach((step, i) => expect(rate[i]).toBe(learningRateAt(schedule, 0.05, step)));
  });

  it('a bad schedule value is refused by the core, naming the field', () => {
    expect(() => scheduleOf({ kind: 'exponential', every: 1, factor: 1, gamma: 2, k: 0, floor: 0, warmup: 1 }, 0.1, 10)).toThrow(/gamma/);
  });
});
