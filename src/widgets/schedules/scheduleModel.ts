/**
 * The schedules widget's arithmetic, apart from the DOM: the core schedule a state stands for,
 * its curve α_t (the core's learningRateAt at every step, never a second formula), the worker
 * input for the two SGD runs (the chosen schedule and a constant rate, same α₀, same batches),
 * and the spread of a run's last iterates.
 *
 * The problem is the race's noisy line (RACE_NOISY_LINE: 200 points around y = 2x + 1): (m, b)
 * fitted by mini-batch SGD from the batch-size widget's start, the line y = −x + 4.
 */
import { learningRateAt, makeNoisyLine } from '../../core';
import type { Schedule, Vec2 } from '../../core';
import { RACE_NOISY_LINE, type OptimizerRaceInput } from '../../worker/tasks/optimizerRace';
import type { SchedulesState } from './schedulesSchema';

/** (m, b) where both runs start. */
export const SCHEDULES_START: Vec2 = [-1, 4];
/** The contour map's window: slope m across, intercept b up. */
export const SCHEDULES_M_RANGE: Vec2 = [-2, 4];
export const SCHEDULES_B_RANGE: Vec2 = [-2, 5];
/** How many of the last iterates the spread is measured over. */
export const SPREAD_WINDOW = 50;

const data = makeNoisyLine(RACE_NOISY_LINE);
/** The race's data as plain arrays (what a linregGrid input carries). */
export const SCHEDULES_XS: readonly number[] = Object.freeze(Array.from(data.x));
export const SCHEDULES_YS: readonly number[] = Object.freeze(Array.from(data.y));
export const SCHEDULES_N = data.n;

/** The core schedule for a state. Cosine anneals over the whole run; warm-up is followed by a
 *  cosine over the rest of it. Final rates are given as a fraction of α₀ (`floor`). */
export function scheduleOf(s: Pick<SchedulesState, 'kind' | 'lr' | 'every' | 'factor' | 'gamma' | 'k' | 'floor' | 'warmup' | 'steps'>): Schedule {
  const minLr = s.floor * s.lr;
  switch (s.kind) {
    case 'step':
      return { kind: 'step', every: s.every, factor: s.factor };
    case 'exponential':
      return { kind: 'exponential', gamma: s.gamma };
    case 'inverseTime':
      return { kind: 'inverseTime', k: s.k };
    case 'cosine':
      return { kind: 'cosine', totalSteps: s.steps, minLr };
    case 'warmup': {
      const warmupSteps = Math.min(s.warmup, s.steps - 1);
      return { kind: 'warmup', warmupSteps, then: { kind: 'cosine', totalSteps: Math.max(1, s.steps - warmupSteps), minLr } };
    }
  }
}

/** α_t for t = 0 … steps − 1: the rate each of the run's steps uses. */
export function rateCurve(schedule: Schedule, lr: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  for (let t = 0; t < steps; t++) out[t] = learningRateAt(schedule, lr, t);
  return out;
}

/** The two racers' order in the worker's answer. */
export const SCHEDULED = 0;
export const CONSTANT = 1;

/** The race seeds in [0, 2³¹]; the link's seed is in [0, 2³²), so it is folded into range
 *  (two seeds 2³¹ apart replay the same batches, which no reader will meet). */
export const raceSeed = (seed: number): number => seed % 2 ** 31;

/** Two SGD runs from the same start on the same batches: the schedule's, then a constant α₀. */
export function schedulesRaceInput(s: SchedulesState): OptimizerRaceInput {
  const sgd = { name: 'sgd', config: { lr: s.lr } } as const;
  return {
    problem: { kind: 'minibatch', batchSize: s.batch, seed: raceSeed(s.seed) },
    start: SCHEDULES_START,
    racers: [
      { optimizer: sgd, schedule: scheduleOf(s) },
      { optimizer: sgd, schedule: { kind: 'constant' } },
    ],
    steps: s.steps,
  };
}

export interface Spread {
  /** The mean of the window's points. */
  readonly mean: Vec2;
  /** RMS distance of the window's points from their mean: √(mean ‖p − p̄‖²). */
  readonly rms: number;
  /** The window's first index and how many points it holds. */
  readonly from: number;
  readonly count: number;
}

/**
 * The spread of a path's last `window` points (flat [x0, y0, x1, y1, …]): the RMS distance from
 * their own mean, so it measures the jitter of the steps, not how far the run is from the
 * optimum (the final loss says that). Null when a point in the window is not finite.
 */
export function lastSpread(points: ArrayLike<number>, window = SPREAD_WINDOW): Spread | null {
  const total = Math.floor(points.length / 2);
  const count = Math.min(window, total);
  if (count === 0) return null;
  const from = total - count;
  let mx = 0, my = 0;
  for (let t = from; t < total; t++) {
    mx += points[2 * t];
    my += points[2 * t + 1];
  }
  mx /= count;
  my /= count;
  let sq = 0;
  for (let t = from; t < total; t++) {
    const dx = points[2 * t] - mx, dy = points[2 * t + 1] - my;
    sq += dx * dx + dy * dy;
  }
  const rms = Math.sqrt(sq / count);
  if (!Number.isFinite(rms)) return null;
  return { mean: [mx, my], rms, from, count };
}
