/**
 * The training driver: N steps of any optimizer on any problem, returning a compact
 * trajectory (loss per step, the parameters when asked, validation losses), stopping at the
 * first sign of divergence and naming the step, and stopping early when the caller says so
 * (the worker cancels this way). Per step it allocates nothing.
 *
 * Training in chunks (repeated calls on the same problem and optimizer, as the worker does to
 * stay cancellable) continues exactly where the last call stopped. Such a caller can skip what
 * it does not use: `finalLoss: false` saves the forward pass at the end of each call (the next
 * call's first step evaluates there anyway), `recordLosses: false` the losses array.
 */
import { readableNumber } from '../numberText';
import { requireInRange, requireInteger } from '../errors';
import type { Optimizer } from '../optim/optimizer';
import { learningRateAt, type Schedule, validateSchedule } from '../optim/schedules';
import type { TrainingProblem } from './problem';

export interface TrainOptions {
  steps: number;
  /** Learning-rate schedule around the optimizer's configured rate (default: constant). */
  schedule?: Schedule;
  /** Decoupled weight decay λ: after each step w ← w − α_t·λ·w on the weights. */
  weightDecay?: number;
  /** Keep the parameters after every step, for drawing a path (default false). */
  recordParams?: boolean;
  /** Keep the loss after every step in `losses` (default true; false: `losses` is empty and
   *  only `lastLoss` tells the loss). */
  recordLosses?: boolean;
  /** Evaluate the loss where training ended (default true). False saves one forward pass per
   *  call: `losses` then ends one entry early (it has `steps` entries, losses[t] for t < steps),
   *  and a divergence at that last point is caught by the next call's first step instead. */
  finalLoss?: boolean;
  /** Compute the validation loss every this many steps (default 0: never). */
  validateEvery?: number;
  /** A loss above this multiple of (|first loss| + 1) counts as diverged (default 1e8;
   *  Infinity: only NaN or Infinity count). */
  divergenceFactor?: number;
  /** Asked before every step; returning true ends training (cancellation). */
  shouldStop?: () => boolean;
  /** Called every `progressEvery` steps with the steps done so far (views, not copies). */
  onProgress?: (t: Trajectory) => void;
  progressEvery?: number;
}

export type StopReason = 'completed' | 'diverged' | 'cancelled';

export interface Divergence {
  /** The step whose result was not finite (or exploded); step 0 is the starting point. */
  step: number;
  reason: string;
}

export interface Trajectory {
  /** Steps actually taken. */
  steps: number;
  /**
   * losses[t] is the loss at the parameters after t steps (t = 0 … steps): what lossAndGrad()
   * returned before step t + 1 (on a mini-batch problem, on that step's batch), and at the end
   * problem.loss() (on the batch a next step would use). Empty with recordLosses: false; no
   * entry for t = steps with finalLoss: false.
   */
  losses: Float64Array;
  /** The last loss evaluated (losses' last entry when they are recorded); NaN if none was. */
  lastLoss: number;
  /** Row-major (steps + 1) × dim parameters, if recorded. */
  params: Float64Array | null;
  dim: number;
  /** validation[k] is the validation loss after validationSteps[k] steps. */
  validation: Float64Array;
  validationSteps: Uint32Array;
  stop: StopReason;
  divergence: Divergence | null;
}

/** params[at …] ← w. set() is a native call, which costs more than a short loop (a surface's 2). */
function recordPoint(params: Float64Array, w: Float64Array, at: number): void {
  if (w.length > 16) params.set(w, at);
  else for (let i = 0; i < w.length; i++) params[at + i] = w[i];
}

function firstNonFinite(xs: Float64Array): number {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i])) return i;
  return -1;
}

