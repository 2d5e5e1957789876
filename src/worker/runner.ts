/**
 * Runs a task generator cooperatively: resume it until a slice of `sliceMs` has passed, then
 * give the event loop a macrotask (so a 'cancel' message, a ping or another task can get in)
 * and continue, unless the run was cancelled meanwhile; then the generator is closed at that
 * checkpoint (its `finally` blocks run; the rest of its body never does). The first slice also waits for a macrotask, so cancels already queued behind
 * the run request (a slider dragged faster than tasks start) are seen before any work is done.
 */
import { nextMacrotask } from './macrotask';
import type { TaskGenerator } from './tasks/task';

export interface SliceOptions {
  /** Milliseconds of work between two turns of the event loop (0: a turn at every checkpoint). */
  readonly sliceMs: number;
  /** Read before every slice. */
  isCancelled(): boolean;
}

export type SlicedResult<O> = { readonly cancelled: false; readonly value: O } | { readonly cancelled: true };

export async function runSliced<O>(task: TaskGenerator<O>, options: SliceOptions): Promise<SlicedResult<O>> {
  for (;;) {
    await nextMacrotask();
    if (options.isCancelled()) {
      close(task);
      return { cancelled: true };
    }
    const end = performance.now() + options.sliceMs;
    let step = task.next();
    while (!step.done && performance.now() < end) step = task.next();
    if (step.done) return { cancelled: false, value: step.value };
  }
}

function close(task: Generator<void, unknown, void>): void {
  task.return(undefined);
}

/** Runs a task generator to its end in one go (Node, tests, the build). */
export function drain<O>(task: TaskGenerator<O>): O {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}
