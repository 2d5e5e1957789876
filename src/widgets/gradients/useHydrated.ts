/**
 * False on the server and in the hydrating render, true from then on (useSyncExternalStore's
 * server snapshot). The gradient check prints numerical derivatives to 11 decimals, and at a
 * step h their last digits are round-off: Node's and the browser's Math.exp may differ in the
 * last bit (measured: 0.09442778205 prerendered, …204 in Chromium), which would make the
 * prerendered text disagree with the first client render. So those numbers are computed only
 * in the browser, right after hydration.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
