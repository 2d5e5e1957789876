/**
 * The measured cost of a gradient (measureCost.ts), taken once per page after `ready` (so it does
 * not compete with the error curves for the thread) and kept for the page.
 */
import { useEffect, useState } from 'react';
import { measureCost, type MeasuredCost } from './measureCost';

export type { MeasuredCost };

let measured: MeasuredCost | null = null;

export function useMeasuredCost(ready: boolean): MeasuredCost | null {
  const [cost, setCost] = useState<MeasuredCost | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (measured) {
      setCost(measured);
      return;
    }
    let live = true;
    void measureCost().then((m) => {
      if (!(Number.isFinite(m.ratio) && m.forwardUs > 0)) return;
      measured = m;
      if (live) setCost(m);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return cost;
}
