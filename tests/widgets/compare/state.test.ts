// "Which optimizer?"'s state: the link round-trips, bad values are repaired with a message, and
// the worker's input follows the toggles and each optimizer's own learning rate.
import { describe, expect, it } from 'vitest';
import { applyPatch, decode, defaultState, encode } from '../../../src/widgets/state';
import { runTaskSync } from '../../../src/worker/registry';
import * as task from '../../../src/worker/tasks/optimizerComparison';
import * as widget from '../../../src/widgets/compare/compareSchema';
import { compareInput, compareSchema, selectedNames, TRAIN_POINTS } from '../../../src/widgets/compare/compareSchema';
import { summarizeAll } from '../../../src/widgets/compare/summary';

const defaults = defaultState(compareSchema);

describe('compare schema', () => {
  it('restates the task\'s limits exactly (they are copied to keep the task out of the widget\'s chunk)', () => {
    expect(widget.COMPARISON_DATASETS).toEqual(task.COMPARISON_DATASETS);
    expect(widget.COMPARISON_MAX_SEEDS).toBe(task.COMPARISON_MAX_SEEDS);
    expect(widget.COMPARISON_MAX_STEPS).toBe(task.COMPARISON_MAX_STEPS);
    expect(widget.COMPARISON_POINTS).toBe(task.COMPARISON_POINTS);
    const out = runTaskSync('optimizerComparison', { ...compareInput(defaultState(compareSchema))!.input, seeds: 1, steps: 1 });
    expect(out.trainSize).toBe(TRAIN_POINTS);
  });

  it('defaults: five optimizers, 5 seeds, 600 steps, batch 32, 16 hidden units, moons', () => {
    expect(selectedNames(defaults)).toEqual(['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam']);
    expect([defaults.seeds, defaults.steps, defaults.batch, defaults.hidden, defaults.dataset]).toEqual([5, 600, 32, 16, 'moons']);
  });

  it('round-trips a changed state through its link text', () => {
    const changed = applyPatch(compareSchema, defaults, { dataset: 'spirals', adamw: true, sgd: false, adam_lr: 0.0031, seeds: 3, steps: 1200, batch: 8, hidden: 24 }).state;
    expect(changed).not.toEqual(defaults);
    const back = decode(compareSchema, encode(compareSchema, changed));
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(changed);
  });

  it('repairs bad values and says so', () => {
    const { state, problems } = decode(compareSchema, { dataset: 'mnist', seeds: '40', steps: 'lots', adam_lr: '-1', sgd: 'maybe', batch: '5000' });
    expect(state.dataset).toBe('moons');
    expect(state.seeds).toBe(10); // the maximum
    expect(state.steps).toBe(defaults.steps);
    expect(state.adam_lr).toBe(compareSchema.adam_lr.min);
    expect(state.sgd).toBe(defaults.sgd);
    expect(state.batch).toBe(TRAIN_POINTS);
    expect(problems.length).toBe(6);
    expect(problems.join(' ')).toMatch(/mnist/);
  });

  it('the input carries each selected optimizer with its own α, and none selected is no run', () => {
    const s = applyPatch(compareSchema, defaults, { sgd: false, adagrad: false, rmsprop: false, adamw: true, momentum_lr: 0.02 }).state;
    const plan = compareInput(s);
    expect(plan?.names).toEqual(['momentum', 'adam', 'adamw']);
    expect(plan?.input.optimizers).toEqual([
      { name: 'momentum', config: { lr: 0.02 } },
      { name: 'adam', config: { lr: 0.01 } },
      { name: 'adamw', config: { lr: 0.01 } },
    ]);
    const none = applyPatch(compareSchema, defaults, { sgd: false, momentum: false, adagrad: false, rmsprop: false, adam: false }).state;
    expect(compareInput(none)).toBeNull();
  });

  it('at the defaults every optimizer trains without diverging, and below the starting loss', () => {
    const plan = compareInput(defaults)!;
    const out = runTaskSync('optimizerComparison', plan.input);
    const start = out.runs[0][0].curve[0]; // the same initial weights for every optimizer at seed 1
    for (const s of summarizeAll(plan.names, out.runs)) {
      expect(s.diverged, s.name).toBe(0);
      expect(s.validation!.max, s.name).toBeLessThan(start);
    }
  });
});
