/** A worker that dies: in-flight runs reject with WorkerCrashedError, the next run gets a new worker. */
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
  it('rejects the runs in flight, counts the crash, and restarts for the next run', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const statuses: string[] = [];
    client.subscribe(() => statuses.push(client?.getStatus().backend ?? ''));
    await client.run('linregGrid', grid).promise; // the worker is up
    const a = client.run('randomSearch', search, { onProgress: () => factory.made[0].crash('out of memory') });
    const b = client.channel('x').run('randomSearch', { ...search, seed: 2 });
    await expect(a.promise).rejects.toBeInstanceOf(WorkerCrashedError);
    await expect(a.promise).rejects.toThrow('randomSearch: the computation restarted (out of memory)');
    await expect(b.promise).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(factory.made[0].terminated).toBe(true);
    expect(client.getStatus()).toEqual({ backend: 'none', crashes: 1, lastCrash: 'out of memory', fallbackReason: null });

    const next = await client.run('linregGrid', grid).promise;
    expect(next.nx).toBe(8);
    expect(factory.made).toHaveLength(2);
    expect(client.getStatus()).toMatchObject({ backend: 'worker', crashes: 1 });
    expect(statuses).toEqual(['worker', 'none', 'worker']);
  });

  it('notices a worker that died silently, by an unanswered ping', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create, heartbeatMs: 40 });
    await client.run('linregGrid', grid).promise;
    const run = client.run('randomSearch', search, { onProgress: () => factory.made[0].die() });
    const started = Date.now();
    await expect(run.promise).rejects.toThrow(/the computation restarted \(no answer from the worker for \d+ ms\)/);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(client.run('linregGrid', grid).promise).resolves.toMatchObject({ ny: 8 });
    expect(factory.made).toHaveLength(2);
  });

  it('keeps a busy but healthy worker: pings are answered between slices', async () => {
    const factory = workerFactory({ sliceMs: 2 });
    client = createComputeClient({ createWorker: factory.create, heartbeatMs: 25 });
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
  it('sends that run to the next worker instead of failing it', async () => {
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
    await expect(lost.promise).rejects.toBeInstanceOf(WorkerCrashedError);
    await expect(later).resolves.toMatchObject({ nx: 8 });
    expect(factory.made).toHaveLength(2);
  });
});
