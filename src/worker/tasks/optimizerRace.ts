/**
 * optimizerRace: several optimizers from one start on one 2-D problem, for the optimizers
 * chapter's race. Each racer is one train() with its own fresh optimizer (and schedule); all
 * share the start, the step count and, on the noisy problem, the batch order, so the only
 * difference between two paths is the optimizer.
 *
 * Problems:
 *   surface    a core surface with its analytic gradient (Newton and L-BFGS use its Hessian
 *              and line search);
 *   minibatch  the noisy line: fit y ≈ m·x + b to makeNoisyLine's points by mini-batch
 *              gradients (a seeded shuffle), the point being (m, b). The losses reported are
 *              the full-data MSE at each point — what the contours behind the paths show —
 *              not the batch's. Second-order methods need the full data's curvature, so they
 *              are refused here.
 *
 * Every racer records its whole path. The eight first-order optimizers × 500 steps on
 * Rosenbrock take about 2 ms in Node, so a race is one slice or two; a checkpoint between
 * racers lets a superseded run stop early.
 */
import { createLinregMse, linearRegression, makeNoisyLine, modelProblem, RangeError_, surfaceProblem, train, validateSchedule } from '../../core';
import type { Divergence, Objective, Schedule, StopReason, Surface, TrainingProblem, Vec2 } from '../../core';
import type { OptimizerChoice, SurfaceChoice } from './choices';
import { optimizerFrom, surfaceFrom } from './choices';
import { RACE_NOISY_LINE } from './raceNoisyLine';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireNumber, requirePair, requireRecord } from './validate';

export const RACE_MAX_RACERS = 12;
export const RACE_MAX_STEPS = 20_000;
/** The noisy line's data (its own module, so a widget can import it without this task). */
export { RACE_NOISY_LINE } from './raceNoisyLine';

export type RaceProblem =
  | { readonly kind: 'surface'; readonly surface: SurfaceChoice }
  | { readonly kind: 'minibatch'; readonly batchSize: number; readonly seed: number };

export interface Racer {
  readonly optimizer: OptimizerChoice;
  /** Learning-rate schedule around the optimizer's lr (default constant). */
  readonly schedule?: Schedule;
}

export interface OptimizerRaceInput {
  readonly problem: RaceProblem;
  /** The shared start [x, y] ([m, b] on the noisy line). */
  readonly start: Vec2;
  readonly racers: readonly Racer[];
  readonly steps: number;
  /** A racer has arrived once its loss is within this of the problem's minimum (default 1e-3). */
  readonly tolerance?: number;
}

export interface RacerResult {
  readonly steps: number;
  /** Row-major (steps + 1) × 2: the point after t steps. */
  readonly params: Float64Array;
  /** The loss at each point (on the noisy line: the full-data MSE). */
  readonly losses: Float64Array;
  readonly stop: StopReason;
  readonly divergence: Divergence | null;
  /** The first step whose loss is within `tolerance` of the minimum; null if never (or no minimum). */
  readonly arrivedAt: number | null;
  /**
   * What the run cost on a surface: evaluations of the value and gradient (one per step, plus
   * a line search's tries) and of the Hessian (Newton: one per step). Null on the noisy line.
   */
  readonly evaluations: { readonly gradients: number; readonly hessians: number } | null;
}

export interface OptimizerRaceOutput {
  readonly racers: readonly RacerResult[];
  /** The problem's lowest value, or null when it has none (a saddle is unbounded below). */
  readonly minimum: number | null;
}

const SECOND_ORDER = new Set(['newton', 'lbfgs']);

/** How often a racer asked the surface for its gradient and its Hessian. */
interface Counts {
  gradients: number;
  hessians: number;
}

/** The problem as something each racer can train on, and what its paths are measured against. */
interface RaceSetup {
  /** A fresh problem from `start`; on a surface, every evaluation it makes is counted in `counts`. */
  readonly problem: (start: Vec2, counts: Counts) => TrainingProblem;
  /** The loss the race reports at a point. */
  readonly lossAt: Objective | null;
  readonly minimum: number | null;
}

function surfaceSetup(surface: Surface): RaceSetup {
  const minimum = surface.minima.length === 0 ? null : Math.min(...surface.minima.map(([x, y]) => surface.value(x, y)));
  const hessian = surface.hessian?.bind(surface);
  const counted = (counts: Counts): Objective => ({
    dim: surface.dim,
    valueAndGrad: (w, g) => {
      counts.gradients++;
      return surface.valueAndGrad(w, g);
    },
    ...(hessian && {
      hessian: (w: Float64Array, out: Float64Array) => {
        counts.hessians++;
        hessian(w, out);
      },
    }),
  });
  return { problem: (start, counts) => surfaceProblem(counted(counts), start), lossAt: null, minimum };
}

