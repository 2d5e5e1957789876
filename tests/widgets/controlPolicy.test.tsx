// @vitest-environment happy-dom
/** A teacher's hidden and locked settings: the controls obey, and so does the state. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readEmbedOptions, showCaption } from '../../src/site/embed/embedOptions';
import { Select } from '../../src/widgets/kit/controls/Select';
import { Slider } from '../../src/widgets/kit/controls/Slider';
import { Toggle } from '../../src/widgets/kit/controls/Toggle';
import { selectProps, sliderProps, toggleProps } from '../../src/widgets/kit/controls/fieldProps';
import { type ControlPolicy, ControlPolicyContext, LOCKED_NOTE, parseKeyList, policyProblems } from '../../src/widgets/state/controlPolicy';
import { keyOfField } from '../../src/widgets/state/schema';
import { stateSpec, useWidgetState, type WidgetState } from '../../src/widgets/state/useWidgetState';
import { sampleSchema as schema } from './sampleSchema';

const spec = stateSpec('pol', schema);
let widget: WidgetState<typeof schema> | null = null;

function Widget() {
  const w = useWidgetState(spec);
  widget = w;
  return (
    <div>
      <Slider {...sliderProps(schema.m)} value={w.state.m} onChange={(m) => w.set({ m })} />
      <Slider {...sliderProps(schema.n)} value={w.state.n} onChange={(n) => w.set({ n })} />
      <Select {...selectProps(schema.opt)} value={w.state.opt} onChange={(opt) => w.set({ opt })} />
      <Toggle {...toggleProps(schema.grid)} checked={w.state.grid} onChange={(grid) => w.set({ grid })} />
      <p data-testid="problems">{w.problems.join(' | ')}</p>
    </div>
  );
}

const under = (policy: ControlPolicy) =>
  render(
    <ControlPolicyContext.Provider value={policy}>
      <Widget />
    </ControlPolicyContext.Provider>,
  );

afterEach(() => {
  cleanup();
  widget = null;
});

describe('control policy', () => {
  it('a field knows its key in its schema', () => {
    expect(keyOfField(schema.lr)).toBe('lr');
    expect(keyOfField({ kind: 'boolean', default: true, label: 'loose' })).toBeUndefined();
  });

  it('reads key lists as a teacher types them', () => {
    expect(parseKeyList(' lr, steps  kappa,')).toEqual(['lr', 'steps', 'kappa']);
    expect(parseKeyList(null)).toEqual([]);
  });

  it('hidden controls are not rendered; locked ones are disabled with a note', () => {
    under({ hidden: ['n', 'grid'], locked: ['m', 'opt'] });
    expect(screen.queryByRole('slider', { name: 'Steps' })).toBeNull();
    expect(screen.queryByRole('switch', { name: /Show grid/ })).toBeNull();
    const slope = screen.getByRole('slider', { name: 'Slope' }) as HTMLInputElement;
    expect(slope.disabled).toBe(true);
    expect(document.getElementById(slope.getAttribute('aria-describedby') ?? '')?.textContent).toBe(LOCKED_NOTE);
    const opt = screen.getByRole('combobox', { name: 'Optimizer' }) as HTMLSelectElement;
    expect(opt.disabled).toBe(true);
    expect(document.getElementById(opt.getAttribute('aria-describedby') ?? '')?.textContent).toBe(LOCKED_NOTE);
  });

  it('no change reaches a hidden or locked key, by any route; reset keeps them', () => {
    under({ hidden: ['n'], locked: ['m'] });
    act(() => widget?.set({ m: 3, n: 7, lr: 0.5 }));
    expect(widget?.state).toMatchObject({ m: 0.5, n: 100, lr: 0.5 });
    act(() => widget?.set((s) => ({ m: s.m + 1, opt: 'adam' })));
    expect(widget?.state).toMatchObject({ m: 0.5, opt: 'adam' });
    act(() => widget?.reset());
    expect(widget?.state).toMatchObject({ m: 0.5, n: 100, opt: 'sgd', lr: 0.01 });
  });

  it('without a policy everything is free', () => {
    under({ hidden: [], locked: [] });
    expect((screen.getByRole('slider', { name: 'Slope' }) as HTMLInputElement).disabled).toBe(false);
    act(() => widget?.set({ m: 3 }));
    expect(widget?.state.m).toBe(3);
  });

  it('a key the widget does not have is reported, naming the ones it has', () => {
    expect(policyProblems(schema, { hidden: ['steps'], locked: ['m'] })).toEqual([
      'hide: “steps” is not a setting of this widget (its settings: m, lr, n, opt, grid, pts, seed, ws, widths, expr)',
    ]);
    under({ hidden: [], locked: ['slope'] });
    expect(screen.getByTestId('problems').textContent).toContain('lock: “slope” is not a setting of this widget');
  });
});

describe('embed options', () => {
  it('reads caption, hide and lock from the query; a caption is capped and shown as text', () => {
    const options = readEmbedOptions(`?race.lr=0.1&caption=${encodeURIComponent(' <b>Find</b> the rate ')}&hide=steps&lock=kappa,rotation`);
    expect(options).toEqual({ caption: '<b>Find</b> the rate', policy: { hidden: ['steps'], locked: ['kappa', 'rotation'] } });
    expect(readEmbedOptions(`?caption=${'x'.repeat(400)}`).caption).toHaveLength(300);
    expect(readEmbedOptions('?caption=%20&theme=dark')).toEqual({ caption: null, policy: { hidden: [], locked: [] } });
    const slot = document.createElement('p');
    slot.hidden = true;
    showCaption(slot, options.caption);
    expect(slot.hidden).toBe(false);
    expect(slot.children).toHaveLength(0); // markup in a link stays text
    expect(slot.textContent).toBe('<b>Find</b> the rate');
  });
});
