/**
 * A tiny external store in the manner of zustand's vanilla store: a value, a setter and
 * listeners, no framework. React reads it through useSyncExternalStore (useComputation.ts);
 * anything else can subscribe directly.
 */
export interface Store<S> {
  getState(): S;
  /** Replaces the state (or maps it) and notifies listeners, unless nothing changed. */
  setState(next: S | ((previous: S) => S)): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState: (next) => {
      const value = typeof next === 'function' ? (next as (previous: S) => S)(state) : next;
      if (Object.is(value, state)) return;
      state = value;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
