/**
 * earlyStopping: a polynomial of the given degree trained by Adam on the training points, with
 * its training and validation MSE recorded along the way, for the overfitting widget. The
 * closed-form fit of the same polynomial is where this run is heading; early stopping is
 * stopping it at the epoch whose validation error is lowest instead.
 *
 * Every epoch is one full-batch step (the sets are a few dozen points). The curves are sampled
 * at about CURVE_POINTS epochs spread evenly on a log scale, which is how the widget draws
 * them, and the best validation epoch is found from every epoch, not only the sampled ones.
 *
 * "Best" counts an epoch only if it beats the best so far by MIN_IMPROVEMENT (relative), as a
 * practical early stopper's min_delta does. Without it, the epoch picked on a long, nearly flat
 * valley of the validation curve would hang on the last bits of float64: Chromium's and Node's
 * Math.pow differ in the last place (Adam's bias correction uses it), and that alone moved the
 * picked epoch from 4,324 to 4,320 between the build and the page.
 * Each epoch is one Adam step taken directly (not through `train`, whose per-call setup cost
 * more than the step). A checkpoint every CHUNK epochs keeps a slice short.
 */
import { adam, NO_PENALTY, polynomialDesign, polynomialMse, polynomialObjective, RangeError_, surfaceProblem } from '../../core';
import { MAX_POLYNOMIAL_DEGREE } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireNumber, requireRecord, requireSplitPoints } from './validate';

export const EARLY_STOPPING_MAX_EPOCHS = 50_000;
export const EARLY_STOPPING_MAX_POINTS = 200;
const CURVE_POINTS = 160;
const CHUNK = 500;
/** An epoch is a new best only if its validation error is this much (relatively) lower. */
export const MIN_IMPROVEMENT = 1e-4;

export interface EarlyStoppingInput {
  readonly trainX: readonly number[];
  readonly trainY: readonly number[];
  readonly validationX: readonly number[];
  readonly validationY: readonly number[];
  readonly degree: number;
  readonly epochs: number;
  /** Adam's learning rate. */
  readonly lr: number;
}

export interface EarlyStoppingOutput {
  /** The epochs at which the curves were sampled (0 = the initial zero polynomial). */
  readonly epochs: Float64Array;
  readonly train: Float64Array;
  readonly validation: Float64Array;
  /** The epoch early stopping keeps: the last one to lower the validation MSE by more than
   *  MIN_IMPROVEMENT; its validation and training MSE, and its weights. */
  readonly best: { readonly epoch: number; readonly validation: number; readonly train: number; readonly w: Float64Array };
  /** The weights after the last epoch. */
  readonly final: Float64Array;
  /** The epoch whose loss stopped being finite, or null. */
  readonly divergedAt: number | null;
}

/** Epochs 0, 1, … up to `epochs`, about `count` of them evenly spaced in log(1 + epoch). */
export function logSpacedEpochs(epochs: number, count: number): number[] {
  const out = new Set<number>([0]);
  const top = Math.log(1 + epochs);
  for (let k = 1; k <= count; k++) out.add(Math.round(Math.exp((top * k) / count) - 1));
  out.add(epochs);
  return [...out].sort((a, b) => a - b);
}

export function* earlyStopping(input: EarlyStoppingInput, _ctx: TaskContext<never>): TaskGenerator<EarlyStoppingOutput> {
  const op = 'earlyStopping';
  const o = requireRecord(op, 'input', input);
  const { tx, ty, vx, vy } = requireSplitPoints(op, o, EARLY_STOPPING_MAX_POINTS);
  const degree = requireIntegerIn(op, 'degree', o.degree, 0, MAX_POLYNOMIAL_DEGREE);
  const epochs = requireIntegerIn(op, 'epochs', o.epochs, 1, EARLY_STOPPING_MAX_EPOCHS);
  const lr = requireNumber(op, 'lr', o.lr);
  if (!(lr > 0 && lr <= 1)) throw new RangeError_(op, `lr must be in (0, 1], got ${lr}`);

  const p = degree + 1, n = tx.length;
  const phi = polynomialDesign(tx, degree);
  const problem = surfaceProblem(polynomialObjective(phi, ty, n, p, NO_PENALTY), new Array<number>(p).fill(0));
  const optimizer = adam({ lr });
  const samples = logSpacedEpochs(epochs, CURVE_POINTS);
  const at = { epochs: [] as number[], train: [] as number[], validation: [] as number[] };
  let best = { epoch: 0, validation: Infinity, train: Infinity, w: new Float64Array(p) };
  let next = 0, divergedAt: number | null = null;
  // listing: stop
  const w = problem.values;
  for (let epoch = 0; epoch <= epochs; epoch++) {
    if (epoch > 0) {
      problem.lossAndGrad();
      optimizer.step(w, problem.grads);
    }
    const validation = polynomialMse(w, vx, vy);
    if (!Number.isFinite(validation)) { divergedAt = epoch; break; }
    const record = samples[next] === epoch;
    const improved = validation < best.validation * (1 - MIN_IMPROVEMENT);
    if (improved || record) {
      const trainMse = polynomialMse(w, tx, ty);
      if (improved) best = { epoch, validation, train: trainMse, w: Float64Array.from(w) };
      if (record) {
        at.epochs.push(epoch); at.train.push(trainMse); at.validation.push(validation);
        next++;
      }
    }
    if (epoch % CHUNK === CHUNK - 1) yield;
  }
  // listing: end
  return {
    epochs: Float64Array.from(at.epochs),
    train: Float64Array.from(at.train),
    validation: Float64Array.from(at.validation),
    best,
    final: Float64Array.from(w),
    divergedAt,
  };
}
