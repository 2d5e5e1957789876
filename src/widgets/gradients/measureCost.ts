/**
 * Times, in the reader's browser, one loss evaluation and one forward + backward pass of the
 * 9-weight classifier, to check the book's count "a gradient by backpropagation costs 2
 * evaluations" on the reader's own machine.
 *
 * A browser microbenchmark is noisy (timer granularity of up to 0.1 ms, JIT tiers, garbage
 * collection, other tabs), and one noisy round made the ratio swing from 1.0 to 2.5 between
 * reloads. So: each timed block runs until it has lasted at least BLOCK_MS (many calls, far above
 * the timer's granularity); warm-up rounds come first; every round times both, in alternating
 * order, and gives one ratio; the result is the median ratio with the middle half of the rounds
 * as its range, so a single disturbed round cannot move it.
 */
import { nextMacrotask } from '../../worker/macrotask';
import { checkProblem } from './checkProblem';

export interface MeasuredCost {
  /** Median microseconds per forward pass (one loss evaluation) on the training examples. */
  readonly forwardUs: number;
  /** Median microseconds per forward + backward pass. */
  readonly backpropUs: number;
  /** Median over rounds of backprop ÷ forward, at least 1 (a backward pass is never free). */
  readonly ratio: number;
  /** The middle half of the rounds' ratios: [first quartile, third quartile]. */
  readonly range: readonly [lo: number, hi: number];
  /** Rounds the median is taken over. */
  readonly rounds: number;
}

/** A timed block lasts at least this long, far above any browser's timer granularity. */
export const BLOCK_MS = 4;
export const WARMUP_ROUNDS = 3;
export const ROUNDS = 15;

/** The q-quantile of sorted numbers, interpolating between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError(`quantile: no values (q = ${q})`);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Summary of per-round timings: medians, and the ratio's median and middle half. */
export function summarize(forwardUs: readonly number[], backpropUs: readonly number[]): MeasuredCost {
  if (forwardUs.length !== backpropUs.length || forwardUs.length === 0) {
    throw new RangeError(`summarize: need equal, non-empty rounds, got ${forwardUs.length} and ${backpropUs.length}`);
  }
  const sort = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
  const ratios = sort(forwardUs.map((f, i) => Math.max(1, backpropUs[i] / f)));
  return {
    forwardUs: quantile(sort(forwardUs), 0.5),
    backpropUs: quantile(sort(backpropUs), 0.5),
    ratio: quantile(ratios, 0.5),
    range: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    rounds: ratios.length,
  };
}

/** Microseconds per call of `f`, over as many calls as fill BLOCK_MS. */
function timeBlock(f: () => number, now: () => number): number {
  let sink = 0, calls = 0;
  const start = now();
  let elapsed: number;
  do {
    for (let i = 0; i < 32; i++) sink += f();
    calls += 32;
    elapsed = now() - start;
  } while (elapsed < BLOCK_MS);
  return Number.isNaN(sink) ? NaN : (elapsed * 1000) / calls; // reading sink keeps the calls
}

export async function measureCost(now: () => number = () => performance.now()): Promise<MeasuredCost> {
  const p = checkProblem();
  const forward: number[] = [], backprop: number[] = [];
  for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
    await nextMacrotask(); // one round per macrotask: the page stays responsive
    // Alternate which goes first, so a drift within a round (JIT, a collection) hits both.
    let f: number, b: number;
    if (r % 2 === 0) {
      f = timeBlock(p.forwardPass, now);
      b = timeBlock(p.forwardBackwardPass, now);
    } else {
      b = timeBlock(p.forwardBackwardPass, now);
      f = timeBlock(p.forwardPass, now);
    }
    if (r < WARMUP_ROUNDS) continue;
    forward.push(f);
    backprop.push(b);
  }
  return summarize(forward, backprop);
}
