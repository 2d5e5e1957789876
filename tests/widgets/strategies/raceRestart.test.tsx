// @vitest-environment happy-dom
/**
 * The race after a worker crash during its first computation: the run goes to a new worker,
 * the table fills in without the reader touching anything, the widget never shows an error,
 * and its status line says that the computation restarted.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { ComputeClient } from '../../../src/worker/client';
import { createComputeClient } from '../../../src/worker/client';
import { RESTART_NOTE } from '../../../src/widgets/kit/layout/restartNote';
import { StrategyRaceWidget } from '../../../src/widgets/strategies/StrategyRaceWidget';
import { workerFactory } from '../../worker/fakeWorker';

// The page's shared client, replaced by one on a fake worker that crashes at its first run.
const page = vi.hoisted(() => ({ client: null as ComputeClient | null }));
vi.mock('../../../src/worker/defaultClient', () => ({
  getComputeClient: (): ComputeClient => {
    if (!page.client) throw new Error('getComputeClient: the test has not made its client yet');
    return page.client;
  },
}));

afterEach(() => {
  cleanup();
  page.client?.dispose();
  page.client = null;
});

it('recovers from a crash during its first race and says the computation restarted', async () => {
  let crashed = false;
  const factory = workerFactory({
    onRequest: (request, worker) => {
      if (request.type !== 'run' || crashed) return;
      crashed = true;
      worker.crash('out of memory');
    },
  });
  page.client = createComputeClient({ createWorker: factory.create });
  const { container } = render(<StrategyRaceWidget />);
  const errors: string[] = [];
  const watch = new MutationObserver(() => {
    const text = container.textContent ?? '';
    if (text.includes('Could not run the race')) errors.push(text);
  });
  watch.observe(container, { childList: true, subtree: true, characterData: true });

  // the race is computed by the second worker, with no new input from the reader
  await waitFor(() => expect(container.querySelector('[data-testid="race-table"][data-fresh="true"]')).not.toBeNull(), { timeout: 10_000 });
  watch.disconnect();
  expect(crashed).toBe(true);
  expect(factory.made).toHaveLength(2);
  expect(errors).toEqual([]);
  const status = screen.getAllByRole('status').find((s) => s.textContent?.includes(RESTART_NOTE));
  expect(status).toBeDefined();
});
