/**
 * batchPaths: mini-batch gradient descent on the line y ≈ m·x + b, for chapter 3's batch-size
 * widget. One call of the core's train() with modelProblem(linearRegression, data,
 * { batchSize, seed }) and plain SGD, from a given (m, b), for a whole number of epochs; the
 * path (m, b) after every step is recorded, with the full-data MSE there (whatever batch the
 * step saw, this is the loss the reader cares about) and the examples processed so far.
 * A second run with the whole data set as one batch (full-batch gradient descent, same start,
 * same learning rate, same epochs) comes along as the reference.
 *
 * Like trainSurface this is one synchronous train() per path: one slice, with a checkpoint
 * between the two runs. The widget asks for at most 6,000 steps (batches of 1 for 20 epochs),
 * which took 24–170 ms in Node on the shared 2-core machine of src/core/README.md (about 4–12
 * µs a step: the core's per-step overhead dominates a 1-example batch); the cap
 * BATCH_PATHS_MAX_STEPS is for other callers.
 */
import { createOptimizer, createSurface, leastSquaresLine, linearRegression, modelProblem, RangeError_, readableNumber, ShapeError, train } from '../../core';
import type { Dataset, Divergence, StopReason, Vec2 } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireFiniteArray, requireIntegerIn, requireNumber, requirePair, requireRecord } from './validate';

/** Most optimizer steps of one path. */
export const BATCH_PATHS_MAX_STEPS = 60_000;
/** Most examples, and most epochs. */
export const BATCH_PATHS_MAX_POINTS = 10_000;
export const BATCH_PATHS_MAX_EPOCHS = 1_000;
/** A full-data MSE this many times the starting one, in a run that recovered, is a spike. */
export const SPIKE_FACTOR = 10;

/** The worst moment of a run that recovered: the step and its full-data MSE. */
export interface Spike {
  readonly step: number;
  readonly loss: number;
}

export interface BatchPathsInput {
  /** The data (at least 2 points, all finite, not all the same x). */
  readonly xs: readonly number[] | Float64Array;
  readonly ys: readonly number[] | Float64Array;
  /** Where both runs start: [m, b]. */
  readonly start: Vec2;
  /** Examples per step, 1 … n. */
  readonly batchSize: number;
  /** SGD learning rate α, in (0, 100]. */
  readonly lr: number;
  /** Passes over the data, 1 … 1,000 (steps = epochs × ⌈n / batchSize⌉, at most 60,000). */
  readonly epochs: number;
  /** Seeds the shuffling into batches. */
  readonly seed: number;
  /** Also run full-batch gradient descent (default true; skipped when batchSize = n). */
  readonly reference?: boolean;
}

/** One run of mini-batch gradient descent. */
export interface BatchPath {
  readonly batchSize: number;
  /** ⌈n / batchSize⌉: steps per pass over the data. */
  readonly iterationsPerEpoch: number;
  /** Steps actually taken (fewer than planned if the run diverged). */
  readonly steps: number;
  /** Row-major (steps + 1) × 2: (m, b) after t steps is (params[2t], params[2t + 1]). */
  readonly params: Float64Array;
  /** Full-data MSE after t steps (t = 0 … steps). */
  readonly loss: Float64Array;
  /** Examples the run had processed after t steps. */
  readonly examples: Float64Array;
  readonly stop: StopReason;
  /**
   * Where and why the run diverged: the core's train() report (a non-finite value, or a batch
   * loss 1e8 × its start; the run stops there), or else, if the run ended with a full-data
   * MSE above its starting one, the step from which it stayed above.
   */
  readonly divergence: Divergence | null;
  /** In a run that did not diverge: its highest full-data MSE, if above SPIKE_FACTOR × the
   *  start (a mini-batch step that overshot, and the run recovered). */
  readonly spike: Spike | null;
}

export interface BatchPathsOutput {
  readonly n: number;
  readonly path: BatchPath;
  /** Full-batch gradient descent from the same start, or null (batchSize = n, or not asked). */
  readonly reference: BatchPath | null;
  /** The least-squares line and its MSE: where both paths are headed. */
  readonly leastSquares: { readonly m: number; readonly b: number; readonly mse: number };
}

