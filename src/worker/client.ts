/**
 * The page's side: run a task by name with a typed input, get a promise of its typed output,
 * progress callbacks and a cancel function. Framework-free; the React hook sits on top.
 *
 * Where runs execute. The worker is created on the first run (never at import, so server
 * rendering creates nothing). If creating it throws (no Worker, CSP), or it fails before it
 * ever answered (its script did not load), every run from then on goes to the main-thread
 * fallback: the same handler and tasks in process, sliced the same way (runs that were waiting
 * for the failed worker are re-sent there, so callers only see a result). If a worker that was
 * running crashes (error event, undeserializable message, or a ping unanswered for two heartbeat
 * periods), the runs in flight reject with WorkerCrashedError, the status counts the
 * crash, and the next run starts a fresh worker.
 *
 * Sending. The input is copied when the run is made; the request is posted on a microtask, so
 * a run cancelled in the same task that made it (a burst of superseding requests) is never
 * sent at all.
 *
 * Cancellation. `cancel()` rejects the run's promise with CancelledError at once and tells the
 * worker, which drops the task at its next checkpoint (within one slice, ~8 ms). Later
 * messages for that run are ignored. A cancelled promise never reports an unhandled rejection.
 *
 * Channels. A run made through `channel(key)` first cancels the channel's previous run if it
 * is still in flight, so a slider dragged at 60 Hz keeps at most one run per channel alive
 * (plus, for at most one slice, the one it superseded) and drops intermediate inputs.
 */
import { CancelledError, TaskError, WorkerCrashedError } from './errors';
import type { WorkerLike } from './localWorker';
import { createLocalWorker, MAIN_THREAD_SLICE_MS } from './localWorker';
import type { RunRequest, TaskInput, TaskName, TaskOutput, TaskProgress, WorkerRequest } from './protocol';
import { isWorkerResponse } from './protocol';

export interface ComputeClientOptions {
  /** Creates the worker. Default: Vite's module worker for ./worker.ts. Throwing selects the
   *  main-thread fallback. */
  createWorker?: () => WorkerLike;
  /** While runs are in flight, ping the worker this often; a ping still unanswered two ticks
   *  later means the worker is dead (default 3000 ms, so 6–9 s to notice; 0 disables). */
  heartbeatMs?: number;
  /** Slice length of the main-thread fallback (default 5 ms). */
  mainThreadSliceMs?: number;
}

export interface ClientStatus {
  /** Where runs execute: nowhere yet (or since a crash), a worker, or the main thread. */
  readonly backend: 'none' | 'worker' | 'main-thread';
  /** Worker crashes so far; each one was followed by a fresh worker for the next run. */
  readonly crashes: number;
  /** Why the worker last crashed, or null. A widget can show "the computation restarted". */
  readonly lastCrash: string | null;
  /** Why the main-thread fallback was chosen, or null. */
  readonly fallbackReason: string | null;
}

export interface RunOptions<K extends TaskName> {
  /** Progress snapshots, in order, until the run settles. */
  onProgress?: (progress: TaskProgress<K>) => void;
}

export interface RunHandle<K extends TaskName> {
  readonly id: number;
  /** The output; rejects with TaskError, CancelledError or WorkerCrashedError. */
  readonly promise: Promise<TaskOutput<K>>;
  /** Cancels the run if it is still in flight (no-op otherwise). */
  cancel(): void;
}

export interface Channel {
  /** Cancels this channel's run in flight, if any, then runs. */
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions<K>): RunHandle<K>;
  /** Cancels this channel's run in flight, if any. */
  cancel(): void;
}

export interface ComputeClient {
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions<K>): RunHandle<K>;
  /** The channel named `key` (the same key is the same channel); without a key, a new private one. */
  channel(key?: string): Channel;
  getStatus(): ClientStatus;
  /** Called after every status change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Cancels every run and terminates the worker; a later run starts a new one. */
  dispose(): void;
}

interface Pending {
  readonly task: TaskName;
  readonly request: RunRequest;
  readonly promise: Promise<unknown>;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: ((progress: unknown) => void) | undefined;
  readonly channel: string | symbol | undefined;
  /** Whether the request was posted (to the current backend). */
  sent: boolean;
}

