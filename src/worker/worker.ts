/**
 * The Web Worker entry, started by startWorker.ts (built as a classic script).
 * In a worker it wires the message handler to `self`; imported anywhere else (tests, the
 * main-thread fallback) it only re-exports the handler, which callers wire themselves.
 */
import { createMessageHandler } from './handler';

export { createMessageHandler, DEFAULT_SLICE_MS } from './handler';
export type { MessageHandler, MessageHandlerOptions } from './handler';

/** The parts of a worker's global scope used here. */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

function workerScope(): WorkerScope | null {
  const g = globalThis as { WorkerGlobalScope?: unknown };
  const isWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;
  return isWorker ? (globalThis as unknown as WorkerScope) : null;
}

const scope = workerScope();
if (scope) {
  const handle = createMessageHandler({ post: (message, transfer) => scope.postMessage(message, transfer) });
  scope.onmessage = (event) => handle(event.data);
}
