/** The explorer's link state: a round trip, and bad values repaired with a sentence each. */
import { describe, expect, it } from 'vitest';
import { momentumSchema } from '../../../src/widgets/momentum/momentumSchema';
import { defaultState, fromQuery, toQuery } from '../../../src/widgets/state';

describe('momentum explorer link state', () => {
  it('round-trips through a link', () => {
    const state = { ...defaultState(momentumSchema), kappa: 100, lr: 0.0330579, beta: 0.669421, steps: 250 };
    const query = toQuery('momentum.', momentumSchema, state);
    expect(query).toContain('momentum.kappa=100');
    expect(fromQuery('momentum.', momentumSchema, new URLSearchParams(query))).toEqual({ state, problems: [] });
  });

  it('defaults: κ = 25, α = 0.1, β = 0.9, 100 steps', () => {
    expect(defaultState(momentumSchema)).toEqual({ kappa: 25, lr: 0.1, beta: 0.9, steps: 100 });
  });

  it('repairs bad values with a sentence each', () => {
    const { state, problems } = fromQuery('momentum.', momentumSchema, new URLSearchParams('momentum.beta=1.5&momentum.lr=fast&momentum.kappa=0.5&momentum.steps=12.6'));
    expect(state).toEqual({ kappa: 1, lr: 0.1, beta: 0.99, steps: 13 });
    const text = problems.join(' ');
    expect(text).toMatch(/beta = 1.5 is above the maximum 0.99/);
    expect(text).toMatch(/lr = "fast" is not a number/);
    expect(text).toMatch(/kappa = 0.5 is below the minimum 1/);
    expect(problems.length).toBe(4);
  });
});
