/**
 * The batch-size experiment's fixed inputs, in one place so that the widget and chapter 3's
 * prose run the same computation (the prose through runTaskSync('batchPaths', …)):
 *
 *   import { batchPathsInput, BATCH_DEFAULTS } from '../src/widgets/batch/setup';
 *   const out = runTaskSync('batchPaths', batchPathsInput(BATCH_DEFAULTS));
 *
 * The data: 300 points around y = 2x + 1 with noise σ = 1, x uniform on [−1, 3), seeded.
 * Both runs start from the line y = −x + 4, well away from the least-squares line.
 */
import { makeNoisyLine, NOISY_LINE_DEFAULTS } from '../../core';
import type { Vec2 } from '../../core';
import type { BatchPathsInput } from '../../worker/tasks/batchPaths';

/** The generator's parameters: its defaults, with this seed. */
export const BATCH_DATA_PARAMS = Object.freeze({ ...NOISY_LINE_DEFAULTS, seed: 11 });

/** The points (plain arrays: what the worker input carries). */
const data = makeNoisyLine(BATCH_DATA_PARAMS);
export const BATCH_XS: readonly number[] = Object.freeze(Array.from(data.x));
export const BATCH_YS: readonly number[] = Object.freeze(Array.from(data.y));
export const BATCH_N = data.n;

/** (m, b) where every run starts. */
export const BATCH_START: Vec2 = [-1, 4];

/** The contour map's window: slope m across, intercept b up. */
export const BATCH_M_RANGE: Vec2 = [-2, 4];
export const BATCH_B_RANGE: Vec2 = [-2, 5];

/** The data plot's window. */
export const BATCH_DATA_X: Vec2 = [-1, 3];
export const BATCH_DATA_Y: Vec2 = [-4, 11];

/** The widget's starting settings. */
export const BATCH_DEFAULTS = Object.freeze({ batchSize: 10, lr: 0.05, epochs: 5, seed: 1 });

/** Most epochs the widget offers: 20 passes in batches of 1 are 6,000 steps. */
export const BATCH_MAX_EPOCHS = 20;

export interface BatchSettings {
  readonly batchSize: number;
  readonly lr: number;
  readonly epochs: number;
  readonly seed: number;
}

/** The worker input for these settings on the chapter's data. */
export function batchPathsInput(s: BatchSettings): BatchPathsInput {
  return { xs: BATCH_XS, ys: BATCH_YS, start: BATCH_START, batchSize: s.batchSize, lr: s.lr, epochs: s.epochs, seed: s.seed };
}

/**
 * Batch sizes the slider stops at: every divisor of n (so epochs split evenly), the powers of
 * two and a few round numbers, sorted. The slider moves through them one by one, which is
 * evenly in log(batch size) near enough, and each stop is an exact whole number.
 */
export function batchSizeStops(n: number): number[] {
  const stops = new Set<number>([n]);
  for (let d = 1; d <= n; d++) if (n % d === 0) stops.add(d);
  for (let p = 1; p < n; p *= 2) stops.add(p);
  for (const r of [10, 20, 50, 100, 200, 500, 1000]) if (r < n) stops.add(r);
  return [...stops].sort((a, b) => a - b);
}

/** ⌈n / B⌉: steps per pass over the data. */
export function iterationsPerEpoch(n: number, batchSize: number): number {
  return Math.ceil(n / batchSize);
}
