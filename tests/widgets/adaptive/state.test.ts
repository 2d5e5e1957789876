/** The adaptive-rates widget's link state: a round trip, and bad values repaired with a sentence each. */
import { describe, expect, it } from 'vitest';
import { adaptiveSchema } from '../../../src/widgets/adaptive/adaptiveSchema';
import { defaultState, fromQuery, toQuery } from '../../../src/widgets/state';

describe('adaptive rates link state', () => {
  it('round-trips through a link', () => {
    const state = { ...defaultState(adaptiveSchema), kappa: 500, adadelta: true, sgd: false, adamLr: 0.2, bias: false, steps: 400 };
    const query = toQuery('adaptive.', adaptiveSchema, state);
    expect(query).toContain('adaptive.bias=');
    expect(fromQuery('adaptive.', adaptiveSchema, new URLSearchParams(query))).toEqual({ state, problems: [] });
  });

  it('defaults: κ = 100, AdaDelta hidden, bias correction on, 200 steps', () => {
    expect(defaultState(adaptiveSchema)).toMatchObject({ kappa: 100, sgd: true, adagrad: true, rmsprop: true, adadelta: false, adam: true, bias: true, steps: 200, sgdLr: 0.015 });
  });

  it('repairs bad values with a sentence each', () => {
    const { state, problems } = fromQuery('adaptive.', adaptiveSchema, new URLSearchParams('adaptive.kappa=5&adaptive.sgdLr=1&adaptive.bias=maybe&adaptive.steps=x'));
    expect(state).toMatchObject({ kappa: 10, sgdLr: 0.05, bias: true, steps: 200 });
    const text = problems.join(' ');
    expect(text).toMatch(/kappa = 5 is below the minimum 10/);
    expect(text).toMatch(/sgdLr = 1 is above the maximum 0.05/);
    expect(problems.length).toBe(4);
  });
});
