/**
 * The page's side: run a task by name with a typed input, get a promise of its typed output,
 * progress callbacks and a cancel function. Framework-free; the React hook sits on top.
 *
 * Where runs execute. The worker is created on the first run (never at import, so server
 * rendering creates nothing). If creating it throws (no Worker, CSP), or it fails before it
 * ever answered (its script did not load), every run from then on goes to the main-thread
 * fallback: the same handler and tasks in process, sliced the same way (runs that were waiting
 * for the failed worker are re-sent there, so callers only see a result). If a worker that was
 * running crashes (error event, undeserializable message) or hangs (silent for `hangMs`, see
 * watchdog.ts), it is terminated, the status counts the crash, and the runs it had are sent
 * again, to a fresh worker, under the same ids (whatever the old worker still sends is
 * ignored): their callers see a result, a little later. A run lost with more than `retries`
 * workers rejects with WorkerCrashedError instead, so an input that kills the worker does not
 * crash-loop.
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
import { createMainThreadWorker, MAIN_THREAD_SLICE_MS } from './mainThread';
import type { RunRequest, TaskInput, TaskName, TaskOutput, TaskProgress, WorkerRequest } from './protocol';
import { isWorkerResponse } from './protocol';
import type { Watchdog } from './watchdog';
import { createWatchdog } from './watchdog';
import { startWorker } from './startWorker';

export interface ComputeClientOptions {
  /** Creates the worker. Default: ./worker.ts, from its URL or a blob (startWorker.ts).
   *  Throwing selects the main-thread fallback. */
  createWorker?: () => WorkerLike;
  /** While runs are in flight, the watchdog ticks this often and pings the worker (default
   *  500 ms; 0 disables hang detection). */
  heartbeatMs?: number;
  /** A worker silent this long, with a ping unanswered for two ticks, is hung (default 2000 ms). */
  hangMs?: number;
  /** The same for a worker that has not answered yet: loading its script may take a while on a
   *  slow network, and a worker that never starts selects the main-thread fallback for good
   *  (default 10000 ms). */
  startMs?: number;
  /** How many times a run lost with a crashed worker is sent again (default 2). */
  retries?: number;
  /** Slice length of the main-thread fallback (default 5 ms). */
  mainThreadSliceMs?: number;
}

export interface ClientStatus {
  /** Where runs execute: nowhere yet (or since a crash), a worker, or the main thread. */
  readonly backend: 'none' | 'worker' | 'main-thread';
  /** Worker crashes and hangs so far; after each, the runs it had went to a fresh worker. */
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
  /** How many crashed workers this run was lost with. */
  losses: number;
}

interface Backend {
  readonly worker: WorkerLike;
  readonly kind: 'worker' | 'main-thread';
  /** Whether any message came from it yet. */
  heard: boolean;
  /** Notices a hang (workers only, unless disabled). */
  watchdog: Watchdog | null;
}

export const DEFAULT_HEARTBEAT_MS = 500;
export const DEFAULT_HANG_MS = 2000;
export const DEFAULT_START_MS = 10_000;
export const DEFAULT_RETRIES = 2;

const noop = (): void => {};

export function createComputeClient(options: ComputeClientOptions = {}): ComputeClient {
  const createWorker = options.createWorker ?? startWorker;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const hangMs = options.hangMs ?? DEFAULT_HANG_MS;
  const startMs = options.startMs ?? DEFAULT_START_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const mainThreadSliceMs = options.mainThreadSliceMs ?? MAIN_THREAD_SLICE_MS;

  const pending = new Map<number, Pending>();
  const heads = new Map<string | symbol, number>(); // channel → its run in flight
  const listeners = new Set<() => void>();
  let status: ClientStatus = { backend: 'none', crashes: 0, lastCrash: null, fallbackReason: null };
  let backend: Backend | null = null;
  let nextId = 1;
  let outbox: number[] = []; // runs to send at the next flush, in order (a flush is queued while non-empty)

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
    return p;
  };

  const ensureBackend = (): Backend => {
    if (backend) return backend;
    if (status.fallbackReason === null) {
      try {
        const b: Backend = wire({ worker: createWorker(), kind: 'worker', heard: false, watchdog: null });
        b.watchdog = heartbeatMs > 0 ? watch(b) : null;
        backend = b;
        setStatus({ backend: 'worker' });
        return b;
      } catch (e) {
        setStatus({ fallbackReason: `workers are unavailable (${e instanceof Error ? e.message : String(e)})` });
      }
    }
    backend = wire({ worker: createMainThreadWorker(mainThreadSliceMs), kind: 'main-thread', heard: false, watchdog: null });
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

  const watch = (b: Backend): Watchdog =>
    createWatchdog({
      tickMs: heartbeatMs,
      limitMs: () => (b.heard ? hangMs : startMs),
      busy: () => backend === b && pending.size > 0,
      ping: () => post(b, { type: 'ping', id: 0 }),
      hang: (silentMs) => crash(b, `no answer from the worker for ${Math.round(silentMs)} ms`),
    });

  const onMessage = (b: Backend, data: unknown): void => {
    if (backend !== b) return; // from a worker already replaced
    b.heard = true;
    b.watchdog?.heard(); // any message shows it is alive
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
    b.watchdog?.stop();
    try {
      b.worker.terminate();
    } catch {
      // already gone
    }
    // The runs it had are lost: they go again to the next backend, at the flush, ahead of the
    // runs made since (same ids; the old worker's messages are ignored, as it is not `backend`).
    const lost = [...pending.entries()].filter(([, p]) => p.sent);
    for (const [, p] of lost) p.sent = false;
    if (b.kind === 'worker' && !b.heard) {
      // It never started: no worker will work here. Rerun everything on the main thread.
      setStatus({ backend: 'none', fallbackReason: `the worker did not start (${reason})` });
      resend(lost.map(([id]) => id));
      return;
    }
    const given: Pending[] = [];
    for (const [id, p] of lost) {
      p.losses += 1;
      if (p.losses <= retries) continue;
      take(id); // lost too often: this input may be what kills the worker
      given.push(p);
    }
    resend(lost.filter(([, p]) => p.losses <= retries).map(([id]) => id));
    setStatus({ backend: 'none', crashes: status.crashes + 1, lastCrash: reason });
    for (const p of given) p.reject(new WorkerCrashedError(p.task, reason, p.losses));
  };

  const resend = (ids: number[]): void => {
    if (ids.length === 0) return;
    const queued = outbox.length > 0;
    outbox = [...ids, ...outbox.filter((id) => !ids.includes(id))];
    if (!queued) queueMicrotask(flush);
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
      if (!p || p.sent) continue; // cancelled before it was sent (or listed twice)
      try {
        const b = ensureBackend();
        post(b, p.request);
        p.sent = true;
        b.watchdog?.wake();
      } catch (e) {
        take(id); // e.g. DataCloneError: the input cannot be sent
        p.reject(e);
      }
    }
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
      losses: 0,
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
      b?.watchdog?.stop();
      b?.worker.terminate();
      if (b) setStatus({ backend: 'none' });
    },
  };
}
