// @vitest-environment happy-dom
/**
 * "Babysitting a run" in a DOM, its worker run on the page (the local worker): it hydrates its
 * server HTML and runs nothing until Train; Train runs to the end in parts with the readouts
 * filled; Pause stops the worker's run (no more parts asked for) and Resume continues from the
 * step reached; a preset sets the rate and resets the run; the two sanity checks show their
 * expected values; a diverging run says where and why; the downloads are Blobs of the texts.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { createLocalWorker, type WorkerLike } from '../../src/worker/localWorker';
import { BabysittingWidget } from '../../src/widgets/babysit/BabysittingWidget';
import { CSV_HEADER } from '../../src/widgets/babysit/babysitModel';
import { prerenderAndHydrate } from './hydrate';

/** Counts the train runs the page asks the worker for. */
const gate = vi.hoisted(() => ({ client: null as ComputeClient | null, trainRuns: 0, cancels: 0 }));

function countingWorker(): WorkerLike {
  const inner = createLocalWorker();
  let handler: ((event: MessageEvent) => void) | null = null;
  const outer: WorkerLike = {
    postMessage: (m, t) => {
      if (m.type === 'run' && m.task === 'babysit' && (m.input as { mode: string }).mode === 'train') gate.trainRuns++;
      if (m.type === 'cancel') gate.cancels++;
      inner.postMessage(m, t);
    },
    terminate: () => inner.terminate(),
    onerror: null,
    onmessageerror: null,
    get onmessage() { return handler; },
    set onmessage(h) { handler = h; },
  };
  inner.onmessage = (event) => handler?.(event);
  return outer;
}

vi.mock('../../src/worker/defaultClient', () => ({
  getComputeClient: (): ComputeClient => (gate.client ??= createComputeClient({ createWorker: countingWorker, heartbeatMs: 0 })),
}));

afterEach(() => {
  cleanup();
  gate.client?.dispose();
  gate.client = null;
  gate.trainRuns = 0;
  gate.cancels = 0;
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

const WAIT = { timeout: 20_000 };
const status = () => screen.getByTestId('babysit-status');
const stepOf = () => Number(status().getAttribute('data-step'));

describe('babysitting a run', () => {
  it('prerenders its controls and hydrates without a mismatch; nothing runs before Train', async () => {
    const { html, container } = await prerenderAndHydrate(<BabysittingWidget />);
    expect(html).toContain('id="babysit"');
    expect(html).toContain('Not started: press Train.');
    expect(within(container).getByRole('button', { name: 'Train' })).toBeTruthy();
    expect((within(container).getByRole('combobox', { name: 'Learning rate preset' }) as HTMLSelectElement).value).toBe('good');
    await new Promise((r) => setTimeout(r, 400));
    expect(gate.trainRuns).toBe(0);
    expect(within(container).getByTestId('babysit-status').getAttribute('data-status')).toBe('idle');
  });

  it('Train runs to the end in parts and fills the readouts and the plots', async () => {
    window.history.replaceState(null, '', '/?babysit.steps=200');
    render(<BabysittingWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(status().getAttribute('data-status')).toBe('done'), WAIT);
    expect(stepOf()).toBe(200);
    expect(gate.trainRuns).toBe(2); // two parts of 100 steps
    expect(screen.getByTestId('babysit-step').textContent).toBe('200');
    expect(screen.getByTestId('babysit-train-acc').textContent).toMatch(/^\d+ %$/);
    expect(screen.getByTestId('babysit-ratio-W1').textContent).toMatch(/\d/);
    expect(screen.getByRole('img', { name: 'validation loss' }).getAttribute('d')).toMatch(/^M/);
    expect(screen.getByText(/At step 200 the training loss is/)).toBeTruthy();
  });

  it('Pause stops the worker\'s run; Resume continues from the step reached', async () => {
    render(<BabysittingWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(stepOf()).toBeGreaterThanOrEqual(100), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(status().getAttribute('data-status')).toBe('paused');
    const paused = stepOf(), runs = gate.trainRuns;
    await new Promise((r) => setTimeout(r, 800));
    expect(stepOf()).toBe(paused);
    expect(gate.trainRuns).toBe(runs); // no part asked for while paused
    expect(status().textContent).toBe(`Paused at step ${paused} of 3,000.`);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(stepOf()).toBeGreaterThan(paused), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    // the series has one row per 20 steps, with no gap or repeat at the pause
    const rows = screen.getByTestId('babysit-step').textContent;
    expect(Number(rows?.replace(',', ''))).toBe(stepOf());
  });

  it('a preset sets the rate and resets the run', async () => {
    window.history.replaceState(null, '', '/?babysit.steps=100');
    render(<BabysittingWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(status().getAttribute('data-status')).toBe('done'), WAIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Learning rate preset' }), { target: { value: 'too-high' } });
    expect(screen.getByRole('slider', { name: 'Learning rate α' }).getAttribute('aria-valuetext')).toBe('1');
    expect(status().getAttribute('data-status')).toBe('idle');
    expect(screen.getByTestId('babysit-step').textContent).toBe('–');
  });

  it('the sanity checks show ln 3 and the overfitting result', async () => {
    render(<BabysittingWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the initial loss' }));
    await waitFor(() => expect(screen.getByTestId('babysit-initial').getAttribute('data-verdict')).toBe('pass'), WAIT);
    expect(screen.getByTestId('babysit-initial').textContent).toContain(`ln 3 = ${Math.log(3).toFixed(4)}`);
    expect(screen.getByTestId('babysit-initial').textContent).toContain('½λΣw² = 0.0647');
    fireEvent.click(screen.getByRole('button', { name: 'Overfit 20 examples' }));
    await waitFor(() => expect(screen.getByTestId('babysit-overfit').getAttribute('data-verdict')).toBe('pass'), WAIT);
    expect(screen.getByTestId('babysit-overfit').textContent).toMatch(/fell below 0\.01 after 485 steps.*100 % training accuracy/);
    expect(gate.trainRuns).toBe(0);
  });

  it('a diverging run says at which step the loss stopped being finite, and why', async () => {
    window.history.replaceState(null, '', '/?babysit.lr=10&babysit.l2=0.5');
    render(<BabysittingWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(status().getAttribute('data-status')).toBe('diverged'), WAIT);
    expect(screen.getByTestId('babysit-divergence').textContent).toMatch(/stopped being finite at step 14 \(loss is NaN\)/);
    expect(status().textContent).toBe('Stopped at step 14: the loss is no longer finite.');
  });

  it('the downloads are Blobs of the CSV and JSON texts', async () => {
    window.history.replaceState(null, '', '/?babysit.steps=100');
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => { blobs.push(b); return 'blob:test'; });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: () => {} });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download); });
    render(<BabysittingWidget />);
    expect((screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(status().getAttribute('data-status')).toBe('done'), WAIT);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download CSV' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download JSON' })));
    expect(clicks).toEqual(['babysit-lr0.03-seed1.csv', 'babysit-lr0.03-seed1.json']);
    const csv = await blobs[0].text();
    expect(csv.split('\n')[0]).toBe(CSV_HEADER);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 6); // steps 0, 20, …, 100
    expect(JSON.parse(await blobs[1].text())).toMatchObject({ widget: 'babysit', step: 100 });
  });
});
