/**
 * The worker's side of the protocol as a plain function of messages, with `post` injected: the
 * worker entry wires it to `self`, the main-thread fallback and the tests wire it in process.
 *
 * Each run is an async loop (runner.ts) over its task's generator, so several runs interleave
 * slice by slice and a 'cancel' (or 'ping') is handled between two slices. A cancelled run
 * posts nothing more; a task that throws posts {type: 'error'} whose message starts with the
 * task's name.
 */
import { CoreError, NonFiniteError, RangeError_, ShapeError, UnknownNameError } from '../core';
import type { RunRequest, TaskName, WorkerRequest, WorkerResponse } from './protocol';
import { isWorkerRequest } from './protocol';
import type { TaskFunction, TaskRegistry } from './registry';
import { tasks as defaultTasks } from './registry';
import { runSliced } from './runner';
import type { TaskContext } from './tasks/task';
import { collectTransferables } from './transfer';

export interface MessageHandlerOptions {
  /** Sends a response (the worker's postMessage). */
  post(message: WorkerResponse, transfer: Transferable[]): void;
  /** The tasks (default: registry.ts). Tests pass instrumented ones. */
  tasks?: TaskRegistry;
  /** Milliseconds of work between turns of the event loop (default 8). */
  sliceMs?: number;
}

export type MessageHandler = (message: unknown) => void;

export const DEFAULT_SLICE_MS = 8;

/** Creates the handler and posts {type: 'ready'}. */
export function createMessageHandler(options: MessageHandlerOptions): MessageHandler {
  const { post } = options;
  const registry = options.tasks ?? defaultTasks;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  /** Runs in flight, by id: their cancelled flags. */
  const active = new Map<number, { cancelled: boolean }>();

  const start = async <K extends TaskName>(req: RunRequest<K>): Promise<void> => {
    const { id, task } = req;
    const state = { cancelled: false };
    active.set(id, state);
    const ctx: TaskContext<unknown> = {
      shouldStop: () => state.cancelled,
      progress: (data) => {
        if (!state.cancelled) post({ type: 'progress', id, data }, collectTransferables(data));
      },
    };
    try {
      const fn = findTask(registry, task);
      const result = await runSliced(fn(req.input, ctx), { sliceMs, isCancelled: () => state.cancelled });
      if (!result.cancelled) post({ type: 'done', id, data: result.value }, collectTransferables(result.value));
    } catch (e) {
      if (!state.cancelled) post(errorResponse(id, task, e), []);
    } finally {
      active.delete(id);
    }
  };

  post({ type: 'ready' }, []);
  return (message) => {
    if (!isWorkerRequest(message)) return; // not ours: nothing to answer, no id to answer to
    const m: WorkerRequest = message;
    if (m.type === 'ping') {
      post({ type: 'pong', id: m.id }, []);
    } else if (m.type === 'cancel') {
      const state = active.get(m.id);
      if (state) state.cancelled = true;
    } else {
      void start(m);
    }
  };
}

function findTask<K extends TaskName>(registry: TaskRegistry, task: K): TaskFunction<K> {
  if (!Object.prototype.hasOwnProperty.call(registry, task)) {
    throw new UnknownNameError(String(task), `unknown task (known: ${Object.keys(registry).join(', ')})`);
  }
  return registry[task];
}

function errorResponse(id: number, task: string, e: unknown): WorkerResponse {
  const message = e instanceof Error ? e.message : String(e);
  return {
    type: 'error',
    id,
    message: message.startsWith(`${task}:`) ? message : `${task}: ${message}`,
    name: errorName(e),
  };
}

/** The core's error classes by name. Not `e.name`: the core sets it from the class's own
 *  name, which a minifier renames in production builds. */
const coreErrors = [
  ['ShapeError', ShapeError],
  ['NonFiniteError', NonFiniteError],
  ['RangeError_', RangeError_],
  ['UnknownNameError', UnknownNameError],
  ['CoreError', CoreError],
] as const;

function errorName(e: unknown): string {
  for (const [name, type] of coreErrors) if (e instanceof type) return name;
  return e instanceof Error ? e.name : typeof e;
}
