/**
 * The dropout and ensemble widgets' fixed setup and small math on this thread: the network and
 * its training (both widgets train in the worker's classifierRuns), the grid for the decision
 * boundary, and an ensemble's average.
 */
import type { ClassifierDataset, ClassifierRunsInput, ClassifierRunSpec } from '../../worker/tasks/classifierRuns';

export const NETWORK_WIDTH = 32;
export const TRAINING_STEPS = 1500;
export const TRAINING_LR = 0.01;
export const BOUNDARY_GRID = 64;
/** Hidden layers shown in the picture of dropped units. */
export const HIDDEN_LAYERS = 2;

export const classifierInput = (dataset: ClassifierDataset, runs: readonly ClassifierRunSpec[]): ClassifierRunsInput => ({
  dataset, width: NETWORK_WIDTH, steps: TRAINING_STEPS, lr: TRAINING_LR, runs, grid: BOUNDARY_GRID,
});

/** The decision-boundary grid as the kit's heatmap reads it (cell centres). */
export function boundaryGrid(values: Float64Array, [lo, hi]: readonly [number, number], side = BOUNDARY_GRID) {
  const half = (hi - lo) / side / 2;
  return { values, nx: side, ny: side, x: [lo + half, hi - half] as const, y: [lo + half, hi - half] as const };
}

/** Binary cross-entropy of probabilities `p` against 0/1 labels `y`, clipped away from 0 and 1. */
export function logLoss(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
    s -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return s / y.length;
}

/** The share of labels `y` that probabilities `p` get wrong (p > 0.5 means class 1). */
export function errorRate(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let wrong = 0;
  for (let i = 0; i < y.length; i++) if ((p[i] > 0.5 ? 1 : 0) !== y[i]) wrong++;
  return wrong / y.length;
}

/** The elementwise mean of the first k arrays. */
// listing: average
export function averageOf(arrays: readonly Float64Array[], k: number): Float64Array {
  if (k < 1 || k > arrays.length) throw new RangeError(`averageOf: k must be from 1 to ${arrays.length}, got ${k}`);
  const out = new Float64Array(arrays[0].length);
  for (let m = 0; m < k; m++) for (let i = 0; i < out.length; i++) out[i] += arrays[m][i] / k;
  return out;
}
// listing: end
