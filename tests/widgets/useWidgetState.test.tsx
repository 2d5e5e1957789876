// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from './hydrate';
import { Share } from '../../src/widgets/state/Share';
import { stateSpec, useWidgetState } from '../../src/widgets/state/useWidgetState';
import { Slider } from '../../src/widgets/kit/controls/Slider';
import { sliderProps } from '../../src/widgets/kit/controls/fieldProps';
import { WidgetFrame } from '../../src/widgets/kit/layout/WidgetFrame';
import { sampleSchema as schema } from './sampleSchema';

/** `slope` was `m`'s name in an older link. */
const fitSpec = stateSpec('fit', schema, { slope: 'm' });

/** A minimal widget: one slider bound to `m`, the frame, the problems, a share button. */
function FitWidget() {
  const w = useWidgetState(fitSpec);
  return (
    <WidgetFrame id="fit" title="Fit" problems={w.problems} onDismissProblems={w.dismissProblems} share={<Share getUrl={w.shareUrl} />}>
      <Slider {...sliderProps(schema.m)} value={w.state.m} onChange={(m) => w.set({ m })} />
      <pre data-testid="state">{JSON.stringify(w.state)}</pre>
      <button type="button" onClick={() => w.set({ m: Number.NaN })}>bad</button>
      <button type="button" onClick={() => w.set((s) => ({ n: s.n * 1000 }))}>grow</button>
      <button type="button" onClick={w.reset}>defaults</button>
    </WidgetFrame>
  );
}

const state = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as Record<string, unknown>;

beforeEach(() => window.history.replaceState(null, '', '/chapters/gradient-descent?other.m=9&fit.m=99&fit.opt=adam'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('useWidgetState', () => {
  it('applies this widget’s keys from the URL after mounting, with problems shown', () => {
    render(<FitWidget />);
    expect(state()).toMatchObject({ m: 10, opt: 'adam' });
    expect(screen.getByRole('status').textContent).toContain('m = 99 is above the maximum 10; using 10');
    expect(screen.getByRole('slider', { name: 'Slope' }).getAttribute('aria-valuetext')).toBe('10.00');
    expect(screen.getAllByRole('status')).toHaveLength(1); // the problems; the slider's <output> is not a second live region
  });

  it('a key renamed since a link was published is read under its new name; the new name wins', () => {
    window.history.replaceState(null, '', '/x?fit.slope=3');
    const { unmount } = render(<FitWidget />);
    expect(state()).toMatchObject({ m: 3 });
    unmount();
    window.history.replaceState(null, '', '/x?fit.slope=3&fit.m=4');
    render(<FitWidget />);
    expect(state()).toMatchObject({ m: 4 });
    expect(screen.getByRole('status').textContent).toBe(''); // the old name is not reported as unknown
  });

  it('a rename must name a gone key and an existing field', () => {
    expect(() => stateSpec('fit', schema, { m: 'n' })).toThrow('stateSpec "fit": renamed key "m" → "n"');
    expect(() => stateSpec('fit', schema, { slope: 'mm' as 'm' })).toThrow(/must name a gone key and a field/);
  });

  it('server render and first client render use the defaults, so hydration matches', async () => {
    const { html, container } = await prerenderAndHydrate(<FitWidget />);
    expect(html).toContain('&quot;m&quot;:0.5'); // defaults, whatever the URL says
    expect(container.querySelector('[data-testid="state"]')?.textContent).toContain('"m":10'); // then the link applies
    container.remove();
  });

  it('set() validates: NaN keeps the value, overflow clamps, both explained', () => {
    render(<FitWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'bad' }));
    expect(state().m).toBe(10);
    expect(screen.getByRole('status').textContent).toContain('m = NaN is not a finite number; keeping 10');
    fireEvent.click(screen.getByRole('button', { name: 'grow' }));
    expect(state().n).toBe(5000);
    expect(screen.getByRole('status').textContent).toContain('n = 100000 is above the maximum 5000; using 5000');
  });

  it('the slider sets the state', () => {
    render(<FitWidget />);
    fireEvent.change(screen.getByRole('slider', { name: 'Slope' }), { target: { value: '-2.5' } });
    expect(state().m).toBe(-2.5);
  });

  it('reset() returns to the defaults and clears problems', () => {
    render(<FitWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'defaults' }));
    expect(state()).toMatchObject({ m: 0.5, opt: 'sgd' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('Share copies a link with this widget’s state, other keys kept, and the anchor', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<FitWidget />);
    fireEvent.change(screen.getByRole('slider', { name: 'Slope' }), { target: { value: '1.25' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(writeText.mock.calls[0][0]);
    expect(url.pathname).toBe('/chapters/gradient-descent');
    expect(url.hash).toBe('#fit');
    expect(url.searchParams.get('other.m')).toBe('9');
    expect(url.searchParams.get('fit.m')).toBe('1.25');
    expect(url.searchParams.get('fit.opt')).toBe('adam');
    expect(url.search).toContain('fit.pts=0,1;1,2'); // readable, not %2C%3B
    expect(screen.getByText('Link copied')).toBeTruthy();
  });

  it('Share shows the link to copy by hand when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<FitWidget />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    const field = screen.getByRole('textbox', { name: /link to this widget/i }) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/fit\.m=10.*#fit$/);
    expect(screen.getByText('Copy the link below')).toBeTruthy();
  });
});
