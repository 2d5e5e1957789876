/**
 * A Worker stand-in for Node: the real message handler from src/worker/worker.ts wired in
 * process. Messages cross with structuredClone, transferables included (so a bad transfer list
 * fails here as it would in a browser), and arrive on a later macrotask, as a worker's do.
 * Controls simulate a crash (an error event) and a silent death (no more messages).
 */
import type { WorkerLike } from '../../src/worker/localWorker';
import type { WorkerRequest } from '../../src/worker/protocol';
import type { TaskRegistry } from '../../src/worker/registry';
import { createMessageHandler } from '../../src/worker/worker';

export interface FakeWorkerOptions {
  tasks?: TaskRegistry;
  sliceMs?: number;
  /** Sees every request as it arrives at the "worker" (which may crash or die in it). */
  onRequest?: (request: WorkerRequest, worker: FakeWorker) => void;
}

export interface FakeWorker extends WorkerLike {
  /** Fires the error event, as an uncaught exception in a worker does, and stops it. */
  crash(message?: string): void;
  /** Stops the worker without any event: no more messages either way. */
  die(): void;
  readonly terminated: boolean;
  /** Requests received, in order. */
  readonly received: WorkerRequest[];
}

const later = (f: () => void): void => {
  setTimeout(f, 0);
};

export function createFakeWorker(options: FakeWorkerOptions = {}): FakeWorker {
  let dead = false;
  let terminated = false;
  const received: WorkerRequest[] = [];
  const worker: FakeWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message, transfer) {
      if (dead) return;
      const copy = structuredClone(message, { transfer });
      later(() => {
        if (dead) return;
        received.push(copy);
        options.onRequest?.(copy, worker);
        if (!dead) handle(copy);
      });
    },
    terminate() {
      terminated = true;
      dead = true;
    },
    crash(message = 'boom') {
      later(() => {
        if (terminated) return;
        dead = true;
        const event = Object.assign(new Event('error', { cancelable: true }), { message }) as ErrorEvent;
        worker.onerror?.(event);
      });
    },
    die() {
      dead = true;
    },
    get terminated() {
      return terminated;
    },
    received,
  };
  const handle = createMessageHandler({
    post: (message, transfer) => {
      if (dead) return;
      const copy = structuredClone(message, { transfer });
      later(() => {
        if (!dead) worker.onmessage?.(new MessageEvent('message', { data: copy }));
      });
    },
    tasks: options.tasks,
    sliceMs: options.sliceMs,
  });
  return worker;
}

/** A factory that counts the workers it made and keeps them. */
export function workerFactory(options: FakeWorkerOptions = {}): { create: () => FakeWorker; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const w = createFakeWorker(options);
      made.push(w);
      return w;
    },
  };
}
