/** A worker that dies: its runs go to a new worker, up to a bound; then WorkerCrashedError. */
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { WorkerCrashedError } from '../../src/worker/errors';
import type { FakeWorker } from './fakeWorker';
import { createFakeWorker, workerFactory } from './fakeWorker';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const search = { xs, ys, samples: 100_000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };
const grid = { xs, ys, m: [0, 1] as [number, number], b: [0, 1] as [number, number], nx: 8, ny: 8 };

let client: ComputeClient | null = null;
afterEach(() => client?.dispose());

describe('a worker crash', () => {
  it('sends the runs in flight to a fresh worker, counts the crash, and the callers get results', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const statuses: string[] = [];
    client.subscribe(() => statuses.push(client?.getStatus().backend ?? ''));
    await client.run('linregGrid', grid).promise; // the worker is up
    const crashOnce = () => {
      if (!factory.made[0].terminated) factory.made[0].crash('out of memory');
    };
    const a = client.run('randomSearch', { ...search, samples: 5000 }, { onProgress: crashOnce });
    const b = client.channel('x').run('randomSearch', { ...search, samples: 5000, seed: 2 });
    await expect(a.promise).resolves.toMatchObject({ done: 5000 });
    await expect(b.promise).resolves.toMatchObject({ done: 5000 });
    expect(factory.made[0].terminated).toBe(true);
    expect(factory.made).toHaveLength(2);
    expect(client.getStatus()).toEqual({ backend: 'worker', crashes: 1, lastCrash: 'out of memory', fallbackReason: null });
    expect(statuses).toEqual(['worker', 'none', 'worker']);
  });

  it('gives a run up with WorkerCrashedError once it has been lost with three workers', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    await client.run('linregGrid', grid).promise;
    const a = client.run('randomSearch', search, { onProgress: () => factory.made.at(-1)?.crash('out of memory') });
    await expect(a.promise).rejects.toBeInstanceOf(WorkerCrashedError);
    await expect(a.promise).rejects.toThrow('randomSearch: the background computation stopped 3 times on this input, so it was given up (out of memory)');
    expect(factory.made).toHaveLength(3);
    expect(client.getStatus()).toMatchObject({ backend: 'none', crashes: 3, lastCrash: 'out of memory' });
  });

  it('notices a worker that died silently, by an unanswered ping, and reruns on a new one', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create, heartbeatMs: 20, hangMs: 60 });
    await client.run('linregGrid', grid).promise;
    const dieOnce = () => factory.made[0].die();
    const run = client.run('randomSearch', { ...search, samples: 5000 }, { onProgress: dieOnce });
    const started = Date.now();
    await expect(run.promise).resolves.toMatchObject({ done: 5000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(client.getStatus().lastCrash).toMatch(/^no answer from the worker for \d+ ms$/);
    expect(factory.made).toHaveLength(2);
  });

  it('keeps a busy but healthy worker: pings are answered between slices', async () => {
    const factory = workerFactory({ sliceMs: 2 });
    client = createComputeClient({ createWorker: factory.create, heartbeatMs: 25, hangMs: 100 });
    const out = await client.run('surfaceGrid', { surface: { name: 'rosenbrock' }, x: [-2, 2], y: [-1, 3], nx: 1500, ny: 1500 }).promise;
    expect(out.values.length).toBe(2_250_000);
    expect(client.getStatus().crashes).toBe(0);
    expect(factory.made[0].received.some((m) => m.type === 'ping')).toBe(true);
  });

  it('falls back to the main thread when the worker fails before it ever answered', async () => {
    const made: FakeWorker[] = [];
    client = createComputeClient({
      createWorker: () => {
        const w = createFakeWorker();
        w.die(); // its script never loads…
        w.crash('script blocked'); // …and an error event says so
        made.push(w);
        return w;
      },
    });
    const out = await client.run('linregGrid', grid).promise; // re-sent to the main thread
    expect(out.nx).toBe(8);
    expect(client.getStatus()).toMatchObject({ backend: 'main-thread', crashes: 0, fallbackReason: 'the worker did not start (script blocked)' });
    await client.run('linregGrid', grid).promise;
    expect(made).toHaveLength(1); // no more attempts
  });
});

describe('a crash between making a run and sending it', () => {
  it('sends that run, and the lost one, to the next worker', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const c = client;
    let later: Promise<unknown> | null = null;
    const lost = c.run('randomSearch', search, {
      onProgress: () => {
        if (later) return;
        later = c.run('linregGrid', grid).promise; // made now, sent on the next microtask…
        factory.made[0].onerror?.(Object.assign(new Event('error'), { message: 'gone' }) as ErrorEvent); // …after this crash
      },
    });
    await expect(lost.promise).resolves.toMatchObject({ done: 100_000 });
    await expect(later).resolves.toMatchObject({ nx: 8 });
    expect(factory.made).toHaveLength(2);
  });
});
