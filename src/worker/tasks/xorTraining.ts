/**
 * xorTraining: a 2 → H → 1 network (H = 2, 3 or 4 hidden units, tanh or sigmoid, a sigmoid
 * output read by binary cross-entropy) trained by plain full-batch gradient descent on the four
 * XOR points, for the chapter on backpropagation.
 *
 * The forward and backward passes are written out by hand over Float64Arrays, not traced by the
 * core's autodiff: the network is tiny, the chapter prints the backward pass as its listing,
 * and the tests hold it to central differences and to the core's mlp on the same weights.
 * Parameters are flat, in the core mlp's order, so `mlp({ sizes: [2, H, 1], initial: w })`
 * is the same network:
 *   W1 (2 × H, input rows, unit columns: W1[i·H + j]), b1 (H), W2 (H), b2 (1): 4H + 1 numbers.
 * Every parameter, biases included, starts as a standard normal draw from the seed: zero
 * biases put the point (0, 0) at the middle of every tanh unit, and most H = 2 runs then stall.
 *
 * The output: the loss after every step, the weights at a few dozen steps (denser early, where
 * the picture changes most), when all four points became right for good, and what became of
 * the run (solved, stuck on a plateau, still going, or diverged), so the widget says so.
 * A few milliseconds per run at the largest size: no progress reports, a checkpoint every 500 steps.
 */
import { createRng, lookupName, RangeError_ } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireNumber, requireRecord } from './validate';

export const XOR_ACTIVATIONS = ['tanh', 'sigmoid'] as const;
export type XorActivation = (typeof XOR_ACTIVATIONS)[number];
export const XOR_HIDDEN_SIZES = [2, 3, 4] as const;
export const XOR_MAX_STEPS = 20_000;
/** Snapshots of the weights a run returns, at most (step 0 and the last step included). */
export const XOR_MAX_SNAPSHOTS = 200;
/** Learning rates the task accepts. */
export const XOR_LR_RANGE: readonly [number, number] = [1e-4, 1e3];

/** The four XOR points, row-major (x₁, x₂), and their labels: 1 where x₁ ≠ x₂. */
export const XOR_X: readonly number[] = [0, 0, 0, 1, 1, 0, 1, 1];
export const XOR_Y: readonly number[] = [0, 1, 1, 0];
export const XOR_POINTS = 4;

/** How a run ended. */
export type XorOutcome = 'solved' | 'stuck' | 'slow' | 'diverged';

export interface XorTrainingInput {
  /** Hidden units: 2, 3 or 4. */
  readonly hidden: number;
  readonly activation: XorActivation;
  readonly lr: number;
  /** Draws the initial weights. */
  readonly seed: number;
  readonly steps: number;
  /** Weight snapshots wanted (about; steps that round to the same one are kept once). */
  readonly snapshots: number;
}

export interface XorTrainingOutput {
  readonly hidden: number;
  readonly activation: XorActivation;
  /** losses[t]: the mean cross-entropy after t steps, t = 0 … the last step run. */
  readonly losses: Float64Array;
  /** The steps the snapshots were taken at, rising from 0 to the last step run. */
  readonly snapshotSteps: Float64Array;
  /** The parameters at each snapshot, 4H + 1 numbers each, snapshot-major. */
  readonly snapshotWeights: Float64Array;
  /** The first step from which all four points stayed right to the end; null if they never did. */
  readonly allRightStep: number | null;
  /** Points right after the last step. */
  readonly finalRight: number;
  readonly finalLoss: number;
  readonly outcome: XorOutcome;
  /** Where and why it diverged (outcome 'diverged'), else null. */
  readonly divergence: { readonly step: number; readonly reason: string } | null;
}

/** Parameters of a 2 → H → 1 network. */
export const xorParamCount = (hidden: number): number => 4 * hidden + 1;

/** Where each parameter block starts in the flat vector. */
export const xorOffsets = (h: number) => ({ W1: 0, b1: 2 * h, W2: 3 * h, b2: 4 * h });

const ACTS: Readonly<Record<XorActivation, { f: (z: number) => number; /** f′ from f's value */ df: (a: number) => number }>> = {
  tanh: { f: Math.tanh, df: (a) => 1 - a * a },
  sigmoid: { f: (z) => 1 / (1 + Math.exp(-z)), df: (a) => a * (1 - a) },
};

/** The hidden activation function by name. */
export const xorActivation = (name: XorActivation): ((z: number) => number) => ACTS[name].f;

