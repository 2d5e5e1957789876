// The race's state: the link format round-trips, bad values are repaired with a message, the
// short share link replays the same run, and every preset is a valid state whose race runs.
import { describe, expect, it } from 'vitest';
import { applyPatch, decode, defaultState, encode } from '../../../src/widgets/state';
import { runTaskSync } from '../../../src/worker/registry';
import { RACE_PRESETS } from '../../../src/widgets/race/presets';
import { activeRacers, raceSchema } from '../../../src/widgets/race/raceSchema';
import { clampStart, defaultStart, makeRaceSurface, raceInput, startWindow } from '../../../src/widgets/race/raceProblem';
import { compactShareUrl, unusedFields } from '../../../src/widgets/race/shareQuery';

const defaults = defaultState(raceSchema);

describe('race schema', () => {
  it('round-trips a changed state through its link text', () => {
    const changed = applyPatch(raceSchema, defaults, { surface: 'quadratic', kappa: 120, rotation: 45, adam_lr: 0.0123, nesterov: true, sgd: false, x: -2.25, y: 1.5, steps: 1200 }).state;
    const back = decode(raceSchema, encode(raceSchema, changed));
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(changed);
  });

  it('repairs bad values and says so', () => {
    const { state, problems } = decode(raceSchema, { surface: 'moon', adam_lr: '99', steps: '1e9', momentum_beta: 'x', sgd: 'maybe' });
    expect(state.surface).toBe(defaults.surface);
    expect(state.adam_lr).toBe(10); // the maximum
    expect(state.steps).toBe(5000);
    expect(state.momentum_beta).toBe(defaults.momentum_beta);
    expect(state.sgd).toBe(defaults.sgd);
    expect(problems.length).toBe(5);
    expect(problems.join(' ')).toMatch(/moon/);
  });

  it('a start outside the window is moved in with a sentence', () => {
    const surface = makeRaceSurface({ surface: 'rosenbrock', kappa: 0, rotation: 0 });
    const c = clampStart(7, 2, startWindow(surface), 'Rosenbrock valley');
    expect(c.moved).toBe(true);
    expect(c.x).toBe(startWindow(surface).x[1]);
    expect(c.problems[0]).toMatch(/The start \(7, 2\) is outside the Rosenbrock valley window/);
    expect(clampStart(0, 0, startWindow(surface), 'x').moved).toBe(false);
  });

  it('the short link drops only what cannot change the run, and decodes to the same race', () => {
    const url = 'https://example.org/ch/?' + new URLSearchParams(Object.entries(encode(raceSchema, defaults)).map(([k, v]) => [`race.${k}`, v])).toString();
    const short = compactShareUrl(url, defaults);
    const params = new URL(short).searchParams;
    expect([...params.keys()].length).toBe(Object.keys(raceSchema).length - unusedFields(defaults).length);
    expect(unusedFields(defaults).length).toBeGreaterThan(15);
    expect(params.get('race.adam_lr')).toBe('0.05'); // Adam races by default
    expect(params.has('race.nesterov_lr')).toBe(false); // Nesterov does not
    expect(params.has('race.kappa')).toBe(false); // not the quadratic
    expect(unusedFields(defaults)).not.toContain('sgd_lr');
    expect(params.has('race.adam_sched')).toBe(false); // constant: a missing key decodes to it
    expect(params.has('race.adam_every')).toBe(false);
    const record = new Map([...params].filter(([k]) => k.startsWith('race.')).map(([k, v]) => [k.slice(5), v]));
    const back = decode(raceSchema, record).state;
    expect(raceInput(back, [back.x, back.y])).toEqual(raceInput(defaults, [defaults.x, defaults.y]));
  });

  it('Newton and L-BFGS sit out the noisy line', () => {
    const s = applyPatch(raceSchema, defaults, { surface: 'noisyLine', newton: true, lbfgs: true }).state;
    expect(activeRacers(s)).not.toContain('newton');
    expect(raceInput(s, defaultStart('noisyLine'))?.racers.map((r) => r.optimizer.name)).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);
  });
});

describe('presets', () => {
  it.each(RACE_PRESETS.map((p) => [p.id, p] as const))('%s is a valid state whose race runs', (_id, preset) => {
    const { state, problems } = applyPatch(raceSchema, defaults, preset.patch);
    expect(problems).toEqual([]);
    const input = raceInput(state, [state.x, state.y]);
    if (!input) throw new Error('a preset selects no racer');
    const out = runTaskSync('optimizerRace', input);
    expect(out.racers.length).toBe(input.names.length);
    for (const r of out.racers) expect(r.losses.length).toBeGreaterThan(1);
  });

  it('the long narrow valley: SGD just under 2/λmax crawls, momentum arrives first', () => {
    const preset = RACE_PRESETS.find((p) => p.id === 'valley')!;
    const state = applyPatch(raceSchema, defaults, preset.patch).state;
    expect(state.surface).toBe('quadratic');
    expect(state.kappa).toBe(100);
    expect(state.sgd_lr * state.kappa).toBeLessThan(2);
    const input = raceInput(state, [state.x, state.y])!;
    const out = runTaskSync('optimizerRace', input);
    const arrived = (name: string) => out.racers[input.names.indexOf(name as never)].arrivedAt;
    expect(arrived('momentum')).not.toBeNull();
    expect(arrived('sgd') === null || arrived('sgd')! > arrived('momentum')!).toBe(true);
  });

  it('the noisy preset races on mini-batches with its seed', () => {
    const preset = RACE_PRESETS.find((p) => p.id === 'noisy')!;
    const state = applyPatch(raceSchema, defaults, preset.patch).state;
    expect(raceInput(state, [state.x, state.y])?.problem).toEqual({ kind: 'minibatch', batchSize: 8, seed: 1 });
  });
});

describe('divergence explained', () => {
  it('SGD past 2/λmax on the quadratic diverges, and the legend says α·λmax > 2', async () => {
    const { racerSentence } = await import('../../../src/widgets/race/raceText');
    const state = applyPatch(raceSchema, defaults, { surface: 'quadratic', kappa: 100, rotation: 0, sgd_lr: 0.03, x: -2.5, y: 2 }).state;
    const input = raceInput(state, [state.x, state.y])!;
    const out = runTaskSync('optimizerRace', input);
    const r = out.racers[input.names.indexOf('sgd')];
    expect(r.divergence).not.toBeNull();
    // α·λmax = 0.03 · 100 = 3 > 2
    expect(racerSentence('sgd', r, state)).toMatch(new RegExp(`^SGD diverged at step ${r.divergence!.step}: α·λmax = 3 > 2`));
  });
});
