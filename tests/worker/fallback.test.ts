/** No workers (old browser, CSP): the same tasks run on the main thread, in slices, same API. */
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { CancelledError, TaskError } from '../../src/worker/errors';
import { workerFactory } from './fakeWorker';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const inputs = {
  grid: { xs, ys, m: [-1, 2] as [number, number], b: [-2, 3] as [number, number], nx: 70, ny: 40 },
  search: { xs, ys, samples: 30_000, seed: 11, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] },
  path: { surface: { name: 'rosenbrock' }, start: [-1.5, 2], optimizer: { name: 'lbfgs' }, steps: 50 } as const,
};

const clients: ComputeClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

function noWorkers(): ComputeClient {
  const c = createComputeClient({
    createWorker: () => {
      throw new Error('Worker is not defined');
    },
  });
  clients.push(c);
  return c;
}

async function everything(c: ComputeClient) {
  const progress: number[] = [];
  return {
    grid: await c.run('linregGrid', inputs.grid).promise,
    search: await c.run('randomSearch', inputs.search, { onProgress: (p) => progress.push(p.done) }).promise,
    path: await c.run('trainSurface', { ...inputs.path, start: [-1.5, 2] }).promise,
    progress,
  };
}

describe('main-thread fallback', () => {
  it('gives the same results as the worker', async () => {
    const local = noWorkers();
    const worker = createComputeClient({ createWorker: workerFactory().create });
    clients.push(worker);
    const [a, b] = [await everything(local), await everything(worker)];
    expect(a).toEqual(b);
    expect(a.progress).toHaveLength(29);
    expect(local.getStatus()).toMatchObject({ backend: 'main-thread', fallbackReason: 'workers are unavailable (Worker is not defined)' });
    expect(worker.getStatus().backend).toBe('worker');
  });

  it('is also what Node gets by default (no Worker global)', async () => {
    const c = createComputeClient();
    clients.push(c);
    await expect(c.run('linregGrid', inputs.grid).promise).resolves.toMatchObject({ nx: 70 });
    expect(c.getStatus().backend).toBe('main-thread');
  });

  it('cancels, supersedes and reports errors the same way', async () => {
    const c = noWorkers();
    let turns = 0; // the event loop keeps turning while a long run is in flight
    const ticker = setInterval(() => turns++, 1);
    const ch = c.channel('k');
    const first = ch.run('randomSearch', { ...inputs.search, samples: 100_000 });
    const second = ch.run('randomSearch', { ...inputs.search, samples: 100_000, seed: 2 });
    await expect(first.promise).rejects.toBeInstanceOf(CancelledError);
    await expect(second.promise).resolves.toMatchObject({ done: 100_000 });
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
    await expect(c.run('linregGrid', { ...inputs.grid, ny: 1 }).promise).rejects.toBeInstanceOf(TaskError);
  });

  it('copies the input like postMessage: changing it afterwards changes nothing', async () => {
    const c = noWorkers();
    const input = { ...inputs.grid, xs: [...xs] };
    const run = c.run('linregGrid', input);
    input.xs[0] = NaN;
    await expect(run.promise).resolves.toMatchObject({ nx: 70 });
  });
});
