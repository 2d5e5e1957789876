/**
 * `value` once it has stopped changing for `delayMs`, and null before that: also on the first
 * render, so a widget whose link state arrives in an effect right after mounting does not first
 * start a second-long run for its defaults. (The kit's useDebouncedValue starts at the value.)
 */
import { useEffect, useState } from 'react';

export function useSettled<T>(value: T, delayMs: number): T | null {
  const [settled, setSettled] = useState<T | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
  }, [value, delayMs]);
  return settled;
}