interface Backend {
  readonly worker: WorkerLike;
  readonly kind: 'worker' | 'main-thread';
  /** Whether any message came from it yet. */
  heard: boolean;
}

export const DEFAULT_HEARTBEAT_MS = 3000;

function defaultCreateWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

const noop = (): void => {};

export function createComputeClient(options: ComputeClientOptions = {}): ComputeClient {
  const createWorker = options.createWorker ?? defaultCreateWorker;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const mainThreadSliceMs = options.mainThreadSliceMs ?? MAIN_THREAD_SLICE_MS;

  const pending = new Map<number, Pending>();
  const heads = new Map<string | symbol, number>(); // channel → its run in flight
  const listeners = new Set<() => void>();
  let status: ClientStatus = { backend: 'none', crashes: 0, lastCrash: null, fallbackReason: null };
  let backend: Backend | null = null;
  let nextId = 1;
  let outbox: number[] = []; // runs made since the last flush, in order
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  /** The ping awaiting its answer: when it was sent, heartbeat ticks since. */
  let ping: { sentAt: number; ticks: number } | null = null;

  const setStatus = (patch: Partial<ClientStatus>): void => {
    status = { ...status, ...patch };
    for (const listener of [...listeners]) listener();
  };

  const post = (b: Backend, message: WorkerRequest): void => b.worker.postMessage(message, []);

  /** Removes a run from the books; returns it if it was still in flight. */
  const take = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    if (p.channel !== undefined && heads.get(p.channel) === id) heads.delete(p.channel);
    updateHeartbeat();
    return p;
  };

  const ensureBackend = (): Backend => {
    if (backend) return backend;
    if (status.fallbackReason === null) {
      try {
        backend = wire({ worker: createWorker(), kind: 'worker', heard: false });
        setStatus({ backend: 'worker' });
        return backend;
      } catch (e) {
        setStatus({ fallbackReason: `workers are unavailable (${e instanceof Error ? e.message : String(e)})` });
      }
    }
    backend = wire({ worker: createLocalWorker({ sliceMs: mainThreadSliceMs }), kind: 'main-thread', heard: false });
    setStatus({ backend: 'main-thread' });
    return backend;
  };

  const wire = (b: Backend): Backend => {
    b.worker.onmessage = (event) => onMessage(b, event.data);
    b.worker.onerror = (event) => {
      event.preventDefault?.(); // handled here: keep it out of the page's console as uncaught
      crash(b, typeof event.message === 'string' && event.message !== '' ? event.message : 'the worker failed');
    };
    b.worker.onmessageerror = () => crash(b, 'a message from the worker could not be read');
    return b;
  };

  const onMessage = (b: Backend, data: unknown): void => {
    if (backend !== b) return; // from a worker already replaced
    b.heard = true;
    ping = null;
    if (!isWorkerResponse(data)) return;
    if (data.type === 'progress') {
      const p = pending.get(data.id);
      if (!p?.onProgress) return;
      try {
        p.onProgress(data.data);
      } catch (e) {
        // a throwing callback ends its run with that error
        take(data.id);
        post(b, { type: 'cancel', id: data.id });
        p.reject(e);
      }
    } else if (data.type === 'done') {
      take(data.id)?.resolve(data.data);
    } else if (data.type === 'error') {
      const p = take(data.id);
      p?.reject(new TaskError(p.task, data.message, data.name));
    }
  };

  const crash = (b: Backend, reason: string): void => {
    if (backend !== b) return;
    backend = null;
    try {
      b.worker.terminate();
    } catch {
      // already gone
    }
    if (b.kind === 'worker' && !b.heard) {
      // It never started: no worker will work here. Rerun everything on the main thread.
      setStatus({ backend: 'none', fallbackReason: `the worker did not start (${reason})` });
      const local = ensureBackend();
      for (const p of pending.values()) if (p.sent) post(local, p.request);
      updateHeartbeat();
      return;
    }
    // The runs it had are lost; runs not sent yet go to the next worker at the flush.
    const lost = [...pending.entries()].filter(([, p]) => p.sent);
    for (const [id] of lost) take(id);
    setStatus({ backend: 'none', crashes: status.crashes + 1, lastCrash: reason });
    for (const [, p] of lost) p.reject(new WorkerCrashedError(p.task, reason));
  };

  const updateHeartbeat = (): void => {
    const needed = heartbeatMs > 0 && backend?.kind === 'worker' && pending.size > 0;
    if (needed && heartbeat === null) {
      ping = null;
      heartbeat = setInterval(tick, heartbeatMs);
    } else if (!needed && heartbeat !== null) {
      clearInterval(heartbeat);
      heartbeat = null;
      ping = null;
    }
  };

  const tick = (): void => {
    const b = backend;
    if (!b || b.kind !== 'worker') return;
    if (ping === null) {
      ping = { sentAt: performance.now(), ticks: 0 };
      post(b, { type: 'ping', id: 0 });
    } else if (++ping.ticks >= 2) {
      // Two whole periods: one tick late is not enough, since after the page itself froze
      // (a long task, a laptop waking up) the tick can run before the queued answer.
      crash(b, `no answer from the worker for ${Math.round(performance.now() - ping.sentAt)} ms`);
    }
  };

  const cancel = (id: number): void => {
    const p = take(id);
    if (!p) return;
    p.promise.catch(noop); // a cancellation is not an unhandled rejection
    p.reject(new CancelledError(p.task));
    if (p.sent && backend) post(backend, { type: 'cancel', id });
  };

  /** Posts the runs made since the last flush that are still wanted. */
  const flush = (): void => {
    const ids = outbox;
    outbox = [];
    for (const id of ids) {
      const p = pending.get(id);
      if (!p) continue; // cancelled before it was sent
      try {
        post(ensureBackend(), p.request);
        p.sent = true;
      } catch (e) {
        take(id); // e.g. DataCloneError: the input cannot be sent
        p.reject(e);
      }
    }
    updateHeartbeat();
  };

  const run = <K extends TaskName>(
    task: K,
    input: TaskInput<K>,
    runOptions: RunOptions<K> = {},
    channel?: string | symbol,
  ): RunHandle<K> => {
    const id = nextId++;
    let resolve: (output: TaskOutput<K>) => void = noop;
    let reject: (error: unknown) => void = noop;
    const promise = new Promise<TaskOutput<K>>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const onProgress = runOptions.onProgress;
    let request: RunRequest<K>;
    try {
      // copied now, as postMessage would: the caller may change its input before the flush
      request = { type: 'run', id, task, input: typeof structuredClone === 'function' ? structuredClone(input) : input };
    } catch (e) {
      reject(e); // DataCloneError: the input cannot be sent
      return { id, promise, cancel: noop };
    }
    pending.set(id, {
      task,
      request,
      promise,
      // the worker's data is the task's output: the protocol's contract, not checked here
      resolve: (output) => resolve(output as TaskOutput<K>),
      reject: (error) => reject(error),
      onProgress: onProgress && ((progress) => onProgress(progress as TaskProgress<K>)),
      channel,
      sent: false,
    });
    if (channel !== undefined) heads.set(channel, id);
    if (outbox.push(id) === 1) queueMicrotask(flush);
    return { id, promise, cancel: () => cancel(id) };
  };

  const channel = (key?: string): Channel => {
    const name: string | symbol = key ?? Symbol('channel');
    const cancelHead = (): void => {
      const id = heads.get(name);
      if (id !== undefined) cancel(id);
    };
    return {
      run: (task, input, runOptions) => {
        cancelHead();
        return run(task, input, runOptions, name);
      },
      cancel: cancelHead,
    };
  };

  return {
    run: (task, input, runOptions) => run(task, input, runOptions),
    channel,
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      for (const id of [...pending.keys()]) cancel(id);
      const b = backend;
      backend = null;
      b?.worker.terminate();
      updateHeartbeat();
      if (b) setStatus({ backend: 'none' });
    },
  };
}
