/** The framework-free store and computation under the React hook. */
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import type { ComputationState } from '../../src/worker/computation';
import { createComputation, IDLE, inputKey } from '../../src/worker/computation';
import { TaskError, WorkerCrashedError } from '../../src/worker/errors';
import { createStore } from '../../src/worker/store';
import { workerFactory } from './fakeWorker';
import { instrumentTasks } from './instrument';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const grid = (nx: number) => ({ xs, ys, m: [-1, 2] as [number, number], b: [-2, 3] as [number, number], nx, ny: 20 });

let client: ComputeClient | null = null;
afterEach(() => client?.dispose());

/** Resolves when the computation's state satisfies `done`. */
function until<S>(c: { getState(): S; subscribe(l: () => void): () => void }, done: (s: S) => boolean): Promise<S> {
  return new Promise((resolve) => {
    if (done(c.getState())) return resolve(c.getState());
    const off = c.subscribe(() => {
      if (done(c.getState())) {
        off();
        resolve(c.getState());
      }
    });
  });
}

describe('createStore', () => {
  it('gets, sets (value or updater), notifies on change only, unsubscribes', () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.getState().n));
    store.setState({ n: 1 });
    store.setState((s) => ({ n: s.n + 1 }));
    store.setState((s) => s); // same object: no notification
    off();
    store.setState({ n: 9 });
    expect(seen).toEqual([1, 2]);
    expect(store.getState()).toEqual({ n: 9 });
  });
});

describe('createComputation', () => {
  it('creates no client before the first submit, then goes running → done', async () => {
    let created = 0;
    const c = createComputation('linregGrid', () => {
      created++;
      client ??= createComputeClient({ createWorker: workerFactory().create });
      return client;
    });
    expect(c.getState()).toBe(IDLE);
    expect(created).toBe(0);
    c.submit(grid(10));
    expect(c.getState().status).toBe('running');
    const s = await until(c, (st) => st.status === 'done');
    expect(s.result?.nx).toBe(10);
    c.submit(grid(10)); // same input (same JSON): nothing new
    expect(c.getState()).toBe(s);
    expect(created).toBe(1);
  });

  it('coalesces: the run in flight finishes, the quick inputs after it collapse into the newest, the old result stays meanwhile', async () => {
    const { tasks, counts } = instrumentTasks();
    client = createComputeClient({ createWorker: workerFactory({ tasks }).create });
    const c = createComputation('linregGrid', () => client as ComputeClient);
    c.submit(grid(5));
    await until(c, (s) => s.status === 'done');
    const states: ComputationState<'linregGrid'>[] = [];
    c.subscribe(() => states.push(c.getState()));
    for (let nx = 6; nx < 36; nx++) c.submit(grid(nx));
    expect(c.getState()).toMatchObject({ status: 'running', result: { nx: 5 } });
    const s = await until(c, (st) => st.status === 'done');
    expect(s.result?.nx).toBe(35);
    expect(states.filter((st) => st.status === 'done')).toHaveLength(1);
    // the run for nx = 6 was in flight: its result was shown while the newest still ran
    expect(states.filter((st) => st.result?.nx === 6).every((st) => st.status === 'running')).toBe(true);
    expect(states.some((st) => st.result?.nx === 6)).toBe(true);
    expect(counts.finished).toBe(3); // the first, the one in flight, the newest: 7 to 34 never ran
  });

  it('reports progress, errors, crashes; null goes idle', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create, retries: 0 }); // a crash fails the run
    const search = createComputation('randomSearch', () => client as ComputeClient);
    const input = { xs, ys, samples: 100_000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };
    search.submit(input);
    const withProgress = await until(search, (s) => s.progress !== undefined);
    expect(withProgress.progress?.done).toBe(1000);
    search.submit(null);
    expect(search.getState()).toBe(IDLE);

    const bad = createComputation('linregGrid', () => client as ComputeClient);
    bad.submit({ ...grid(3), xs: [1, 1, 1, 1, 1, 1, 1] });
    const failed = await until(bad, (s) => s.status === 'error');
    expect(failed.error).toBeInstanceOf(TaskError);
    expect(failed.error?.message).toBe('linregGrid: linregMse: xs must not all be equal, got all 1');

    search.submit(input);
    await until(search, (s) => s.progress !== undefined);
    factory.made[0].crash('gone');
    const crashed = await until(search, (s) => s.status === 'error');
    expect(crashed.error).toBeInstanceOf(WorkerCrashedError);
    search.submit(input); // the same input again reruns after a failure, on a new worker
    await until(search, (s) => s.status === 'done');
    expect(factory.made).toHaveLength(2);
  });

  it('rides out a crash: the run goes to a new worker, and the state never shows an error', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const search = createComputation('randomSearch', () => client as ComputeClient);
    const statuses = new Set<string>();
    search.subscribe(() => statuses.add(search.getState().status));
    const input = { xs, ys, samples: 20_000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };
    search.submit(input);
    await until(search, (s) => s.progress !== undefined);
    factory.made[0].crash('gone');
    const done = await until(search, (s) => s.status === 'done');
    expect(done.result?.done).toBe(20_000);
    expect([...statuses]).toEqual(['running', 'done']);
    expect(factory.made).toHaveLength(2);
  });

  it('keys inputs by their JSON', () => {
    expect(inputKey({ a: [1, 2], b: 'x' })).toBe(inputKey({ a: [1, 2], b: 'x' }));
    expect(inputKey({ a: [1, 2] })).not.toBe(inputKey({ a: [1, 3] }));
  });
});