/** Every parameter a standard normal draw from the seed, in the flat order above. */
export function xorInitialWeights(hidden: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: xorParamCount(hidden) }, () => rng.normal());
}

/** ln(1 + eᶻ) without overflow: the cross-entropy of a logit z against label 0. */
export const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/** The network's hidden values (into `h`, length H) at (x₁, x₂); returns the output logit. */
export function xorForward(w: ArrayLike<number>, hidden: number, act: (z: number) => number, x1: number, x2: number, h: Float64Array): number {
  const o = xorOffsets(hidden);
  let z = w[o.b2];
  for (let j = 0; j < hidden; j++) {
    h[j] = act(x1 * w[o.W1 + j] + x2 * w[o.W1 + hidden + j] + w[o.b1 + j]);
    z += h[j] * w[o.W2 + j];
  }
  return z;
}

export interface XorEvaluation {
  /** Mean cross-entropy on the four points. */
  readonly loss: number;
  /** Points on the right side of the output's boundary (logit > 0 means class 1). */
  readonly right: number;
}

/**
 * The mean cross-entropy on the four points and, into `grad` (same length as `w`), its gradient:
 * one forward pass and one backward pass, by hand.
 */
// listing: backward
export function xorLossAndGradient(w: ArrayLike<number>, hidden: number, activation: XorActivation, grad: Float64Array): XorEvaluation {
  const { f, df } = ACTS[activation];
  const o = xorOffsets(hidden);
  const h = new Float64Array(hidden);
  grad.fill(0);
  let loss = 0, right = 0;
  for (let i = 0; i < XOR_POINTS; i++) {
    const x1 = XOR_X[2 * i], x2 = XOR_X[2 * i + 1], y = XOR_Y[i];
    // forward: hᵢ = f(x·W1 + b1), z = h·W2 + b2, p = σ(z)
    const z = xorForward(w, hidden, f, x1, x2, h);
    loss += (softplus(z) - y * z) / XOR_POINTS; // −y ln p − (1 − y) ln(1 − p)
    if ((z > 0 ? 1 : 0) === y) right++;
    // backward: ∂loss/∂z = (p − y)/n, the sigmoid and the cross-entropy together
    const dz = (1 / (1 + Math.exp(-z)) - y) / XOR_POINTS;
    grad[o.b2] += dz;
    for (let j = 0; j < hidden; j++) {
      grad[o.W2 + j] += dz * h[j];
      const dPre = dz * w[o.W2 + j] * df(h[j]); // through W2, then through f
      grad[o.W1 + j] += dPre * x1;
      grad[o.W1 + hidden + j] += dPre * x2;
      grad[o.b1 + j] += dPre;
    }
  }
  return { loss, right };
}
// listing: end

/**
 * The steps to snapshot: 0, then `count` − 1 steps spaced evenly in log(step) from 1 to `steps`
 * (the first few dozen steps change the picture most), each kept once.
 */
export function snapshotSchedule(steps: number, count: number): number[] {
  const out = [0];
  const k = Math.max(2, count - 1); // steps 1 … `steps`, evenly in log
  for (let i = 0; i < k; i++) {
    const s = Math.min(steps, Math.max(1, Math.round(steps ** (i / (k - 1)))));
    if (s > out[out.length - 1]) out.push(s);
  }
  if (out[out.length - 1] !== steps) out.push(steps);
  return out;
}

/** The stretch of the run's end looked at to call a run flat or unstable. */
const END_SHARE = 0.25;
/** Flat: the loss over that stretch changed by less than this share of itself (1 %). */
const PLATEAU_TOLERANCE = 0.01;
/** Unstable: the loss went up in more than this share of that stretch's steps. */
const RISING_SHARE = 0.1;

/**
 * What became of a run whose numbers stayed finite: solved (all four right at the end);
 * diverged (not solved, and the loss ended above where it started, or kept going up and down
 * at the end: steps too large, overshooting); stuck (not solved, and the loss over the last
 * quarter of the steps changed by less than 1 % of itself: a plateau, where more steps barely help); or
 * slow (not solved, still falling).
 */