function minibatchSetup(op: string, batchSize: number, seed: number): RaceSetup {
  const data = makeNoisyLine(RACE_NOISY_LINE);
  const full = createLinregMse({ xs: data.x, ys: data.y });
  const size = requireIntegerIn(op, 'problem.batchSize', batchSize, 1, data.n);
  const [[mStar, bStar]] = full.minima;
  return {
    problem: (start) => modelProblem(linearRegression({ inputs: 1, initial: start }), data, { batchSize: size, seed }),
    lossAt: full,
    minimum: full.value(mStar, bStar),
  };
}

function setupFor(op: string, problem: unknown): RaceSetup {
  const p = requireRecord(op, 'problem', problem);
  if (p.kind === 'surface') return surfaceSetup(surfaceFrom(op, p.surface));
  if (p.kind === 'minibatch') {
    return minibatchSetup(op, requireNumber(op, 'problem.batchSize', p.batchSize), requireIntegerIn(op, 'problem.seed', p.seed, 0, 2 ** 31));
  }
  throw new RangeError_(op, `problem.kind must be "surface" or "minibatch", got ${JSON.stringify(p.kind)}`);
}

/** The first t with losses[t] − minimum ≤ tolerance. */
function arrival(losses: Float64Array, minimum: number | null, tolerance: number): number | null {
  if (minimum === null) return null;
  for (let t = 0; t < losses.length; t++) if (losses[t] - minimum <= tolerance) return t;
  return null;
}

export function* optimizerRace(input: OptimizerRaceInput, ctx: TaskContext<never>): TaskGenerator<OptimizerRaceOutput> {
  const op = 'optimizerRace';
  const o = requireRecord(op, 'input', input);
  const start = requirePair(op, 'start', o.start);
  const steps = requireIntegerIn(op, 'steps', o.steps, 0, RACE_MAX_STEPS);
  const tolerance = o.tolerance === undefined ? 1e-3 : requireNumber(op, 'tolerance', o.tolerance);
  if (!(tolerance >= 0)) throw new RangeError_(op, `tolerance must be at least 0, got ${tolerance}`);
  if (!Array.isArray(o.racers) || o.racers.length === 0 || o.racers.length > RACE_MAX_RACERS) {
    throw new RangeError_(op, `racers must be a list of 1 to ${RACE_MAX_RACERS} optimizers, got ${Array.isArray(o.racers) ? o.racers.length : typeof o.racers}`);
  }
  const setup = setupFor(op, o.problem);
  const minibatch = setup.lossAt !== null;
  // Build every optimizer first, so a bad one fails the run before any work is done.
  const entries = (o.racers as readonly unknown[]).map((racer, i) => {
    const r = requireRecord(op, `racers[${i}]`, racer);
    const optimizer = optimizerFrom(op, r.optimizer);
    if (minibatch && SECOND_ORDER.has(optimizer.name)) {
      throw new RangeError_(op, `racers[${i}]: ${optimizer.name} needs the full data's curvature and does not run on mini-batches`);
    }
    const schedule = (r.schedule ?? { kind: 'constant' }) as Schedule;
    validateSchedule(schedule);
    return { optimizer, schedule };
  });

  const results: RacerResult[] = [];
  for (const { optimizer, schedule } of entries) {
    if (ctx.shouldStop()) break;
    const counts: Counts = { gradients: 0, hessians: 0 };
    const run = train(setup.problem(start, counts), optimizer, { steps, schedule, recordParams: true, shouldStop: () => ctx.shouldStop() });
    const params = (run.params ?? new Float64Array(0)).slice();
    const losses = setup.lossAt ? fullLosses(setup.lossAt, params) : run.losses.slice();
    const evaluations = minibatch ? null : { gradients: counts.gradients, hessians: counts.hessians };
    results.push({ steps: run.steps, params, losses, stop: run.stop, divergence: run.divergence, arrivedAt: arrival(losses, setup.minimum, tolerance), evaluations });
    yield; // a checkpoint between racers
  }
  return { racers: results, minimum: setup.minimum };
}

/** The full-data loss at every recorded point (m, b). */
function fullLosses(full: Objective, params: Float64Array): Float64Array {
  const n = params.length / 2, losses = new Float64Array(n);
  const w = new Float64Array(2), g = new Float64Array(2);
  for (let t = 0; t < n; t++) {
    w[0] = params[2 * t];
    w[1] = params[2 * t + 1];
    losses[t] = full.valueAndGrad(w, g);
  }
  return losses;
}
