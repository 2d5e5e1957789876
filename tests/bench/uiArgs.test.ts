import { describe, expect, it } from 'vitest';
import { ALL_PAGES, RACE_ALL_EIGHT, parseArgs, stateWidget } from '../../bench/ui/args';

describe('bench:ui command line', () => {
  it('gives a page its slashes and keeps a state query as written', () => {
    expect(parseArgs(['--page', 'optimizers']).pages).toEqual(['/optimizers/']);
    expect(parseArgs(['--page', '/optimizers?race.adamw=1&race.x=0.5']).pages).toEqual(['/optimizers/?race.adamw=1&race.x=0.5']);
  });

  it('a page with a state query drives only the widget the query is for', () => {
    expect(stateWidget('/optimizers/')).toBeNull();
    expect(stateWidget(RACE_ALL_EIGHT)).toBe('race');
    expect(ALL_PAGES).toContain(RACE_ALL_EIGHT);
  });
});