export function train(problem: TrainingProblem, optimizer: Optimizer, options: TrainOptions): Trajectory {
  const op = 'train';
  const steps = requireInteger(op, 'steps', options.steps, 0, 1e8);
  const schedule = options.schedule ?? { kind: 'constant' };
  validateSchedule(schedule);
  const decay = requireInRange(op, 'weightDecay', options.weightDecay ?? 0, 0, 1e3);
  // Infinity switches the growth test off; non-finite values still count as divergence.
  const factor = options.divergenceFactor === Infinity ? Infinity : requireInRange(op, 'divergenceFactor', options.divergenceFactor ?? 1e8, 1, 1e300);
  const validateEvery = requireInteger(op, 'validateEvery', options.validateEvery ?? 0, 0, 1e8);
  const progressEvery = requireInteger(op, 'progressEvery', options.progressEvery ?? 0, 0, 1e8);
  const { values: w, grads: g, decayMask } = problem;
  const dim = w.length;
  const record = options.recordParams ?? false;
  const keepLosses = options.recordLosses ?? true;
  const evaluateEnd = options.finalLoss ?? true;
  const baseLr = (optimizer.config as { lr?: number }).lr ?? 1;
  const constantLr = schedule.kind === 'constant';
  // Read once: a 2-D surface's step costs tens of nanoseconds, so the loop touches no option.
  const { shouldStop, onProgress } = options;

  const losses = new Float64Array(keepLosses ? steps + 1 : 0);
  let lastLoss = NaN;
  const params = record ? new Float64Array((steps + 1) * dim) : null;
  const nVal = problem.validationLoss && validateEvery > 0 ? Math.floor(steps / validateEvery) + 1 : 0;
  const validation = new Float64Array(nVal);
  const validationSteps = new Uint32Array(nVal);
  let nv = 0;

  // `evaluated` is how many points have a loss: t + 1, or t when the end was not evaluated.
  const result = (t: number, evaluated: number, stop: StopReason, divergence: Divergence | null): Trajectory => ({
    steps: t,
    losses: losses.subarray(0, keepLosses ? evaluated : 0),
    lastLoss,
    params: params ? params.subarray(0, (t + 1) * dim) : null,
    dim,
    validation: validation.subarray(0, nv),
    validationSteps: validationSteps.subarray(0, nv),
    stop,
    divergence,
  });

  let threshold = Infinity;
  for (let t = 0; ; t++) {
    // Evaluate at the parameters after t steps: the loss recorded for t, and the gradient for
    // step t + 1 unless this is the last point (then a forward pass is enough).
    const last = t === steps || (shouldStop !== undefined && shouldStop());
    if (params) recordPoint(params, w, t * dim);
    if (last && !evaluateEnd) {
      // Nothing evaluated here (nor the validation loss): only the parameters are checked.
      const badParam = firstNonFinite(w);
      if (badParam >= 0) return result(t, t, 'diverged', { step: t, reason: `parameter ${badParam} is ${w[badParam]}` });
      if (progressEvery > 0 && t > 0 && t % progressEvery === 0) onProgress?.(result(t, t, 'completed', null));
      return result(t, t, t === steps ? 'completed' : 'cancelled', null);
    }
    const loss = last ? problem.loss() : problem.lossAndGrad();
    lastLoss = loss;
    if (keepLosses) losses[t] = loss;
    if (t === 0) threshold = factor * (Math.abs(loss) + 1);
    const badParam = firstNonFinite(w);
    if (badParam >= 0 || !Number.isFinite(loss) || loss > threshold) {
      const reason = badParam >= 0
        ? `parameter ${badParam} is ${w[badParam]}`
        : Number.isFinite(loss) ? `loss ${readableNumber(loss)} exceeded ${readableNumber(factor)} × the starting loss` : `loss is ${loss}`;
      return result(t, t + 1, 'diverged', { step: t, reason });
    }
    if (nv < nVal && t % validateEvery === 0 && problem.validationLoss) {
      validation[nv] = problem.validationLoss();
      validationSteps[nv++] = t;
    }
    if (progressEvery > 0 && t > 0 && t % progressEvery === 0) onProgress?.(result(t, t + 1, 'completed', null));
    if (last) return result(t, t + 1, t === steps ? 'completed' : 'cancelled', null);

    // At a constant rate the optimizer uses its own (validated) lr: no override to check.
    const lr = constantLr ? baseLr : learningRateAt(schedule, baseLr, t);
    optimizer.step(w, g, constantLr ? undefined : lr, problem.objective);
    if (decay > 0) {
      const s = lr * decay;
      if (decayMask) {
        for (let i = 0; i < dim; i++) if (decayMask[i] === 1) w[i] -= s * w[i];
      } else {
        for (let i = 0; i < dim; i++) w[i] -= s * w[i];
      }
    }
  }
}
