/**
 * trainSurface: an optimizer's path on a 2-D surface, through the core's train() on
 * surfaceProblem(), for the optimizer chapters.
 *
 * train() is one synchronous loop, so this task is a single slice: it has no checkpoint inside
 * the loop and a cancellation that arrives while it runs is seen when it ends (the client has
 * already rejected the request by then). `steps` is capped so that slice stays short
 * (100,000 steps of SGD, Adam, Newton or L-BFGS on Rosenbrock took 35–70 ms on the benchmark
 * machine of src/core/README.md; a typical 500-step path takes well under a millisecond). ctx.shouldStop is still wired to
 * train(), for synchronous callers with their own stop rule. Progress is posted from inside
 * the loop every `progressEvery` steps, so in a worker the path streams while it is computed.
 */
import { surfaceProblem, train, validateSchedule } from '../../core';
import type { Divergence, Schedule, StopReason, Vec2 } from '../../core';
import type { OptimizerChoice, SurfaceChoice } from './choices';
import { optimizerFrom, surfaceFrom } from './choices';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requirePair, requireRecord } from './validate';

/** Most steps one run accepts. */
export const TRAIN_SURFACE_MAX_STEPS = 100_000;

export interface TrainSurfaceInput {
  readonly surface: SurfaceChoice;
  /** The starting point [x, y]. */
  readonly start: Vec2;
  readonly optimizer: OptimizerChoice;
  /** Optimizer steps, 0 … 100,000. */
  readonly steps: number;
  /** Learning-rate schedule around the optimizer's lr (default constant). */
  readonly schedule?: Schedule;
  /** Report progress every this many steps (default: about 20 reports; 0: none). */
  readonly progressEvery?: number;
}

/** The path so far: what progress reports carry. */
export interface SurfacePath {
  /** Steps taken. */
  readonly steps: number;
  /** Row-major (steps + 1) × 2: the point after t steps is (params[2t], params[2t + 1]). */
  readonly params: Float64Array;
  /** losses[t] = f at the point after t steps. */
  readonly losses: Float64Array;
}

export interface TrainSurfaceOutput extends SurfacePath {
  readonly stop: StopReason;
  /** Where and why the run diverged (NaN, Infinity or a loss 1e8 × the start's). */
  readonly divergence: Divergence | null;
}

export function* trainSurface(
  input: TrainSurfaceInput,
  ctx: TaskContext<SurfacePath>,
): TaskGenerator<TrainSurfaceOutput> {
  const op = 'trainSurface';
  const o = requireRecord(op, 'input', input);
  const start = requirePair(op, 'start', o.start);
  const steps = requireIntegerIn(op, 'steps', o.steps, 0, TRAIN_SURFACE_MAX_STEPS);
  const progressEvery = o.progressEvery === undefined
    ? Math.max(1, Math.ceil(steps / 20))
    : requireIntegerIn(op, 'progressEvery', o.progressEvery, 0, TRAIN_SURFACE_MAX_STEPS);
  const schedule = o.schedule ?? { kind: 'constant' };
  validateSchedule(schedule);
  const surface = surfaceFrom(op, o.surface);
  const optimizer = optimizerFrom(op, o.optimizer);

  const run = train(surfaceProblem(surface, start), optimizer, {
    steps,
    schedule,
    recordParams: true,
    shouldStop: () => ctx.shouldStop(),
    progressEvery,
    // views into arrays train() keeps writing to: copy them before posting
    onProgress: (t) => ctx.progress({ steps: t.steps, params: copy(t.params), losses: t.losses.slice() }),
  });
  yield; // a checkpoint, so a run cancelled during the loop is dropped without posting
  return {
    steps: run.steps,
    params: compact(run.params ?? new Float64Array(0)),
    losses: compact(run.losses),
    stop: run.stop,
    divergence: run.divergence,
  };
}

function copy(a: Float64Array | null): Float64Array {
  return a ? a.slice() : new Float64Array(0);
}

/** The array itself if it spans its whole buffer, else a copy (so a transfer moves no dead
 *  tail when the run stopped early). */
function compact(a: Float64Array): Float64Array {
  return a.byteLength === a.buffer.byteLength ? a : a.slice();
}
