/**
 * The tuned racer's step t with its numbers, by replaying the same optimizer on the main thread:
 * the core's createOptimizer with the racer's config and schedule, on the same problem the
 * worker built (the core surface through surfaceProblem, or the noisy line's seeded
 * mini-batches through modelProblem), stepped exactly as the core's train() steps it. Two
 * parameters make this cheap: 5,000 steps take well under a millisecond.
 *
 * Beside the core's optimizer a tracker (stepTracker.ts) follows the state the core keeps
 * private (velocity, moments) and prints the step; `agrees` says whether its point after every
 * step was the core's, bit for bit.
 */
import { createOptimizer, learningRateAt, linearRegression, makeNoisyLine, modelProblem, surfaceProblem, type Optimizer, type TrainingProblem } from '../../../core';
import { RACE_NOISY_LINE } from '../../../worker/tasks/raceNoisyLine';
import { makeRaceSurface, racerConfig, racerSchedule } from '../raceProblem';
import type { RaceState, RacerName } from '../raceSchema';
import { lbfgsLines, newtonLines } from './secondOrderStep';
import type { Pair } from './stepFormat';
import { trackerFor, type StepTracker } from './stepTracker';

export interface ReplayedStep {
  /** The step's index: it goes from the point after t steps to the point after t + 1. */
  readonly t: number;
  /** The point after t steps, replayed. */
  readonly point: Pair;
  /** The gradient there (on the noisy line: the mini-batch's). */
  readonly gradient: Pair;
  /** The learning rate of this step, α_t (the schedule's, by the core's learningRateAt). */
  readonly lr: number;
  /** The update with the numbers substituted, one line each. */
  readonly lines: readonly string[];
  /** The core's point after the step. */
  readonly next: Pair;
  /** Whether the printed arithmetic gave the core's point after every step, bit for bit. */
  readonly agrees: boolean;
}

/** The problem the worker's racer trains on, from the same start. */
export function replayProblem(state: RaceState, start: Pair): TrainingProblem {
  if (state.surface === 'noisyLine') {
    return modelProblem(linearRegression({ inputs: 1, initial: [start[0], start[1]] }), makeNoisyLine(RACE_NOISY_LINE), { batchSize: state.batch, seed: state.seed });
  }
  return surfaceProblem(makeRaceSurface(state), start);
}

const pair = (a: Float64Array): Pair => [a[0], a[1]];

/** Replays `name` from `start` for t steps and prints step t. Throws the core's errors for a bad config. */
export function replayStep(state: RaceState, name: RacerName, start: Pair, t: number): ReplayedStep {
  if (!Number.isInteger(t) || t < 0) throw new RangeError(`replayStep: t must be a whole number ≥ 0, got ${t}`);
  const problem = replayProblem(state, start);
  const optimizer: Optimizer = createOptimizer(name, racerConfig(state, name));
  const schedule = racerSchedule(state, name);
  const baseLr = (optimizer.config as { lr?: number }).lr ?? 1;
  const constant = schedule.kind === 'constant';
  const tracker: StepTracker | null = name === 'newton' || name === 'lbfgs' ? null : trackerFor(name, optimizer.config);
  const { values: w, grads: g } = problem;
  let agrees = true;
  for (let s = 0; ; s++) {
    problem.lossAndGrad();
    const lr = constant ? baseLr : learningRateAt(schedule, baseLr, s);
    const point = pair(w), gradient = pair(g);
    const hessian = s === t && name === 'newton' ? hessianAt(problem, w) : null;
    const shown = tracker?.advance(point, gradient, lr) ?? null;
    optimizer.step(w, g, constant ? undefined : lr, problem.objective);
    const next = pair(w);
    if (shown && !(Object.is(shown.w[0], next[0]) && Object.is(shown.w[1], next[1]))) agrees = false;
    if (s < t) continue;
    const lines = shown
      ? shown.print()
      : hessian
        ? newtonLines(hessian, point, gradient, lr, next)
        : lbfgsLines((optimizer.config as { history?: number }).history ?? 10, point, gradient, next);
    return { t, point, gradient, lr, lines, next, agrees };
  }
}

function hessianAt(problem: TrainingProblem, w: Float64Array): number[] {
  const out = new Float64Array(4);
  if (!problem.objective.hessian) throw new RangeError('replayStep: Newton needs the surface’s Hessian, and this problem has none');
  problem.objective.hessian(w, out);
  return Array.from(out);
}
