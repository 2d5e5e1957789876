/**
 * hyperparameterSearch: short trainings of one polynomial, one per trial (log₁₀ learning rate,
 * log₁₀ λ), each scored by its validation MSE, for the hyperparameter-search widget.
 *
 * Every trial starts from the zero polynomial and takes `epochs` full-batch steps of plain
 * gradient descent (the core's sgd) on the training MSE plus the L2 penalty ½λΣ_{j≥1} w_j²
 * (polynomialObjective with { l1: 0, l2: λ }). Its score is the validation MSE where training
 * ended. A run counts as diverged when its training objective stops being finite, grows past
 * DIVERGENCE_FACTOR × its start, or ends above where it started (gradient descent below the
 * stability limit never ends above its start on a quadratic): its score is Infinity.
 *
 * The trials run one by one, with a progress report after each (so points can be drawn as they
 * land) and a checkpoint after each trial and every CHUNK steps inside one, so a cancel is seen
 * at once. The same task, given the cells of a G × G grid of the box, draws the loss map.
 */
import { MAX_POLYNOMIAL_DEGREE, polynomialDesign, polynomialMse, polynomialObjective, RangeError_, sgd, surfaceProblem, train } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireFiniteArray, requireIntegerIn, requireRecord, requireSplitPoints } from './validate';

export const HYPERPARAMETER_MAX_TRIALS = 1_024;
export const HYPERPARAMETER_MAX_EPOCHS = 5_000;
export const HYPERPARAMETER_MAX_POINTS = 200;
/** log₁₀ α ≤ 1: the core's optimizers accept rates up to 10. */
export const LOG_LR_RANGE: readonly [number, number] = [-8, 1];
export const LOG_LAMBDA_RANGE: readonly [number, number] = [-12, 2];
/** A training objective above this multiple of (its start + 1) ends the run as diverged. */
export const DIVERGENCE_FACTOR = 1e6;
/** Steps between checkpoints inside one trial. */
const CHUNK = 250;

export interface HyperparameterSearchInput {
  readonly trainX: readonly number[];
  readonly trainY: readonly number[];
  readonly validationX: readonly number[];
  readonly validationY: readonly number[];
  readonly degree: number;
  /** Full-batch gradient steps per trial. */
  readonly epochs: number;
  /** Trial i trains with α = 10^logLr[i] and λ = 10^logLambda[i]. */
  readonly logLr: readonly number[];
  readonly logLambda: readonly number[];
}

export interface HyperparameterSearchProgress {
  /** Trials finished so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** The trial that just finished (done − 1) and its score (Infinity: diverged). */
  readonly index: number;
  readonly score: number;
  /** The scores of trials 0 … done − 1 (a copy). */
  readonly scores: Float64Array;
}

export interface HyperparameterSearchOutput {
  /** Trials finished: all of them, or fewer when stopped. */
  readonly done: number;
  /** scores[i]: trial i's validation MSE after training, Infinity if it diverged (length done). */
  readonly scores: Float64Array;
  /** trainLosses[i]: its training MSE (without the penalty), Infinity if it diverged. */
  readonly trainLosses: Float64Array;
  readonly stop: 'completed' | 'cancelled';
}

interface Problem {
  readonly phi: Float64Array;
  readonly tx: ArrayLike<number>;
  readonly ty: ArrayLike<number>;
  readonly vx: ArrayLike<number>;
  readonly vy: ArrayLike<number>;
  readonly degree: number;
  readonly epochs: number;
}

/** One trial, with checkpoints every CHUNK steps: its validation and training MSE, or Infinity twice. */
function* trial(pb: Problem, logLr: number, logLambda: number, shouldStop: () => boolean): Generator<void, readonly [number, number] | null, void> {
  const p = pb.degree + 1, n = pb.tx.length;
  const objective = polynomialObjective(pb.phi, pb.ty, n, p, { l1: 0, l2: 10 ** logLambda });
  const problem = surfaceProblem(objective, new Array<number>(p).fill(0));
  const start = problem.loss();
  const optimizer = sgd({ lr: 10 ** logLr });
  const limit = DIVERGENCE_FACTOR * (Math.abs(start) + 1);
  let taken = 0;
  while (taken < pb.epochs) {
    const steps = Math.min(CHUNK, pb.epochs - taken);
    const run = train(problem, optimizer, { steps, finalLoss: false, recordLosses: false, divergenceFactor: Infinity, shouldStop });
    taken += run.steps;
    if (run.stop === 'cancelled') return null;
    if (run.stop === 'diverged' || !(run.lastLoss <= limit)) return [Infinity, Infinity];
    if (taken < pb.epochs) yield;
  }
  const end = problem.loss();
  if (!(end <= start)) return [Infinity, Infinity];
  return [polynomialMse(problem.values, pb.vx, pb.vy), polynomialMse(problem.values, pb.tx, pb.ty)];
}

export function* hyperparameterSearch(input: HyperparameterSearchInput, ctx: TaskContext<HyperparameterSearchProgress>): TaskGenerator<HyperparameterSearchOutput> {
  const op = 'hyperparameterSearch';
  const o = requireRecord(op, 'input', input);
  const { tx, ty, vx, vy } = requireSplitPoints(op, o, HYPERPARAMETER_MAX_POINTS);
  const degree = requireIntegerIn(op, 'degree', o.degree, 0, MAX_POLYNOMIAL_DEGREE);
  const epochs = requireIntegerIn(op, 'epochs', o.epochs, 1, HYPERPARAMETER_MAX_EPOCHS);
  const logLr = requireFiniteArray(op, 'logLr', o.logLr, 1);
  const logLambda = requireFiniteArray(op, 'logLambda', o.logLambda, 1);
  if (logLr.length !== logLambda.length) throw new RangeError_(op, `logLr and logLambda must have the same length, got ${logLr.length} and ${logLambda.length}`);
  if (logLr.length > HYPERPARAMETER_MAX_TRIALS) throw new RangeError_(op, `at most ${HYPERPARAMETER_MAX_TRIALS} trials, got ${logLr.length}`);
  for (let i = 0; i < logLr.length; i++) {
    if (!(logLr[i] >= LOG_LR_RANGE[0] && logLr[i] <= LOG_LR_RANGE[1])) throw new RangeError_(op, `logLr[${i}] must be in [${LOG_LR_RANGE[0]}, ${LOG_LR_RANGE[1]}], got ${logLr[i]}`);
    if (!(logLambda[i] >= LOG_LAMBDA_RANGE[0] && logLambda[i] <= LOG_LAMBDA_RANGE[1])) {
      throw new RangeError_(op, `logLambda[${i}] must be in [${LOG_LAMBDA_RANGE[0]}, ${LOG_LAMBDA_RANGE[1]}], got ${logLambda[i]}`);
    }
  }

  const pb: Problem = { phi: polynomialDesign(tx, degree), tx, ty, vx, vy, degree, epochs };
  const total = logLr.length;
  const scores = new Float64Array(total), trainLosses = new Float64Array(total);
  let done = 0;
  while (done < total) {
    if (ctx.shouldStop()) break;
    const result = yield* trial(pb, logLr[done], logLambda[done], () => ctx.shouldStop());
    if (result === null) break;
    [scores[done], trainLosses[done]] = result;
    done++;
    ctx.progress({ done, total, index: done - 1, score: scores[done - 1], scores: scores.slice(0, done) });
    if (done < total) yield;
  }
  return { done, scores: scores.slice(0, done), trainLosses: trainLosses.slice(0, done), stop: done === total ? 'completed' : 'cancelled' };
}
