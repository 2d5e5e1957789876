/**
 * What the client talks to: a Worker, or something with the same five members. The local
 * worker runs the message handler on the calling thread, for the main-thread fallback: the
 * same tasks and the same sliced runner (yielding to the event loop between slices), with
 * messages delivered asynchronously as a worker's would be. Requests are copied with
 * structuredClone like postMessage does (so a caller changing its input later changes
 * nothing); responses are handed over as they are (nothing to transfer in one thread).
 */
import { createMessageHandler } from './handler';
import type { WorkerRequest } from './protocol';
import type { TaskRegistry } from './registry';
import { MAIN_THREAD_SLICE_MS } from './mainThread';

export { MAIN_THREAD_SLICE_MS };

/** The members of a Worker the client uses; a real Worker satisfies it. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface LocalWorkerOptions {
  /** Milliseconds of work between turns of the event loop (default 5, a frame's share). */
  sliceMs?: number;
  tasks?: TaskRegistry;
}

export function createLocalWorker(options: LocalWorkerOptions = {}): WorkerLike {
  let terminated = false;
  const running = new Set<number>(); // so terminate() can stop them, as a real terminate would
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      if (terminated) return;
      const copy = typeof structuredClone === 'function' ? structuredClone(message) : message;
      if (copy.type === 'run') running.add(copy.id);
      queueMicrotask(() => {
        if (!terminated) handle(copy);
      });
    },
    terminate() {
      for (const id of running) handle({ type: 'cancel', id });
      running.clear();
      terminated = true;
    },
  };
  const handle = createMessageHandler({
    post: (data) => {
      if (data.type === 'done' || data.type === 'error') running.delete(data.id);
      queueMicrotask(() => {
        if (!terminated) worker.onmessage?.(new MessageEvent('message', { data }));
      });
    },
    tasks: options.tasks,
    sliceMs: options.sliceMs ?? MAIN_THREAD_SLICE_MS,
  });
  return worker;
}
