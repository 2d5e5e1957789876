/**
 * One computation a widget shows: a task whose input changes over time (a slider, a dragged
 * point) and the state of its latest run, in a store. Framework-free: useComputation adapts it
 * to React.
 *
 * Coalescing (the frame budget's rule for worker-backed pictures): while a run is in flight, a
 * new input does not cancel it; it waits as the newest, replacing any input that was waiting.
 * When the run in flight lands, its result is shown at once and the newest starts. So during a
 * drag the picture keeps changing, once per run, never more than a run behind the hand, and the
 * worker never holds more than the run in flight plus the newest. (Cancelling on every input
 * would show nothing until the hand rests whenever a run takes longer than the input interval.)
 */
import type { ComputeClient, RunHandle } from './client';
import { CancelledError } from './errors';
import type { TaskInput, TaskName, TaskOutput, TaskProgress } from './protocol';
import { createStore } from './store';

export interface ComputationState<K extends TaskName> {
  /** idle: no input (or cancelled); running: a run is in flight; done: `result` is the
   *  current input's; error: the run failed (TaskError, or WorkerCrashedError when the worker
   *  died on it every time it was tried; a single crash only delays the result). */
  readonly status: 'idle' | 'running' | 'done' | 'error';
  /** The latest output. Kept while a newer run is in flight or after it failed, so a plot
   *  does not blink; it belongs to the current input only when status is 'done'. */
  readonly result?: TaskOutput<K>;
  /** The running run's latest progress snapshot. */
  readonly progress?: TaskProgress<K>;
  readonly error?: Error;
}

export interface Computation<K extends TaskName> {
  getState(): ComputationState<K>;
  subscribe(listener: () => void): () => void;
  /** Runs on `input` unless it equals (by inputKey) the newest input; waits for the run in
   *  flight, if any (see Coalescing). null cancels and goes idle. */
  submit(input: TaskInput<K> | null): void;
  /** Cancels the run in flight, if any; the state goes idle, keeping its last result. */
  cancel(): void;
}

/** The state of a computation that never ran (and of every computation on the server). */
export const IDLE: ComputationState<never> = Object.freeze({ status: 'idle' });

/** A stable key for an input: its JSON. Equal keys are treated as the same input. */
export function inputKey(input: unknown): string {
  return JSON.stringify(input) ?? 'undefined';
}

/** `getClient` is called on the first submit, never before (nothing is created on the server). */
export function createComputation<K extends TaskName>(task: K, getClient: () => ComputeClient): Computation<K> {
  const store = createStore<ComputationState<K>>(IDLE);
  let channel: ReturnType<ComputeClient['channel']> | null = null;
  let current: RunHandle<K> | null = null;
  /** The input of the run in flight, or of the last result. */
  let currentKey: string | null = null;
  /** The newest input, waiting for the run in flight. */
  let waiting: { readonly input: TaskInput<K>; readonly key: string } | null = null;

  const cancel = (): void => {
    waiting = null;
    if (!current) return;
    current.cancel(); // settles `current` with CancelledError, ignored below
    current = null;
    currentKey = null;
    store.setState((s) => ({ status: 'idle', result: s.result }));
  };

  /** The run in flight has settled: start the waiting input, if any. */
  const next = (): boolean => {
    const w = waiting;
    if (!w) return false;
    waiting = null;
    start(w.input, w.key);
    return true;
  };

  const submit = (input: TaskInput<K> | null): void => {
    if (input === null) {
      cancel();
      currentKey = null;
      store.setState(IDLE);
      return;
    }
    const key = inputKey(input);
    if (current) {
      // back to the input in flight: nothing need wait; otherwise this is the newest
      waiting = key === currentKey ? null : { input, key };
      return;
    }
    if (key === currentKey) return;
    start(input, key);
  };

  function start(input: TaskInput<K>, key: string): void {
    currentKey = key;
    channel ??= getClient().channel();
    const handle: RunHandle<K> = channel.run(task, input, {
      onProgress: (progress) => {
        if (current === handle) store.setState((s) => ({ ...s, progress }));
      },
    });
    current = handle;
    store.setState((s) => ({ status: 'running', result: s.result }));
    handle.promise.then(
      (result) => {
        if (current !== handle) return;
        current = null;
        // shown now even if a newer input waits: the picture follows the hand, a run behind
        store.setState({ status: waiting ? 'running' : 'done', result });
        next();
      },
      (error: unknown) => {
        if (current !== handle || error instanceof CancelledError) return;
        current = null;
        currentKey = null; // the same input may be submitted again (after a crash, say)
        if (next()) return; // the error was an older input's: the newest may well succeed
        const e = error instanceof Error ? error : new Error(String(error));
        store.setState((s) => ({ status: 'error', result: s.result, error: e }));
      },
    );
  }

  return { getState: store.getState, subscribe: store.subscribe, submit, cancel };
}
