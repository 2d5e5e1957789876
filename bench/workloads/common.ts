/** What every workload reports, and the helpers they share. */
import type { Measurement, TimingOptions } from '../timing';

export interface RunContext {
  readonly quick: boolean;
  readonly timing: TimingOptions;
  /** Seconds per timed repetition for the core and the yardstick. */
  readonly repSeconds: number;
  /** Seconds per timed repetition for tfjs. */
  readonly tfjsRepSeconds: number;
}

export interface Check {
  readonly label: string;
  readonly core: number;
  readonly other: number;
  /** Largest relative difference found (over a trajectory or a grid, or of the one value). */
  readonly rel: number;
  readonly tolerance: number;
  /** Strict checks fail the run; the float32 tfjs comparisons are informational. */
  readonly strict: boolean;
}

export interface WorkloadReport {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  /** Target for core ÷ yardstick, or null (report only). */
  readonly target: number | null;
  /** core, yardstick, tfjs-core, in that order. */
  readonly results: readonly Measurement[];
  readonly checks: readonly Check[];
  readonly notes: readonly string[];
}

export function relDiff(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** Largest entrywise relative difference of two arrays (NaN or a length mismatch gives Infinity). */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const r = relDiff(a[i], b[i]);
    if (!(r <= worst)) worst = Number.isNaN(r) ? Infinity : r;
  }
  return worst;
}

/** Largest entrywise difference relative to the largest |entry| (for weight vectors, whose entries may be near 0). */
export function maxScaledDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let scale = 0, worst = 0;
  for (let i = 0; i < a.length; i++) {
    scale = Math.max(scale, Math.abs(a[i]), Math.abs(b[i]));
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
  }
  return worst === 0 ? 0 : worst / scale;
}

/** How many of a's entries equal b's bit for bit. */
export function countIdentical(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let k = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (Object.is(a[i], b[i])) k++;
  return k;
}