export function classifyRun(losses: ArrayLike<number>, finalRight: number): { outcome: XorOutcome; reason: string | null } {
  if (finalRight === XOR_POINTS) return { outcome: 'solved', reason: null };
  const last = losses.length - 1;
  const from = Math.max(0, Math.floor(last * (1 - END_SHARE)));
  if (losses[last] > losses[0]) return { outcome: 'diverged', reason: `the loss ended at ${losses[last].toFixed(3)}, above the ${losses[0].toFixed(3)} it started at` };
  let rises = 0;
  for (let t = from + 1; t <= last; t++) if (losses[t] > losses[t - 1]) rises++;
  if (last > from && rises > RISING_SHARE * (last - from)) return { outcome: 'diverged', reason: `the loss went up in ${rises} of the last ${last - from} steps` };
  const change = Math.abs(losses[from] - losses[last]);
  return { outcome: change <= PLATEAU_TOLERANCE * Math.max(losses[last], 1e-12) ? 'stuck' : 'slow', reason: null };
}

function checkInput(input: XorTrainingInput) {
  const op = 'xorTraining';
  const o = requireRecord(op, 'input', input);
  const hidden = requireIntegerIn(op, 'hidden', o.hidden, XOR_HIDDEN_SIZES[0], XOR_HIDDEN_SIZES[XOR_HIDDEN_SIZES.length - 1]);
  const activation = lookupName(op, { tanh: 'tanh', sigmoid: 'sigmoid' } as const, String(o.activation));
  const lr = requireNumber(op, 'lr', o.lr);
  if (!(lr >= XOR_LR_RANGE[0] && lr <= XOR_LR_RANGE[1])) throw new RangeError_(op, `lr must be in [${XOR_LR_RANGE[0]}, ${XOR_LR_RANGE[1]}], got ${lr}`);
  const seed = requireIntegerIn(op, 'seed', o.seed, 0, 2 ** 32 - 1);
  const steps = requireIntegerIn(op, 'steps', o.steps, 1, XOR_MAX_STEPS);
  const snapshots = requireIntegerIn(op, 'snapshots', o.snapshots, 2, XOR_MAX_SNAPSHOTS);
  return { hidden, activation, lr, seed, steps, snapshots };
}

/** Steps between checkpoints: a cancelled run stops within a fraction of a millisecond. */
const CHUNK = 500;

/** The run, pausing every CHUNK steps (the task). */
function* runXor(input: XorTrainingInput): TaskGenerator<XorTrainingOutput> {
  const { hidden, activation, lr, seed, steps, snapshots } = checkInput(input);
  const w = xorInitialWeights(hidden, seed);
  const grad = new Float64Array(w.length);
  const schedule = snapshotSchedule(steps, snapshots);
  const losses = new Float64Array(steps + 1);
  const snapSteps: number[] = [], snapWeights: number[] = [];
  let allRightStep: number | null = null, right: number, divergence: XorTrainingOutput['divergence'] = null, t = 0, next = 0;
  for (;; t++) {
    const e = xorLossAndGradient(w, hidden, activation, grad);
    losses[t] = e.loss;
    right = e.right;
    if (right === XOR_POINTS) allRightStep ??= t;
    else allRightStep = null;
    if (!(Number.isFinite(e.loss) && w.every(Number.isFinite))) divergence = { step: t, reason: 'the loss or a weight stopped being finite' };
    const last = t === steps || divergence !== null;
    if (t === schedule[next] || last) {
      snapSteps.push(t);
      snapWeights.push(...w);
      while (schedule[next] <= t) next++;
    }
    if (last) break;
    for (let k = 0; k < w.length; k++) w[k] -= lr * grad[k];
    if ((t + 1) % CHUNK === 0) yield;
  }
  const kept = losses.slice(0, t + 1);
  const ending = divergence ? { outcome: 'diverged' as const, reason: divergence.reason } : classifyRun(kept, right);
  return {
    hidden,
    activation,
    losses: kept,
    snapshotSteps: Float64Array.from(snapSteps),
    snapshotWeights: Float64Array.from(snapWeights),
    allRightStep: ending.outcome === 'solved' ? allRightStep : null,
    finalRight: right,
    finalLoss: kept[t],
    outcome: ending.outcome,
    divergence: ending.outcome === 'diverged' ? (divergence ?? { step: t, reason: ending.reason ?? '' }) : null,
  };
}

/** The whole run at once, on the calling thread (tests; runTaskSync does the same through the registry). */
export function trainXor(input: XorTrainingInput): XorTrainingOutput {
  const run = runXor(input);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

export function xorTraining(input: XorTrainingInput, _ctx: TaskContext<never>): TaskGenerator<XorTrainingOutput> {
  return runXor(input);
}
