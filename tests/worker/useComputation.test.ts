// @vitest-environment happy-dom
/** The React hook: state through useSyncExternalStore, superseding on input change, SSR-safe. */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { LINREG7 } from '../../src/core';
import type { ComputeClient } from '../../src/worker/client';
import { createComputeClient } from '../../src/worker/client';
import type { LinregGridInput } from '../../src/worker/tasks/linregGrid';
import { useComputation, useComputeStatus } from '../../src/worker/useComputation';
import { workerFactory } from './fakeWorker';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);
const grid = (nx: number): LinregGridInput => ({ xs, ys, m: [-1, 2], b: [-2, 3], nx, ny: 12 });

let client: ComputeClient | null = null;
afterEach(() => {
  cleanup();
  client?.dispose();
});

describe('useComputation', () => {
  it('runs on mount and again when the input changes; same JSON, no new run', async () => {
    const factory = workerFactory();
    client = createComputeClient({ createWorker: factory.create });
    const c = client;
    const { result, rerender } = renderHook(({ input }) => useComputation('linregGrid', input, { client: c }), {
      initialProps: { input: grid(10) as LinregGridInput | null },
    });
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.nx).toBe(10);

    rerender({ input: grid(10) }); // a new object, the same input
    for (let nx = 11; nx <= 20; nx++) rerender({ input: grid(nx) });
    expect(result.current.status).toBe('running');
    expect(result.current.result?.nx).toBe(10); // the old result stays up meanwhile
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.nx).toBe(20);
    // the ten inputs came in one burst: the first of them went to the worker, the other nine
    // waited for it, each replacing the one before, so the worker saw 11 and then only 20
    const runs = factory.made[0].received.filter((m) => m.type === 'run');
    expect(runs.map((m) => (m.type === 'run' ? (m.input as LinregGridInput).nx : 0))).toEqual([10, 11, 20]);

    rerender({ input: null });
    expect(result.current.status).toBe('idle');
  });

  it('cancels its run on unmount', async () => {
    // Waits for events, not for a time: on a loaded machine the first progress or the cancel
    // can take longer than waitFor's default second.
    let cancelled: (id: number) => void = () => {};
    const cancel = new Promise<number>((resolve) => (cancelled = resolve));
    const factory = workerFactory({ sliceMs: 0, onRequest: (r) => r.type === 'cancel' && cancelled(r.id) });
    client = createComputeClient({ createWorker: factory.create });
    const c = client;
    const input = { xs, ys, samples: 100_000, seed: 1, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };
    let progressed: () => void = () => {};
    const progress = new Promise<void>((resolve) => (progressed = resolve));
    const { result, unmount } = renderHook(() => {
      const state = useComputation('randomSearch', input, { client: c });
      if (state.progress) progressed();
      return state;
    });
    await progress;
    expect(result.current.status).toBe('running');
    const run = factory.made[0].received.find((m) => m.type === 'run');
    act(() => unmount());
    expect(await cancel).toBe(run?.id);
  });
});

describe('useComputation on the server', () => {
  it('renders idle and creates no worker', () => {
    let created = 0;
    const c = createComputeClient({
      createWorker: () => {
        created++;
        return workerFactory().create();
      },
    });
    function Widget() {
      const state = useComputation('linregGrid', grid(10), { client: c });
      return createElement('p', null, state.status);
    }
    expect(renderToString(createElement(Widget))).toBe('<p>idle</p>');
    expect(created).toBe(0);
    expect(c.getStatus().backend).toBe('none');
  });
});

describe('useComputeStatus', () => {
  it('follows the client status: worker, then a crash and a new worker', async () => {
    const factory = workerFactory({ sliceMs: 0 });
    client = createComputeClient({ createWorker: factory.create });
    const c = client;
    const { result } = renderHook(() => useComputeStatus({ client: c }));
    expect(result.current.backend).toBe('none');
    await c.run('linregGrid', grid(4)).promise;
    await waitFor(() => expect(result.current.backend).toBe('worker'));
    const run = c.run('randomSearch', { xs, ys, samples: 5000, seed: 1, mRange: [-1, 2], bRange: [-2, 3] }, {
      onProgress: () => {
        if (!factory.made[0].terminated) factory.made[0].crash('gone');
      },
    });
    // The crash event comes a turn later: on a busy machine the run may finish on the old worker
    // first (then nothing is sent again), or be sent again to a new one. Either way the crash is
    // counted, and the next run brings a worker back.
    await expect(run.promise).resolves.toMatchObject({ done: 5000 });
    await waitFor(() => expect(result.current).toMatchObject({ crashes: 1, lastCrash: 'gone' }));
    await c.run('linregGrid', grid(4)).promise;
    await waitFor(() => expect(result.current).toMatchObject({ backend: 'worker', crashes: 1, lastCrash: 'gone' }));
  });
});
