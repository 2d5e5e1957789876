/** The schedules widget's link state: a round trip, and bad values repaired with a sentence each. */
import { describe, expect, it } from 'vitest';
import { schedulesSchema } from '../../../src/widgets/schedules/schedulesSchema';
import { defaultState, fromQuery, toQuery } from '../../../src/widgets/state';

describe('schedules link state', () => {
  it('round-trips through a link', () => {
    const state = { ...defaultState(schedulesSchema), kind: 'cosine' as const, lr: 0.0123, floor: 0.05, batch: 7, steps: 1500, seed: 4_000_000_000 };
    const query = toQuery('schedules.', schedulesSchema, state);
    expect(query).toContain('schedules.kind=cosine');
    expect(query).toContain('schedules.seed=4000000000');
    expect(fromQuery('schedules.', schedulesSchema, new URLSearchParams(query))).toEqual({ state, problems: [] });
  });

  it('defaults: step decay ×0.3 every 200 steps from α₀ = 0.05, batches of 4, 800 steps, seed 1', () => {
    const d = defaultState(schedulesSchema);
    expect(d).toMatchObject({ kind: 'step', lr: 0.05, every: 200, factor: 0.3, batch: 4, steps: 800, seed: 1 });
  });

  it('repairs bad values with a sentence each', () => {
    const { state, problems } = fromQuery('schedules.', schedulesSchema, new URLSearchParams('schedules.kind=linear&schedules.lr=2&schedules.batch=0&schedules.every=12.4'));
    expect(state).toMatchObject({ kind: 'step', lr: 0.3, batch: 1, every: 12 });
    const text = problems.join(' ');
    expect(text).toMatch(/kind/);
    expect(text).toMatch(/lr = 2 is above the maximum 0.3/);
    expect(text).toMatch(/batch = 0 is below the minimum 1/);
    expect(problems.length).toBe(4);
  });
});
