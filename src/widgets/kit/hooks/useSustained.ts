/**
 * `flag`, but turned on only once it has stayed on for `delayMs` (and off at once). For showing
 * that a result is out of date: a drag makes the result stale and fresh again with every input
 * and every answer, tens of times a second, and dimming on each would make the plot flicker (and
 * repaint) that often. A wait of a quarter of a second is dimmed; a busy drag is not.
 */
import { useEffect, useState } from 'react';

export function useSustained(flag: boolean, delayMs: number): boolean {
  const [sustained, setSustained] = useState(false);
  useEffect(() => {
    if (!flag) {
      setSustained(false);
      return;
    }
    const t = setTimeout(() => setSustained(true), delayMs);
    return () => clearTimeout(t);
  }, [flag, delayMs]);
  return flag && sustained;
}
