/**
 * The main-thread fallback, loaded only when it is needed. Almost every reader's browser runs
 * the worker, so the fallback's code (the message handler and every task, the same code the
 * worker's own script carries) stays out of the page's bundle: `createMainThreadWorker` returns
 * at once and imports localWorker.ts in the background; messages posted meanwhile wait, in
 * order. If the import fails (a chunk that cannot load), the stand-in reports an error, as a
 * worker that cannot start would.
 */
import type { WorkerLike } from './localWorker';
import type { WorkerRequest } from './protocol';

/** Milliseconds of work between turns of the event loop on the main thread: a frame's share. */
export const MAIN_THREAD_SLICE_MS = 5;

export function createMainThreadWorker(sliceMs = MAIN_THREAD_SLICE_MS): WorkerLike {
  let real: WorkerLike | null = null;
  let terminated = false;
  const queue: WorkerRequest[] = [];
  const stand: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message, transfer) {
      if (terminated) return;
      if (real) real.postMessage(message, transfer);
      else queue.push(typeof structuredClone === 'function' ? structuredClone(message) : message); // copied now, as postMessage would
    },
    terminate() {
      terminated = true;
      queue.length = 0;
      real?.terminate();
    },
  };
  import('./localWorker').then(
    ({ createLocalWorker }) => {
      if (terminated) return;
      real = createLocalWorker({ sliceMs });
      real.onmessage = (event) => stand.onmessage?.(event);
      real.onerror = (event) => stand.onerror?.(event);
      real.onmessageerror = (event) => stand.onmessageerror?.(event);
      for (const message of queue.splice(0)) real.postMessage(message, []);
    },
    (error: unknown) => {
      if (terminated) return;
      const message = `the main-thread fallback did not load (${error instanceof Error ? error.message : String(error)})`;
      stand.onerror?.(new ErrorEvent('error', { message }));
    },
  );
  return stand;
}
