/**
 * The React side of the worker layer (the only file here that imports React):
 *
 *   const grid = useComputation('linregGrid', { xs, ys, m: [-1, 2], b: [-2, 2], nx: 80, ny: 80 });
 *   if (grid.result) drawContours(grid.result.values, grid.result.nx, grid.result.ny);
 *
 * When the input's key (its JSON) changes, the new input is submitted on the component's own
 * channel: it runs when the run in flight lands (coalescing, see computation.ts); `null` means
 * "nothing to compute" (idle). On the
 * server, and in the hydrating render, the state is 'idle': the client (and its worker) is
 * created in an effect, on the first submit, and so only ever in the browser.
 *
 * useComputeStatus() gives the client's status, e.g. to show "the computation restarted" after
 * a worker crash (`status.crashes > 0`).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ClientStatus, ComputeClient } from './client';
import type { ComputationState } from './computation';
import { createComputation, IDLE, inputKey } from './computation';
import { getComputeClient } from './defaultClient';
import type { TaskInput, TaskName } from './protocol';

export interface UseComputationOptions {
  /** The client to run on (default: getComputeClient(), the page's shared one). */
  client?: ComputeClient;
}

const serverState = (): ComputationState<never> => IDLE;

export function useComputation<K extends TaskName>(
  task: K,
  input: TaskInput<K> | null,
  options: UseComputationOptions = {},
): ComputationState<K> {
  const { client } = options;
  const computation = useMemo(() => createComputation(task, () => client ?? getComputeClient()), [task, client]);
  const state = useSyncExternalStore(computation.subscribe, computation.getState, serverState);
  const key = input === null ? null : inputKey(input);
  // Cancelled on unmount only: a new input waits for the run in flight (computation.ts, Coalescing).
  useEffect(() => () => computation.cancel(), [computation]);
  useEffect(() => {
    computation.submit(input);
    // `key` stands for `input` in the dependencies: a new object with the same JSON is the
    // same input and must not start a new run
  }, [computation, key]);
  return state;
}

/** What the server (and the hydrating render) sees: nothing started. */
const SERVER_STATUS: ClientStatus = Object.freeze({ backend: 'none', crashes: 0, lastCrash: null, fallbackReason: null });

export function useComputeStatus(options: UseComputationOptions = {}): ClientStatus {
  const { client } = options;
  const get = (): ComputeClient => client ?? getComputeClient(); // creates no worker
  return useSyncExternalStore(
    (listener) => get().subscribe(listener),
    () => get().getStatus(),
    () => SERVER_STATUS,
  );
}
