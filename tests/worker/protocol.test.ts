/** The protocol end to end: client → fake worker (the real handler) → client. */
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { TaskError } from '../../src/worker/errors';
import { isWorkerResponse } from '../../src/worker/protocol';
import type { WorkerResponse } from '../../src/worker/protocol';
import { runTaskSync } from '../../src/worker/registry';
import type { RandomSearchOutput } from '../../src/worker/tasks/randomSearch';
import { collectTransferables } from '../../src/worker/transfer';
import { createMessageHandler } from '../../src/worker/worker';
import { workerFactory } from './fakeWorker';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const gridInput = { xs, ys, m: [-1, 2] as [number, number], b: [-2, 3] as [number, number], nx: 60, ny: 50 };
const searchInput = { xs, ys, samples: 20_000, seed: 3, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };

let client: ComputeClient | null = null;
afterEach(() => client?.dispose());

describe('the message handler', () => {
  it('answers run with progress then done, ping with pong, and says ready first', async () => {
    const messages: WorkerResponse[] = [];
    let transferred: Transferable[] = [];
    const handle = createMessageHandler({
      post: (m, transfer) => {
        messages.push(m);
        if (m.type === 'done') transferred = transfer;
      },
    });
    handle({ type: 'ping', id: 9 });
    handle({ type: 'run', id: 1, task: 'randomSearch', input: { ...searchInput, samples: 2500 } });
    handle({ nonsense: true }); // ignored
    await waitFor(() => messages.some((m) => m.type === 'done'));
    expect(messages.map((m) => m.type)).toEqual(['ready', 'pong', 'progress', 'progress', 'done']);
    expect(messages.every(isWorkerResponse)).toBe(true);
    const done = messages[4];
    if (done.type !== 'done') throw new Error('unreachable');
    const data = done.data as RandomSearchOutput;
    expect(transferred).toEqual([data.bestSoFar.buffer]);
  });

  it('answers an unknown task with an error naming it', async () => {
    const messages: WorkerResponse[] = [];
    const handle = createMessageHandler({ post: (m) => messages.push(m) });
    handle({ type: 'run', id: 4, task: 'toString', input: {} });
    await waitFor(() => messages.length === 2);
    expect(messages[1]).toEqual({
      type: 'error', id: 4, name: 'UnknownNameError',
      message: 'toString: unknown task (known: linregGrid, randomSearch, trainSurface, surfaceGrid, batchPaths, strategyRace, lossSlice, optimizerRace, optimizerComparison, earlyStopping, classifierRuns, hyperparameterSearch, babysit, xorTraining, activationStats, playgroundTrain, playgroundGradCheck)',
    });
  });
});

describe('collectTransferables', () => {
  it('finds each buffer once, in nested objects and arrays, and skips shared memory', () => {
    const a = new Float64Array(4);
    const shared = new Float64Array(new SharedArrayBuffer(16));
    const list = collectTransferables({ a, view: a.subarray(1), nested: [{ b: new Uint32Array(2) }], shared, n: 1, s: 'x' });
    expect(list).toHaveLength(2);
    expect(list[0]).toBe(a.buffer);
  });
});

describe('the client with a worker', () => {
  it('runs every task and returns what the task functions return', async () => {
    const factory = workerFactory();
    client = createComputeClient({ createWorker: factory.create });
    const [grid, search, path, surface] = await Promise.all([
      client.run('linregGrid', gridInput).promise,
      client.run('randomSearch', searchInput).promise,
      client.run('trainSurface', { surface: { name: 'himmelblau' }, start: [0, 0], optimizer: { name: 'nesterov', config: { lr: 0.005 } }, steps: 300 }).promise,
      client.run('surfaceGrid', { surface: { name: 'sixHumpCamel' }, x: [-2, 2], y: [-1, 1], nx: 20, ny: 10 }).promise,
    ]);
    expect(grid).toEqual(runTaskSync('linregGrid', gridInput));
    expect(grid.values).toBeInstanceOf(Float64Array);
    expect(search).toEqual(runTaskSync('randomSearch', searchInput));
    expect(path.stop).toBe('completed');
    expect(path.params.length).toBe(2 * 301);
    expect(surface.values.length).toBe(200);
    expect(factory.made).toHaveLength(1);
    expect(client.getStatus()).toMatchObject({ backend: 'worker', crashes: 0 });
  });

  it('delivers progress in order, before the output', async () => {
    client = createComputeClient({ createWorker: workerFactory().create });
    const seen: number[] = [];
    let resolved = false;
    const run = client.run('randomSearch', searchInput, {
      onProgress: (p) => {
        expect(resolved).toBe(false);
        seen.push(p.done);
        expect(p.bestSoFar.length).toBe(p.done);
      },
    });
    const out = await run.promise.then((o) => {
      resolved = true;
      return o;
    });
    expect(seen).toEqual(Array.from({ length: 19 }, (_, i) => 1000 * (i + 1)));
    expect(out.done).toBe(20_000);
  });

  it('rejects bad input with the task error message', async () => {
    client = createComputeClient({ createWorker: workerFactory().create });
    const zero = client.run('linregGrid', { ...gridInput, nx: 0 }).promise;
    await expect(zero).rejects.toBeInstanceOf(TaskError);
    await expect(zero).rejects.toThrow('linregGrid: nx must be in [2, 4096], got 0');
    await expect(zero).rejects.toMatchObject({ task: 'linregGrid', errorName: 'RangeError_' });
    await expect(client.run('randomSearch', { ...searchInput, xs: [1, 2, NaN, 4, 5, 6, 7] }).promise)
      .rejects.toThrow('randomSearch: xs[2] must be finite, got NaN');
    await expect(client.run('surfaceGrid', { surface: { name: 'rosenbrock', params: { a: Infinity } }, x: [0, 1], y: [0, 1], nx: 2, ny: 2 }).promise)
      .rejects.toThrow(/^surfaceGrid: rosenbrock: a must be finite/);
    // an input that cannot be cloned fails its own run, synchronously sent, asynchronously reported
    const fn = { ...gridInput, xs: Object.assign([1, 2], { f: () => 1 }) };
    await expect(client.run('linregGrid', fn).promise).rejects.toThrow();
    // and the client still works
    await expect(client.run('linregGrid', gridInput).promise).resolves.toMatchObject({ nx: 60 });
  });
});

/** Waits for a condition, polling on macrotasks (real time, no fake timers). */
async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 1));
  }
}
