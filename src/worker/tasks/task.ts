/**
 * What every task is: a generator function of its input and a context. The body runs the
 * core and `yield`s at checkpoints (every few hundred samples, every band of grid rows); a
 * checkpoint is a place where the runner may pause, give the event loop a turn (so a 'cancel'
 * message can arrive) and resume, or drop the task. A task never touches the DOM, the
 * worker's globals or the clock, so the same function runs in the worker, on the main thread
 * (fallback) and synchronously in Node (tests, the build) through runTaskSync.
 */

/** What the runner gives a task. */
export interface TaskContext<P> {
  /** True once the run was cancelled. Checked by tasks whose core call takes a callback. */
  shouldStop(): boolean;
  /** Reports a snapshot of progress (posted immediately, in order). Pass data the task
   *  will not write to again: copies, not views of arrays still being filled. */
  progress(p: P): void;
}

/** A running task: yields void at checkpoints and returns the output. */
export type TaskGenerator<O> = Generator<void, O, void>;
