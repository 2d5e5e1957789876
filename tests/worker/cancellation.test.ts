/**
 * Cancellation: the promise of a cancelled run rejects with CancelledError (the design chosen:
 * one way for every task; what was done so far came through onProgress), and the worker really
 * stops computing at its next checkpoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import { CancelledError } from '../../src/worker/errors';
import type { RandomSearchOutput } from '../../src/worker/tasks/randomSearch';
import { workerFactory } from './fakeWorker';
import { instrumentTasks } from './instrument';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const search = { xs, ys, samples: 100_000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };

let client: ComputeClient | null = null;
afterEach(() => client?.dispose());

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cancel()', () => {
  it('stops a long randomSearch after its first progress report', async () => {
    const { tasks, counts } = instrumentTasks();
    // sliceMs 0: a turn of the event loop at every checkpoint (256 samples), so this
    // 100,000-sample run (a few ms of work) is long enough to be cancelled in the middle
    const factory = workerFactory({ tasks, sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const reports: number[] = [];
    const run = client.run('randomSearch', search, {
      onProgress: (p) => {
        reports.push(p.done);
        run.cancel();
      },
    });
    await expect(run.promise).rejects.toBeInstanceOf(CancelledError);
    await expect(run.promise).rejects.toThrow('randomSearch: cancelled');
    await settle(30);
    expect(reports).toEqual([1000]); // nothing after the cancel
    expect(counts.started).toBe(1);
    expect(counts.finished).toBe(0);
    expect(counts.alive).toBe(0); // closed at a checkpoint
    // it did a little more than 1000 of the 100,000 samples: the cancel arrived a few
    // checkpoints later (256 samples each)
    expect(counts.checkpoints * 256).toBeLessThan(10_000);
    const worker = factory.made[0];
    expect(worker.received.map((m) => m.type)).toEqual(['run', 'cancel']);
  });

  it('cancelled in the task that made it, a run is never sent; a settled run ignores cancel', async () => {
    const { tasks, counts } = instrumentTasks();
    const factory = workerFactory({ tasks });
    client = createComputeClient({ createWorker: factory.create });
    const run = client.run('randomSearch', search);
    run.cancel();
    await expect(run.promise).rejects.toBeInstanceOf(CancelledError);
    const done = client.run('linregGrid', { xs, ys, m: [0, 1], b: [0, 1], nx: 4, ny: 4 });
    const out = await done.promise;
    done.cancel(); // no-op
    expect(out.nx).toBe(4);
    expect(counts.started).toBe(1); // only the grid: the search was never even sent
    expect(counts.checkpoints).toBe(1); // the grid's one band
    expect(factory.made[0].received.map((m) => m.type)).toEqual(['run']);
  });
});

describe('channels', () => {
  it('10 rapid requests: only the last completes, and at most two ran', async () => {
    const { tasks, counts } = instrumentTasks();
    const factory = workerFactory({ tasks });
    client = createComputeClient({ createWorker: factory.create });
    const slider = client.channel('slider');
    const runs = Array.from({ length: 10 }, (_, k) => slider.run('randomSearch', { ...search, samples: 20_000, seed: k }));
    const results = await Promise.allSettled(runs.map((r) => r.promise));
    for (const r of results.slice(0, 9)) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(CancelledError);
    }
    expect(results[9].status).toBe('fulfilled');
    expect(((results[9] as PromiseFulfilledResult<RandomSearchOutput>).value).done).toBe(20_000);
    await settle(20);
    expect(counts.finished).toBeLessThanOrEqual(2);
    expect(counts.maxAlive).toBeLessThanOrEqual(2);
    expect(counts.alive).toBe(0);
  });

  it('requests spread over time: each supersedes the one before, at most one running plus one', async () => {
    const { tasks, counts } = instrumentTasks();
    client = createComputeClient({ createWorker: workerFactory({ tasks, sliceMs: 1 }).create });
    const drag = client.channel('drag');
    const other = client.channel('other'); // a different channel is not affected
    const kept = other.run('linregGrid', { xs, ys, m: [0, 1], b: [0, 1], nx: 300, ny: 300 });
    const runs = [];
    for (let k = 0; k < 8; k++) {
      runs.push(drag.run('randomSearch', { ...search, seed: k }));
      await settle(2);
    }
    const results = await Promise.allSettled(runs.map((r) => r.promise));
    expect(results.map((r) => r.status)).toEqual([...Array(7).fill('rejected'), 'fulfilled']);
    await expect(kept.promise).resolves.toMatchObject({ nx: 300 });
    expect(counts.maxAlive).toBeLessThanOrEqual(3); // drag: running + superseded; other: 1
  });

  it('channel.cancel() cancels only its own run; unnamed channels are separate', async () => {
    client = createComputeClient({ createWorker: workerFactory().create });
    const a = client.channel();
    const b = client.channel();
    const ra = a.run('randomSearch', search);
    const rb = b.run('randomSearch', { ...search, samples: 1000 });
    a.cancel();
    await expect(ra.promise).rejects.toBeInstanceOf(CancelledError);
    await expect(rb.promise).resolves.toMatchObject({ done: 1000 });
  });
});
