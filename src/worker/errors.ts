/** How a run ends when it does not end with its output. */

/** The run was cancelled (by `cancel()`, a newer run on its channel, or dispose). */
export class CancelledError extends Error {
  readonly task: string;
  constructor(task: string) {
    super(`${task}: cancelled`);
    this.name = 'CancelledError';
    this.task = task;
  }
}

/** The worker died or stopped answering while the run was in flight, every time it was
 *  tried (the client re-sends a lost run to a fresh worker a bounded number of times, so an
 *  input that kills the worker cannot crash-loop). The next run starts a fresh worker. */
export class WorkerCrashedError extends Error {
  readonly task: string;
  /** How many workers this run was lost with. */
  readonly attempts: number;
  constructor(task: string, reason: string, attempts = 1) {
    const times = attempts === 1 ? 'once' : `${attempts} times`;
    super(`${task}: the background computation stopped ${times} on this input, so it was given up (${reason})`);
    this.name = 'WorkerCrashedError';
    this.task = task;
    this.attempts = attempts;
  }
}

/** The task threw (bad input, a core error). The message is the task's, verbatim. */
export class TaskError extends Error {
  readonly task: string;
  /** Class name of the error thrown in the task, e.g. "RangeError_". */
  readonly errorName: string;
  constructor(task: string, message: string, errorName: string) {
    super(message);
    this.name = 'TaskError';
    this.task = task;
    this.errorName = errorName;
  }
}
