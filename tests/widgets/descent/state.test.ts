/** The two widgets' link state, and the learning-rate plots' view window. */
import { describe, expect, it } from 'vitest';
import { darkSchema } from '../../../src/widgets/descent/darkSchema';
import { rateSchema } from '../../../src/widgets/descent/rateSchema';
import { defaultState, fromQuery, toQuery } from '../../../src/widgets/state';
import { exitParameter, firstOutside, viewRadius } from '../../../src/widgets/descent/viewWindow';

describe('link state', () => {
  it('the learning-rate widget round-trips through a link', () => {
    const state = { ...defaultState(rateSchema), problem: 'bowl' as const, lr: 0.0952, kappa: 20, steps: 45 };
    const query = toQuery('rate.', rateSchema, state);
    expect(query).toContain('rate.problem=bowl');
    expect(fromQuery('rate.', rateSchema, new URLSearchParams(query))).toEqual({ state, problems: [] });
  });

  it('repairs bad values with a sentence each', () => {
    const { state, problems } = fromQuery('rate.', rateSchema, new URLSearchParams('rate.lr=banana&rate.steps=9999&rate.problem=cube'));
    expect(state.lr).toBe(0.3);
    expect(state.steps).toBe(200);
    expect(state.problem).toBe('parabola');
    expect(problems.join(' ')).toMatch(/lr = "banana" is not a number/);
    expect(problems.join(' ')).toMatch(/steps = 9999 is above the maximum 200/);
  });

  it('the dark widget keeps landscape, start, stride, α, reveal and seed', () => {
    const state = { ...defaultState(darkSchema), landscape: 'sixHumpCamel' as const, sx: -1.5, sy: 1.2, step: 0.15, lr: 0.05, reveal: true, seed: 7 };
    const query = toQuery('dark.', darkSchema, state);
    expect(fromQuery('dark.', darkSchema, new URLSearchParams(query))).toEqual({ state, problems: [] });
    const bad = fromQuery('dark.', darkSchema, new URLSearchParams('dark.reveal=maybe&dark.sx=NaN'));
    expect(bad.problems.length).toBe(2);
    expect(bad.state.reveal).toBe(false);
  });
});

describe('view window', () => {
  it('fits the run in the smallest of ±3, ±6, ±12 with 10% to spare', () => {
    expect(viewRadius([2.5, -2])).toBe(3); // 2.75 ≤ 3
    expect(viewRadius([2.5, 5])).toBe(6); // 5.5 ≤ 6
    expect(viewRadius([2.5, 5.6])).toBe(12); // 6.16 > 6
    expect(viewRadius([2.5, 1e9])).toBe(12);
    expect(viewRadius([2.5, Infinity])).toBe(12);
  });

  it('finds the first point outside the window', () => {
    expect(firstOutside([2.5, -3.5, 4.9], 1, 3)).toBe(1);
    expect(firstOutside([-2.5, 2, -2.2, -2.4, -1.9, 3.1], 2, 3)).toBe(2);
    expect(firstOutside([1, NaN], 1, 3)).toBe(1);
    expect(firstOutside([1, 2], 1, 3)).toBeNull();
  });

  it('cuts a segment where it leaves the box', () => {
    // from (0, 0) to (2, 0) leaves [−1, 1]² halfway; to (2, 4) through the top at a quarter
    expect(exitParameter([0, 0], [2, 0], [-1, 1], [-1, 1])).toBe(0.5);
    expect(exitParameter([0, 0], [2, 4], [-1, 1], [-1, 1])).toBe(0.25);
    expect(exitParameter([0, 0], [Infinity, 0], [-1, 1], [-1, 1])).toBe(0);
  });
});