export function* batchPaths(input: BatchPathsInput, ctx: TaskContext<never>): TaskGenerator<BatchPathsOutput> {
  const op = 'batchPaths';
  const o = requireRecord(op, 'input', input);
  const xs = requireFiniteArray(op, 'xs', o.xs, 2);
  const ys = requireFiniteArray(op, 'ys', o.ys, 2);
  if (xs.length !== ys.length) throw new ShapeError(op, `xs and ys must have equal length, got ${xs.length} and ${ys.length}`);
  const n = xs.length;
  if (n > BATCH_PATHS_MAX_POINTS) throw new RangeError_(op, `at most ${BATCH_PATHS_MAX_POINTS} points, got ${n}`);
  const start = requirePair(op, 'start', o.start);
  const batchSize = requireIntegerIn(op, 'batchSize', o.batchSize, 1, n);
  const lr = requireNumber(op, 'lr', o.lr);
  if (!(lr > 0 && lr <= 100)) throw new RangeError_(op, `lr must be in (0, 100], got ${lr}`);
  const epochs = requireIntegerIn(op, 'epochs', o.epochs, 1, BATCH_PATHS_MAX_EPOCHS);
  const seed = requireIntegerIn(op, 'seed', o.seed, 0, 0xffffffff);
  const steps = epochs * Math.ceil(n / batchSize);
  if (steps > BATCH_PATHS_MAX_STEPS) {
    throw new RangeError_(op, `epochs × ⌈n / batchSize⌉ must be at most ${BATCH_PATHS_MAX_STEPS} steps, got ${epochs} × ${Math.ceil(n / batchSize)} = ${steps}`);
  }

  const data: Dataset = { x: Float64Array.from(xs), y: Float64Array.from(ys), n, d: 1, name: 'batchPaths' };
  const mse = createSurface('linregMse', { xs: data.x, ys: data.y });
  const line = leastSquaresLine(data.x, data.y);
  const run = (size: number): BatchPath => runPath(data, mse.value, start, size, lr, epochs, seed, () => ctx.shouldStop());

  const path = run(batchSize);
  yield; // a checkpoint between the two runs: a superseded request stops here
  const reference = o.reference !== false && batchSize < n ? run(n) : null;
  return { n, path, reference, leastSquares: { m: line.m, b: line.b, mse: mse.value(line.m, line.b) } };
}

/** One train() call: SGD on `data` in batches of `size`, recording (m, b) after every step. */
function runPath(
  data: Dataset,
  fullMse: (m: number, b: number) => number,
  start: Vec2,
  size: number,
  lr: number,
  epochs: number,
  seed: number,
  shouldStop: () => boolean,
): BatchPath {
  const model = linearRegression({ inputs: 1, initial: start }); // [W₁₁, b] = [m, b]
  const perEpoch = Math.ceil(data.n / size);
  const trajectory = train(modelProblem(model, data, { batchSize: size, seed }), createOptimizer('sgd', { lr }), {
    steps: epochs * perEpoch,
    recordParams: true,
    shouldStop,
  });
  const taken = trajectory.steps;
  const params = (trajectory.params ?? new Float64Array(0)).slice(0, 2 * (taken + 1));
  const loss = new Float64Array(taken + 1);
  const examples = new Float64Array(taken + 1);
  // The batch iterator's sizes: perEpoch − 1 full batches, then the rest of the epoch.
  const last = data.n - (perEpoch - 1) * size;
  for (let t = 0; t <= taken; t++) {
    loss[t] = fullMse(params[2 * t], params[2 * t + 1]);
    if (t > 0) examples[t] = examples[t - 1] + ((t - 1) % perEpoch === perEpoch - 1 ? last : size);
  }
  const divergence = trajectory.divergence ?? endedHigher(loss);
  return {
    batchSize: size,
    iterationsPerEpoch: perEpoch,
    steps: taken,
    params,
    loss,
    examples,
    stop: divergence ? 'diverged' : trajectory.stop,
    divergence,
    spike: divergence ? null : largestSpike(loss),
  };
}

const g3 = (v: number): string => readableNumber(v);

/**
 * A run that ended with a full-data MSE above (or not finite, unlike) the one it started with
 * went the wrong way on the whole: the step from which the loss stayed above the start, and
 * why it counts.
 */
function endedHigher(loss: Float64Array): Divergence | null {
  const end = loss.length - 1;
  if (end === 0 || loss[end] <= loss[0]) return null;
  let from = end;
  while (from > 1 && !(loss[from - 1] <= loss[0])) from--;
  return {
    step: from,
    reason: `the full-data MSE rose above its starting ${g3(loss[0])} here and was still above it at the end (${Number.isFinite(loss[end]) ? g3(loss[end]) : loss[end]})`,
  };
}

/** The highest full-data MSE, if it exceeded SPIKE_FACTOR × the start. */
function largestSpike(loss: Float64Array): Spike | null {
  let k = 0;
  for (let t = 1; t < loss.length; t++) if (loss[t] > loss[k]) k = t;
  return loss[k] > SPIKE_FACTOR * loss[0] ? { step: k, loss: loss[k] } : null;
}
