/**
 * Worker faults on a fake clock: a hung worker is noticed within about 2 s whatever the
 * runs do, and every run it had goes to a fresh worker (a bounded number of times), so the
 * callers get their results without making a new run.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { WorkerCrashedError } from '../../src/worker/errors';
import { workerFactory } from './fakeWorker';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const search = { xs, ys, samples: 5000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };
const grid = { xs, ys, m: [0, 1] as [number, number], b: [0, 1] as [number, number], nx: 8, ny: 8 };

let client: ComputeClient | null = null;
// The main-thread fallback is fetched lazily; load it once up front so that a test which
// falls back waits on the fake clock only, not on transforming the fallback's modules.
beforeAll(async () => {
  await import('../../src/worker/localWorker');
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  client?.dispose();
  client = null;
  vi.useRealTimers();
});

/** Advances the fake clock 10 ms at a time until `promise` settles (or `maxMs` passed). */
async function settle<T>(promise: Promise<T>, maxMs = 20_000): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let t = 0; !settled && t < maxMs; t += 10) await vi.advanceTimersByTimeAsync(10);
  return promise;
}

describe('a hung worker', () => {
  it('is noticed within about 2 s while new runs keep superseding each other every 100 ms', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    await settle(client.run('linregGrid', grid).promise); // the worker is up…
    factory.made[0].die(); // …and stops answering, without an error event
    const slider = client.channel('slider');
    let last = slider.run('randomSearch', search);
    let elapsed = 0;
    while (client.getStatus().crashes === 0 && elapsed < 6000) {
      await vi.advanceTimersByTimeAsync(100);
      elapsed += 100;
      last = slider.run('randomSearch', { ...search, seed: elapsed }); // a reader still dragging
    }
    expect(client.getStatus().crashes).toBe(1);
    expect(elapsed).toBeLessThanOrEqual(2600);
    expect(client.getStatus().lastCrash).toMatch(/^no answer from the worker for \d+ ms$/);
    // the reader stops: the latest input is computed by a fresh worker, nothing to resubmit
    await expect(settle(last.promise)).resolves.toMatchObject({ done: 5000 });
    expect(factory.made).toHaveLength(2);
  });

  it('is noticed within about 2 s of a run that starts when it had died while idle', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    await settle(client.run('linregGrid', grid).promise);
    factory.made[0].die();
    await vi.advanceTimersByTimeAsync(60_000); // idle: no runs, so no pings and no verdict
    expect(client.getStatus().crashes).toBe(0);
    const started = performance.now();
    const run = client.run('linregGrid', grid).promise;
    await expect(settle(run)).resolves.toMatchObject({ nx: 8 });
    expect(performance.now() - started).toBeLessThanOrEqual(2600);
    expect(client.getStatus().crashes).toBe(1);
  });

  it('that never answered at all is given startMs (10 s) before the main-thread fallback', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({
      createWorker: () => {
        const w = factory.create();
        w.die(); // its script is still loading, or never will
        return w;
      },
    });
    const run = client.run('linregGrid', grid).promise;
    await vi.advanceTimersByTimeAsync(5000);
    expect(client.getStatus()).toMatchObject({ backend: 'worker', crashes: 0, fallbackReason: null });
    await expect(settle(run)).resolves.toMatchObject({ nx: 8 });
    expect(performance.now()).toBeGreaterThanOrEqual(10_000);
    expect(client.getStatus()).toMatchObject({ backend: 'main-thread', crashes: 0 });
    expect(client.getStatus().fallbackReason).toMatch(/^the worker did not start \(no answer from the worker for \d+ ms\)$/);
  });
});

describe('after a crash', () => {
  it('a run lost mid-way goes to a new worker: its progress starts over, the old worker is ignored', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    await settle(client.run('linregGrid', grid).promise);
    const progress: number[] = [];
    const run = client.run('randomSearch', search, {
      onProgress: (p) => {
        progress.push(p.done);
        if (p.done === 2000 && !factory.made[0].terminated) factory.made[0].crash('out of memory');
      },
    });
    const result = await settle(run.promise);
    expect(result.done).toBe(5000);
    expect(factory.made).toHaveLength(2);
    expect(client.getStatus()).toMatchObject({ backend: 'worker', crashes: 1, lastCrash: 'out of memory' });
    // what the old worker sent before its error event, then the new worker's from the start
    const restart = progress.lastIndexOf(1000);
    expect(restart).toBeGreaterThan(0);
    expect(progress.slice(restart)).toEqual([1000, 2000, 3000, 4000]); // the last thousand comes as the result

    // a message the old worker still manages to deliver changes nothing
    const again = client.run('linregGrid', grid);
    factory.made[0].onmessage?.(new MessageEvent('message', { data: { type: 'done', id: again.id, data: 'stale' } }));
    await expect(settle(again.promise)).resolves.toMatchObject({ nx: 8 });
  });

  it('a run that crashes every worker rejects after two retries, and the next run still works', async () => {
    const factory = workerFactory({
      sliceMs: 0,
      onRequest: (request, worker) => {
        if (request.type === 'run' && request.task === 'randomSearch') worker.crash('out of memory');
      },
    });
    client = createComputeClient({ createWorker: factory.create });
    const poison = client.run('randomSearch', search).promise;
    const error = await settle(poison).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect(error).toMatchObject({ attempts: 3, message: expect.stringContaining('stopped 3 times on this input') });
    expect(factory.made).toHaveLength(3);
    expect(client.getStatus()).toMatchObject({ crashes: 3, fallbackReason: null });
    await expect(settle(client.run('linregGrid', grid).promise)).resolves.toMatchObject({ nx: 8 });
    expect(factory.made).toHaveLength(4);
  });

  it('during the first computations (the worker said ready, then crashed): every run recovers on a worker', async () => {
    let first = true;
    const factory = workerFactory({
      sliceMs: 0,
      onRequest: (request, worker) => {
        if (request.type !== 'run' || !first) return;
        first = false;
        worker.crash('out of memory');
      },
    });
    client = createComputeClient({ createWorker: factory.create });
    const runs = [
      client.run('linregGrid', grid).promise,
      client.channel('a').run('randomSearch', search).promise,
      client.channel('b').run('strategyRace', { loss: 'svm', budget: 200, gradientCost: 'passes', seed: 1, sigma: 2, delta: 0.3, learningRate: 10 }).promise,
    ];
    const [g, s, race] = await settle(Promise.all(runs));
    expect(g).toMatchObject({ nx: 8 });
    expect(s).toMatchObject({ done: 5000 });
    expect(race).toMatchObject({ budget: 200 });
    expect(factory.made).toHaveLength(2);
    expect(client.getStatus()).toMatchObject({ backend: 'worker', crashes: 1, fallbackReason: null });
  });
});
