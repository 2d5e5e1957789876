/**
 * `value`, but only after it has stopped changing for `delayMs`. For expensive work driven by
 * a control (recomputing a landscape while a slider is dragged), not for what the reader sees
 * move: the slider itself stays immediate.
 */
import { useEffect, useState } from 'react';

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
  }, [value, delayMs]);
  return settled;
}
