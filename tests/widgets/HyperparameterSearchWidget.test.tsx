// @vitest-environment happy-dom
/**
 * "Hyperparameter search" in a DOM, its worker run on the page (the local worker) behind a gate
 * the test opens message by message: it hydrates its server HTML; on first view it computes
 * the loss map and nothing else; Run runs both searches with progress per search and fills the
 * table; Cancel mid-way leaves the trials that landed on screen, labelled partial.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { createLocalWorker, type WorkerLike } from '../../src/worker/localWorker';
import { HyperparameterSearchWidget } from '../../src/widgets/search/HyperparameterSearchWidget';
import { prerenderAndHydrate } from './hydrate';

/** Progress and done messages wait while `on`; release() delivers the oldest. */
const gate = vi.hoisted(() => ({ on: false, held: [] as (() => void)[], client: null as ComputeClient | null, /** search runs started */ runs: 0 }));
const release = (n = 1) => act(() => { for (let i = 0; i < n; i++) gate.held.shift()?.(); });

function gatedWorker(): WorkerLike {
  const inner = createLocalWorker();
  let handler: ((event: MessageEvent) => void) | null = null;
  const outer: WorkerLike = {
    postMessage: (m, t) => {
      // a run that is not the loss map (24 × 24 trainings) is a search
      if (m.type === 'run' && m.task === 'hyperparameterSearch' && (m.input as { logLr: readonly number[] }).logLr.length !== 24 * 24) gate.runs++;
      inner.postMessage(m, t);
    },
    terminate: () => inner.terminate(),
    onerror: null,
    onmessageerror: null,
    get onmessage() { return handler; },
    set onmessage(h) { handler = h; },
  };
  inner.onmessage = (event) => {
    const data = event.data as { type: string };
    if (gate.on && (data.type === 'progress' || data.type === 'done')) gate.held.push(() => handler?.(event));
    else handler?.(event);
  };
  return outer;
}

vi.mock('../../src/worker/defaultClient', () => ({
  getComputeClient: (): ComputeClient => (gate.client ??= createComputeClient({ createWorker: gatedWorker, heartbeatMs: 0 })),
}));

afterEach(() => {
  cleanup();
  gate.client?.dispose();
  gate.client = null;
  gate.on = false;
  gate.held = [];
  gate.runs = 0;
  window.history.replaceState(null, '', '/');
});

const WAIT = { timeout: 15_000 };
const text = (id: string) => screen.getByTestId(id).textContent;

describe('hyperparameter search', () => {
  it('prerenders its controls and Run button, and hydrates without a mismatch', async () => {
    const { html, container } = await prerenderAndHydrate(<HyperparameterSearchWidget />);
    expect(html).toContain('id="search"');
    expect(html).toContain('Nothing has run yet');
    expect(within(container).getByRole('button', { name: 'Run the searches' })).toBeTruthy();
    expect(within(container).getByRole('slider', { name: 'Trials per search' }).getAttribute('aria-valuetext')).toBe('16');
  });

  it('computes the loss map on first view and runs no search until Run is pressed', async () => {
    render(<HyperparameterSearchWidget />);
    await waitFor(() => expect(screen.getByTestId('search-map').getAttribute('data-ready')).toBe('true'), WAIT);
    expect(gate.runs).toBe(0); // the map, no search
    expect(screen.getByTestId('search-status').getAttribute('data-status')).toBe('idle');
    expect(screen.queryByTestId('search-table')).toBeNull();
    // the diverged region is hatched, right of the stability limit
    expect(screen.getByTestId('search-map-diverged').querySelectorAll('rect').length).toBeGreaterThan(0);
    expect(screen.getByText(/settings diverged, every one with α ≥ 0\.7/)).toBeTruthy();
  });

  it('Run trains both searches with progress, then shows the table; random search tries more values of α', async () => {
    window.history.replaceState(null, '', '/?search.side=3');
    render(<HyperparameterSearchWidget />);
    await waitFor(() => expect(screen.getByTestId('search-map').getAttribute('data-ready')).toBe('true'), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Run the searches' }));
    await waitFor(() => expect(text('search-progress-grid')).toBe('9 of 9 trials'), WAIT);
    await waitFor(() => expect(text('search-progress-random')).toBe('9 of 9 trials'), WAIT);
    expect(screen.getByTestId('search-status').getAttribute('data-status')).toBe('done');
    expect(screen.getByRole('button', { name: 'Run the searches' })).toBeTruthy();
    expect(text('search-best-grid')).toMatch(/^0\.\d{3}$/);
    expect(text('search-best-random')).toMatch(/^0\.\d{3}$/);
    expect(text('search-distinct-grid')).toBe('3');
    expect(text('search-distinct-random')).toBe('9');
    expect(text('search-diverged-grid')).toBe('3 of 9'); // the grid's right column is α = 10^0.5
    expect(screen.getByTestId('search-table').getAttribute('data-partial')).toBe('false');
    // one mark per trial on the map: 9 grid, 9 random
    const map = screen.getByTestId('search-map');
    expect(map.querySelectorAll('[data-search="grid"] rect:not([fill="none"]), [data-search="grid"] [data-diverged]').length).toBe(9);
    expect(map.querySelectorAll('[data-search="random"] circle:not([fill="none"]), [data-search="random"] [data-diverged]').length).toBe(9);
    expect(map.querySelectorAll('[data-best]').length).toBe(2);

    // show only the random search: its row alone
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'random' } });
    expect(screen.queryByTestId('search-best-grid')).toBeNull();
    expect(text('search-distinct-random')).toBe('9');
  });

  it('Cancel mid-way keeps the trials that landed, labelled partial', async () => {
    render(<HyperparameterSearchWidget />);
    await waitFor(() => expect(screen.getByTestId('search-map').getAttribute('data-ready')).toBe('true'), WAIT);
    gate.on = true;
    fireEvent.click(screen.getByRole('button', { name: 'Run the searches' }));
    await waitFor(() => expect(gate.held.length).toBeGreaterThanOrEqual(5), WAIT);
    release(5); // five trials: grid 0, random 0, grid 1, random 1, grid 2
    await waitFor(() => expect(text('search-progress-grid')).toBe('3 of 16 trials'), WAIT);
    expect(text('search-progress-random')).toBe('2 of 16 trials');
    expect(screen.getByTestId('search-status').getAttribute('data-status')).toBe('running');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    release(100); // whatever the worker sent before it saw the cancel is dropped
    await waitFor(() => expect(screen.getByTestId('search-status').getAttribute('data-status')).toBe('partial'), WAIT);
    expect(text('search-partial')).toBe('Cancelled after 5 of 32 trials: the results below are partial.');
    expect(text('search-progress-grid')).toBe('3 of 16 trials');
    expect(screen.getByTestId('search-table').getAttribute('data-partial')).toBe('true');
    expect(text('search-distinct-random')).toBe('2');
    expect(screen.getByRole('button', { name: 'Run the searches' })).toBeTruthy();
  });
});
