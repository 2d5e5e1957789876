/**
 * randomSearch: the "guess lines at random, keep the best" baseline of the linear-regression
 * chapter. Sample i draws m ~ U[mRange) then b ~ U[bRange) from the core's seeded generator,
 * so a seed replays the same guesses; its MSE comes from the linregMse surface.
 */
import { createRng, createSurface } from '../../core';
import type { Vec2 } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireFiniteArray, requireIntegerIn, requireInterval, requireRecord } from './validate';

/** Most samples one run accepts. */
export const RANDOM_SEARCH_MAX_SAMPLES = 100_000;
/** Samples between progress reports. */
export const RANDOM_SEARCH_PROGRESS_EVERY = 1000;
/** How many of the first sampled lines the output keeps for drawing. */
export const RANDOM_SEARCH_LINES = 20;
/** Samples between checkpoints. */
const CHECKPOINT_EVERY = 256;

export interface RandomSearchInput {
  readonly xs: readonly number[] | Float64Array;
  readonly ys: readonly number[] | Float64Array;
  /** Number of guesses, 1 … 100,000. */
  readonly samples: number;
  /** Integer seed in [0, 2^32). */
  readonly seed: number;
  readonly mRange: Vec2;
  readonly bRange: Vec2;
}

export interface SampledLine {
  readonly m: number;
  readonly b: number;
  readonly mse: number;
}

export interface BestLine extends SampledLine {
  /** 0-based index of the sample (−1, with mse Infinity, before the first sample). */
  readonly index: number;
}

export interface RandomSearchProgress {
  /** Samples done so far. */
  readonly done: number;
  readonly total: number;
  /** bestSoFar[i] = smallest MSE among samples 0 … i, for i < done (a copy). */
  readonly bestSoFar: Float64Array;
  readonly best: BestLine;
}

export interface RandomSearchOutput {
  /** Samples done: `samples`, or fewer if stopped. */
  readonly done: number;
  /** bestSoFar[i] = smallest MSE among samples 0 … i (length done). */
  readonly bestSoFar: Float64Array;
  readonly best: BestLine;
  /** The first min(done, 20) samples, in order. */
  readonly lines: readonly SampledLine[];
  /** 'cancelled' when ctx.shouldStop() ended the run early (synchronous callers). */
  readonly stop: 'completed' | 'cancelled';
}

export function* randomSearch(
  input: RandomSearchInput,
  ctx: TaskContext<RandomSearchProgress>,
): TaskGenerator<RandomSearchOutput> {
  const op = 'randomSearch';
  const o = requireRecord(op, 'input', input);
  const xs = requireFiniteArray(op, 'xs', o.xs, 2);
  const ys = requireFiniteArray(op, 'ys', o.ys, 2);
  const total = requireIntegerIn(op, 'samples', o.samples, 1, RANDOM_SEARCH_MAX_SAMPLES);
  const seed = requireIntegerIn(op, 'seed', o.seed, 0, 0xffffffff);
  const [m0, m1] = requireInterval(op, 'mRange', o.mRange);
  const [b0, b1] = requireInterval(op, 'bRange', o.bRange);
  const surface = createSurface('linregMse', { xs, ys });
  const rng = createRng(seed);

  const bestSoFar = new Float64Array(total);
  const lines: SampledLine[] = [];
  let best: BestLine = { m: NaN, b: NaN, mse: Infinity, index: -1 };
  let done = 0;
  while (done < total) {
    if (ctx.shouldStop()) break;
    const end = Math.min(total, done + CHECKPOINT_EVERY);
    for (; done < end; done++) {
      const m = rng.uniform(m0, m1);
      const b = rng.uniform(b0, b1);
      const mse = surface.value(m, b);
      if (mse < best.mse) best = { m, b, mse, index: done };
      bestSoFar[done] = best.mse;
      if (lines.length < RANDOM_SEARCH_LINES) lines.push({ m, b, mse });
      if ((done + 1) % RANDOM_SEARCH_PROGRESS_EVERY === 0 && done + 1 < total) {
        ctx.progress({ done: done + 1, total, bestSoFar: bestSoFar.slice(0, done + 1), best });
      }
    }
    yield;
  }
  return {
    done,
    bestSoFar: done === total ? bestSoFar : bestSoFar.slice(0, done),
    best,
    lines,
    stop: done === total ? 'completed' : 'cancelled',
  };
}
