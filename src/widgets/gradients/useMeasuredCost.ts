/**
 * Measures, in the reader's browser, what one loss evaluation and one forward + backward pass
 * of the 9-weight classifier cost: the honest number for "backpropagation costs about k
 * evaluations". Run once, after `ready` (so it does not compete with the error curves for the
 * thread), and kept for the page.
 *
 * Microbenchmarks in a browser are noisy (JIT tiers, garbage collection, other tabs), so the
 * two are timed in alternating rounds, each round in its own macrotask, and each keeps its
 * fastest round: the least-disturbed estimate of the same work. Timings still vary between
 * machines; the widget prints them as measured, and uses only their ratio.
 */
import { useEffect, useState } from 'react';
import { nextMacrotask } from '../../worker/macrotask';
import { checkProblem } from './checkProblem';

export interface MeasuredCost {
  /** Microseconds per forward pass (one loss evaluation) on the training examples. */
  readonly forwardUs: number;
  /** Microseconds per forward + backward pass. */
  readonly backpropUs: number;
  /** backpropUs / forwardUs, at least 1 (a backward pass is never free). */
  readonly ratio: number;
}

/** Calls per timed round, and rounds per measurement. */
const CALLS = 200;
const ROUNDS = 7;

let measured: MeasuredCost | null = null;

/** Microseconds per call of `f` over one round of CALLS calls. */
function timeRound(f: () => number): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) sink += f();
  const us = ((performance.now() - start) * 1000) / CALLS;
  return Number.isNaN(sink) ? NaN : us; // reading sink keeps the calls from being optimized away
}

export async function measureCost(): Promise<MeasuredCost> {
  const p = checkProblem();
  timeRound(p.forwardPass); // warm-up: let the JIT compile both paths first
  timeRound(p.forwardBackwardPass);
  let forwardUs = Infinity, backpropUs = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    await nextMacrotask();
    forwardUs = Math.min(forwardUs, timeRound(p.forwardPass));
    backpropUs = Math.min(backpropUs, timeRound(p.forwardBackwardPass));
  }
  return { forwardUs, backpropUs, ratio: Math.max(1, backpropUs / forwardUs) };
}

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
