// @vitest-environment happy-dom
// "Which optimizer?" in a DOM (the worker's in-page fallback runs the task): it hydrates its
// server HTML, fills the table from the worker's result with a row per selected optimizer, shows
// its progress while it trains, and an optimizer toggled off leaves the table.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { WhichOptimizerWidget } from '../../../src/widgets/compare/WhichOptimizerWidget';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const WAIT = { timeout: 15_000 };
const rows = () => [...screen.getByTestId('compare-table').querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-optimizer'));
// A short comparison: 5 optimizers × 2 seeds × 100 steps.
const SHORT = '/?compare.seeds=2&compare.steps=100';

describe('which optimizer', () => {
  it('prerenders its controls and intro, and hydrates without a mismatch', async () => {
    const { html, container } = await prerenderAndHydrate(<WhichOptimizerWidget />);
    expect(html).toContain('id="compare"');
    expect(html).toContain('There is no universally best optimizer');
    expect(within(container).getByRole('button', { name: 'Adam' }).getAttribute('aria-pressed')).toBe('true');
    container.remove();
  });

  it('fills the table from the worker, then drops an optimizer toggled off', async () => {
    window.history.replaceState(null, '', SHORT);
    render(<WhichOptimizerWidget />);
    const adam = await screen.findByTestId('compare-validation-adam', {}, WAIT);
    expect(adam.textContent).toMatch(/^\d\.\d{3}/); // a median, then its range
    expect(rows()).toEqual(['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam']);
    expect(screen.getByTestId('compare-diverged-sgd').textContent).toBe('0 of 2');
    expect(screen.getByTestId('compare-table').getAttribute('data-fresh')).toBe('true');
    // the screen-reader description states each optimizer's numbers
    expect(screen.getByText(/Adam: median validation loss \d\.\d+ \(.+ over 2 seeds\)/)).toBeTruthy();
    // the dot strip: a row per optimizer, a mark per seed
    const strip = screen.getByTestId('compare-strip');
    expect([...strip.querySelectorAll('[data-strip]')].map((g) => g.getAttribute('data-strip'))).toEqual(rows());
    expect(strip.querySelectorAll('[data-strip="adam"] path').length).toBe(2);

    const sgd = screen.getByRole('button', { name: 'SGD' });
    fireEvent.click(sgd);
    expect(sgd.getAttribute('aria-pressed')).toBe('false');
    // the old table stays (marked as updating) until the new comparison lands
    expect(screen.getByTestId('compare-table').getAttribute('data-fresh')).toBe('false');
    await waitFor(() => expect(rows()).toEqual(['momentum', 'adagrad', 'rmsprop', 'adam']), WAIT);
    expect(screen.getByTestId('compare-table').getAttribute('data-fresh')).toBe('true');
    expect(screen.queryByTestId('compare-validation-sgd')).toBeNull();
  });

  it('reports progress in runs while it trains', async () => {
    window.history.replaceState(null, '', '/?compare.seeds=3&compare.steps=300');
    render(<WhichOptimizerWidget />);
    const progress = await screen.findByRole('progressbar', {}, WAIT);
    expect(progress.getAttribute('aria-valuemax')).toBe('15'); // 5 optimizers × 3 seeds
    expect(screen.getByTestId('compare-progress').textContent).toMatch(/^Training: \d+ of 15 runs$/);
    await screen.findByTestId('compare-table', {}, WAIT);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), WAIT);
    expect(screen.getByTestId('compare-progress').textContent).toBe('Trained 15 runs');
  });

  it('a learning rate far too large shows in the SGD row: a validation loss far above Adam', async () => {
    window.history.replaceState(null, '', '/?compare.seeds=2&compare.steps=100&compare.momentum=0&compare.adagrad=0&compare.rmsprop=0&compare.sgd_lr=3');
    render(<WhichOptimizerWidget />);
    await screen.findByTestId('compare-table', {}, WAIT);
    expect(rows()).toEqual(['sgd', 'adam']);
    const median = (name: string) => parseFloat(screen.getByTestId(`compare-validation-${name}`).textContent ?? '');
    expect(median('sgd')).toBeGreaterThan(0.5); // α = 3: about 0.92 (ln 2 ≈ 0.69 is a coin toss)
    expect(median('sgd')).toBeGreaterThan(2 * median('adam')); // Adam at α = 0.01: about 0.28
    const sgdRow = screen.getByTestId('compare-table').querySelector('tr[data-optimizer="sgd"]')!;
    expect(sgdRow.querySelectorAll('td')[0].textContent).toBe('3.00'); // the α column
  });

  it('with no optimizer selected it says so instead of running', () => {
    window.history.replaceState(null, '', '/?compare.sgd=0&compare.momentum=0&compare.adagrad=0&compare.rmsprop=0&compare.adam=0');
    render(<WhichOptimizerWidget />);
    expect(screen.getByText('Choose at least one optimizer to compare.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Tune' })).toBeNull();
  });
});
