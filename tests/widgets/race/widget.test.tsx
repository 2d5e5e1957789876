// @vitest-environment happy-dom
// The race in a DOM (the worker's main-thread fallback runs the tasks): it hydrates its own
// server HTML; a racer toggled on joins the legend with its numbers; the start point moves with
// the arrow keys and the race is rerun from there; a preset sets the surface and the racers.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { OptimizerRaceWidget } from '../../../src/widgets/race/OptimizerRaceWidget';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const legendRacers = () => [...screen.getByTestId('race-legend').querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-racer'));
const finalLoss = (name: string) => screen.getByTestId(`race-final-${name}`).textContent ?? '';
const WAIT = { timeout: 10_000 };

describe('optimizer race', () => {
  it('prerenders its controls and hydrates without a mismatch, then applies the link', async () => {
    const html = renderToString(<OptimizerRaceWidget />);
    expect(html).toContain('id="race"');
    expect(html).toContain('Long narrow valley');
    window.history.replaceState(null, '', '/?race.surface=himmelblau&race.x=0&race.y=0&race.nesterov=1');
    const { container } = await prerenderAndHydrate(<OptimizerRaceWidget />);
    expect((within(container).getByLabelText('Surface') as HTMLSelectElement).value).toBe('himmelblau');
    expect(within(container).getByRole('button', { name: 'Nesterov' }).getAttribute('aria-pressed')).toBe('true');
    container.remove();
  });

  it('the contours are a named canvas under the map, not SVG paths the paths would make the browser re-raster', async () => {
    render(<OptimizerRaceWidget />);
    const contours = await screen.findByRole('img', { name: /^Contours of Rosenbrock/ }, WAIT);
    expect(contours.tagName).toBe('CANVAS');
    expect(screen.getByTestId('race-map').querySelector('svg [data-level]')).toBeNull();
  });

  it('a racer toggled on joins the legend with its final loss', async () => {
    render(<OptimizerRaceWidget />);
    await waitFor(() => expect(finalLoss('adam')).toMatch(/\d/), WAIT);
    expect(legendRacers()).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);
    const nesterov = screen.getByRole('button', { name: 'Nesterov' });
    expect(nesterov.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(nesterov);
    expect(nesterov.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(legendRacers()).toEqual(['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam']), WAIT);
    await waitFor(() => expect(finalLoss('nesterov')).toMatch(/\d/), WAIT);
    // and off again
    fireEvent.click(screen.getByRole('button', { name: 'SGD' }));
    await waitFor(() => expect(legendRacers()).toEqual(['momentum', 'nesterov', 'rmsprop', 'adam']), WAIT);
  });

  it('the arrow keys move the shared start, and the race reruns from there', async () => {
    render(<OptimizerRaceWidget />);
    const map = screen.getByTestId('race-map');
    expect(map.getAttribute('data-start')).toBe('-1.2,1');
    await waitFor(() => expect(finalLoss('sgd')).toMatch(/\d/), WAIT);
    const before = screen.getByTestId('race-legend').textContent;
    const point = screen.getByRole('slider', { name: 'Start point' });
    point.focus();
    // one key per render, as a reader presses them
    await act(async () => void fireEvent.keyDown(point, { key: 'ArrowRight', shiftKey: true }));
    await act(async () => void fireEvent.keyDown(point, { key: 'ArrowUp', shiftKey: true }));
    const [x, y] = (map.getAttribute('data-start') ?? '').split(',').map(Number);
    expect(x).toBeGreaterThan(-1.2);
    expect(y).toBeGreaterThan(1);
    await waitFor(() => expect(screen.getByTestId('race-legend').getAttribute('data-fresh')).toBe('true'), WAIT);
    expect(screen.getByTestId('race-legend').textContent).not.toBe(before);
  });

  it('a preset sets the surface and the racers', async () => {
    render(<OptimizerRaceWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Escaping a saddle' }));
    expect((screen.getByLabelText('Surface') as HTMLSelectElement).value).toBe('saddle');
    await waitFor(() => expect(legendRacers()).toEqual(['sgd', 'momentum', 'rmsprop', 'adam', 'newton']), WAIT);
    await waitFor(() => expect(screen.getByTestId('race-arrived-newton').textContent).toBe('no minimum'), WAIT);
  });

  it('the tuned racer gets a schedule: only its kind’s sliders, and the rate in a sentence', async () => {
    render(<OptimizerRaceWidget />);
    expect((screen.getByLabelText('Tune') as HTMLSelectElement).value).toBe('adam');
    expect(screen.getByTestId('race-schedule-line').textContent).toBe('α stays 0.05 for all 500 steps.');
    fireEvent.change(screen.getByLabelText('Schedule'), { target: { value: 'step' } });
    expect(screen.getByRole('slider', { name: /Decay every/ })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: /Warm-up/ })).toBeNull();
    expect(screen.getByTestId('race-schedule-line').textContent).toMatch(/^α is multiplied by 0.5 every 100 steps: α is 0.05 at step 0 and 0.00313 at step 499/);
  });

  it('a preset’s explanation stays on screen until the surface changes or another preset is pressed', async () => {
    render(<OptimizerRaceWidget />);
    const note = screen.getByTestId('race-preset-note');
    expect(note.getAttribute('aria-live')).toBe('polite');
    expect(note.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Beale’s function' }));
    expect(note.textContent).toMatch(/^Beale’s function: Flat plateaus and steep walls/);
    fireEvent.click(screen.getByRole('button', { name: 'SGD' })); // other changes keep it
    expect(note.textContent).toMatch(/Flat plateaus/);
    fireEvent.click(screen.getByRole('button', { name: 'Long narrow valley' }));
    expect(note.textContent).toMatch(/^Long narrow valley: A bowl 100 times steeper/);
    fireEvent.change(screen.getByLabelText('Surface'), { target: { value: 'himmelblau' } });
    expect(note.textContent).toBe('');
  });

  it('the tuned racer’s step at the timeline’s step, with its numbers', async () => {
    render(<OptimizerRaceWidget />);
    await waitFor(() => expect(screen.getByTestId('race-step-lines')).toBeTruthy(), WAIT);
    const lines = () => [...screen.getByTestId('race-step-lines').querySelectorAll('li')].map((li) => li.textContent ?? '');
    // Adam at the end of the run: m, v, the corrected moments and the step
    expect(lines().map((l) => l.split(' ')[0])).toEqual(['m', 'v', 'm̂', 'w']);
    fireEvent.change(screen.getByLabelText('Tune'), { target: { value: 'momentum' } });
    await waitFor(() => expect(lines()[0]).toMatch(/^v ← 0\.9·\(/), WAIT);
    expect(lines()[1]).toMatch(/^w ← \(/);
  });
});
