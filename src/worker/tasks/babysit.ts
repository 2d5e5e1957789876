/**
 * babysit: one training run of a small softmax classifier watched as it goes, CS231n's
 * "babysitting the learning process", for the chapter on generalization.
 *
 * The network is an MLP 2 → 32 → 32 → 3 (ReLU, softmax cross-entropy, He initial weights with
 * the last layer's scaled by 0.1 so the first scores are near zero and the first loss near
 * ln 3), trained by SGD or SGD with momentum in seeded mini-batches on a fixed 3-class spiral
 * (600 points drawn once: 300 for training, 300 for validation), with an optional L2 penalty.
 *
 * Three modes:
 * - 'train' runs steps from → to, reporting after every chunk of BABYSIT_CHUNK steps: the
 *   mini-batch objective of every step, and per chunk the training and validation loss and
 *   accuracy (whole sets, data loss without the penalty) and the update-to-weight ratio
 *   ‖ΔW‖/‖W‖ of W1, W2 and W3 over the chunk's last step (W before that step in the
 *   denominator). A run that starts at from > 0 is the same run continued: the task keeps the
 *   last run's live state (model, batches, optimizer) while it waits, and when it has not got
 *   the state at `from` (another run came between, the worker restarted) it replays the run
 *   from the seed to `from` first. Training is deterministic given the settings and the seed,
 *   so both ways give the same numbers, bit for bit (tested). A step whose loss or parameters
 *   stop being finite ends the run, with that step and the reason.
 * - 'initialLoss' reports the loss before any training: data loss, penalty, and ln C.
 * - 'overfit' trains the same network (same initial weights, same rate and momentum) on the
 *   first OVERFIT_EXAMPLES training points, full batch, without a penalty, for OVERFIT_BUDGET
 *   steps: the loss should reach nearly zero and the training accuracy 100 %.
 */
import { accuracy, applyRegularizer, createRng, datasetLoss, mlp, modelProblem, momentum, RangeError_, sgd, train } from '../../core';
import type { Dataset, Divergence, Mlp, Optimizer, Regularizer, TrainingProblem } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireNumber, requireRecord } from './validate';

export const BABYSIT_CLASSES = 3;
export const BABYSIT_SIZES: readonly number[] = [2, 32, 32, BABYSIT_CLASSES];
/** The weight matrices whose update-to-weight ratio is reported, in order. */
export const BABYSIT_LAYERS = ['W1', 'W2', 'W3'] as const;
export const BABYSIT_MAX_STEPS = 3_000;
/** Steps between reports. */
export const BABYSIT_CHUNK = 20;
export const BABYSIT_TRAIN_POINTS = 300;
export const BABYSIT_VALIDATION_POINTS = 300;
/** Learning rates the task accepts: (0, 10], 10 being the core's largest. */
export const BABYSIT_LR_RANGE: readonly [number, number] = [1e-6, 10];
export const BABYSIT_MAX_L2 = 1;
export const BABYSIT_MAX_MOMENTUM = 0.99;
/** The last layer's He weights are multiplied by this (CS231n: small initial scores). */
export const LAST_LAYER_SCALE = 0.1;
export const OVERFIT_EXAMPLES = 20;
export const OVERFIT_BUDGET = 1_000;
export const OVERFIT_THRESHOLD = 0.01;
const OVERFIT_CHUNK = 50;
const POINTS_PER_CLASS = 200;
const ANGLE_NOISE = 0.2;
const DATA_SEED = 7;
const SPLIT_SEED = 3;

export const BABYSIT_MODES = ['train', 'initialLoss', 'overfit'] as const;
export type BabysitMode = (typeof BABYSIT_MODES)[number];

/** What sets a run: the same settings and seed give the same run. */
export interface BabysitSettings {
  readonly lr: number;
  /** Momentum β in [0, 0.99]; 0 is plain SGD. */
  readonly momentum: number;
  /** L2 strength λ of the penalty ½λΣw² on the weights (not the biases). */
  readonly l2: number;
  /** Examples per step, in a seeded shuffle; BABYSIT_TRAIN_POINTS or more is full batch. */
  readonly batchSize: number;
  /** Draws the initial weights and the batch order. */
  readonly seed: number;
}

export interface BabysitInput extends BabysitSettings {
  readonly mode: BabysitMode;
  /** 'train' only: the step to start from (0, or where an earlier part of the run stopped). */
  readonly from?: number;
  /** 'train' only: the step to stop at, from < to ≤ BABYSIT_MAX_STEPS. */
  readonly to?: number;
}

/** One row per report: columns of equal length. */
export interface BabysitChunks {
  /** Steps taken when measured (0 for the start, then every BABYSIT_CHUNK and `to`). */
  readonly step: Float64Array;
  readonly trainLoss: Float64Array;
  readonly validationLoss: Float64Array;
  readonly trainAccuracy: Float64Array;
  readonly validationAccuracy: Float64Array;
  /** ‖ΔW‖/‖W‖ of W1, W2, W3 over the last step before `step` (NaN at step 0: no step yet). */
  readonly ratioW1: Float64Array;
  readonly ratioW2: Float64Array;
  readonly ratioW3: Float64Array;
}

export interface BabysitTrainOutput {
  readonly mode: 'train';
  readonly from: number;
  readonly to: number;
  /** The step reached: `to`, or less when it diverged or was stopped (cancelled). */
  readonly step: number;
  readonly chunks: BabysitChunks;
  /** stepLoss[i]: the mini-batch objective (data loss + penalty) step from + i + 1 descended,
   *  evaluated before that step. */
  readonly stepLoss: Float64Array;
  /** Where and why the run stopped being finite, or null. */
  readonly divergence: Divergence | null;
  /** True when the state at `from` was rebuilt by replaying the run from its seed. */
  readonly replayed: boolean;
}

export interface BabysitInitialLossOutput {
  readonly mode: 'initialLoss';
  /** Mean cross-entropy of the untrained network on the training set. */
  readonly dataLoss: number;
  /** ½λΣw² at the initial weights. */
  readonly penalty: number;
  /** dataLoss + penalty: what the first step descends (on the whole set). */
  readonly total: number;
  /** ln C for C classes: the loss of uniform scores. */
  readonly lnC: number;
  readonly classes: number;
}

export interface BabysitOverfitOutput {
  readonly mode: 'overfit';
  readonly examples: number;
  readonly budget: number;
  readonly threshold: number;
  /** loss[t]: the training loss on the examples after t steps, t = 0 … steps reached. */
  readonly loss: Float64Array;
  readonly finalLoss: number;
  readonly finalAccuracy: number;
  /** The first step count after which the loss is below the threshold, or null. */
  readonly belowAt: number | null;
  readonly divergence: Divergence | null;
}

export type BabysitOutput = BabysitTrainOutput | BabysitInitialLossOutput | BabysitOverfitOutput;

export type BabysitProgress =
  | { readonly mode: 'train'; readonly from: number; readonly to: number; readonly step: number; readonly chunks: BabysitChunks; readonly stepLoss: Float64Array }
  | { readonly mode: 'overfit'; readonly step: number; readonly loss: number };

/** CS231n's spiral with C arms: class k's i-th point at radius i/(m − 1), angle 4k + 4i/(m − 1) plus noise. */
function spirals(perClass: number, classes: number, noise: number, seed: number): Dataset {
  const rng = createRng(seed);
  const n = perClass * classes;
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  for (let k = 0; k < classes; k++) {
    for (let i = 0; i < perClass; i++) {
      const row = k * perClass + i, r = i / (perClass - 1);
      const t = 4 * k + (4 * i) / (perClass - 1) + noise * rng.normal();
      x[2 * row] = r * Math.sin(t);
      x[2 * row + 1] = r * Math.cos(t);
      y[row] = k;
    }
  }
  return { x, y, n, d: 2, classes, name: 'spirals3' };
}

function rows(data: Dataset, idx: readonly number[], name: string): Dataset {
  const x = new Float64Array(2 * idx.length), y = new Float64Array(idx.length);
  idx.forEach((j, i) => {
    x[2 * i] = data.x[2 * j];
    x[2 * i + 1] = data.x[2 * j + 1];
    y[i] = data.y[j];
  });
  return { ...data, x, y, n: idx.length, name };
}

let dataCache: { train: Dataset; validation: Dataset } | null = null;

/** The fixed training and validation points (also drawn by the widget and its tests). */
export function babysitData(): { train: Dataset; validation: Dataset } {
  if (dataCache) return dataCache;
  const all = spirals(POINTS_PER_CLASS, BABYSIT_CLASSES, ANGLE_NOISE, DATA_SEED);
  const order = Array.from({ length: all.n }, (_, i) => i);
  const rng = createRng(SPLIT_SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  dataCache = {
    train: rows(all, order.slice(0, BABYSIT_TRAIN_POINTS), 'spirals3 (training)'),
    validation: rows(all, order.slice(BABYSIT_TRAIN_POINTS, BABYSIT_TRAIN_POINTS + BABYSIT_VALIDATION_POINTS), 'spirals3 (validation)'),
  };
  return dataCache;
}

/** The untrained network for a seed: He weights, the last layer's scaled by LAST_LAYER_SCALE. */
export function babysitModel(seed: number): Mlp {
  const model = mlp({ sizes: BABYSIT_SIZES, activation: 'relu', loss: 'softmaxCrossEntropy', seed });
  const last = model.params.get(`W${BABYSIT_SIZES.length - 1}`).data;
  for (let i = 0; i < last.length; i++) last[i] *= LAST_LAYER_SCALE;
  return model;
}

const regularizerOf = (l2: number): Regularizer => (l2 > 0 ? { kind: 'l2', lambda: l2 } : { kind: 'none' });
const optimizerOf = (s: BabysitSettings): Optimizer => (s.momentum > 0 ? momentum({ lr: s.lr, beta: s.momentum }) : sgd({ lr: s.lr }));

/** ‖after − before‖ / ‖before‖ (NaN when ‖before‖ = 0). */
export function updateRatio(before: ArrayLike<number>, after: ArrayLike<number>): number {
  let d = 0, w = 0;
  for (let i = 0; i < before.length; i++) {
    const delta = after[i] - before[i];
    d += delta * delta;
    w += before[i] * before[i];
  }
  return w === 0 ? NaN : Math.sqrt(d) / Math.sqrt(w);
}

function checkSettings(op: string, o: Record<string, unknown>): BabysitSettings {
  const lr = requireNumber(op, 'lr', o.lr);
  if (!(lr >= BABYSIT_LR_RANGE[0] && lr <= BABYSIT_LR_RANGE[1])) throw new RangeError_(op, `lr must be in [${BABYSIT_LR_RANGE[0]}, ${BABYSIT_LR_RANGE[1]}], got ${lr}`);
  const beta = requireNumber(op, 'momentum', o.momentum);
  if (!(beta >= 0 && beta <= BABYSIT_MAX_MOMENTUM)) throw new RangeError_(op, `momentum must be in [0, ${BABYSIT_MAX_MOMENTUM}], got ${beta}`);
  const l2 = requireNumber(op, 'l2', o.l2);
  if (!(l2 >= 0 && l2 <= BABYSIT_MAX_L2)) throw new RangeError_(op, `l2 must be in [0, ${BABYSIT_MAX_L2}], got ${l2}`);
  const batchSize = requireIntegerIn(op, 'batchSize', o.batchSize, 1, BABYSIT_TRAIN_POINTS);
  const seed = requireIntegerIn(op, 'seed', o.seed, 0, 2 ** 32 - 1);
  return { lr, momentum: beta, l2, batchSize, seed };
}

/** A run in progress: what 'train' keeps between its parts. */
interface Live {
  readonly key: string;
  readonly model: Mlp;
  readonly problem: TrainingProblem;
  readonly optimizer: Optimizer;
  step: number;
}

/** The last run's state, kept so that a paused run continues without replaying (one run only). */
let live: Live | null = null;

/** Forgets the kept state (tests use it to check that a replay gives the same numbers). */
export function forgetBabysitRun(): void {
  live = null;
}

const settingsKey = (s: BabysitSettings): string => JSON.stringify([s.lr, s.momentum, s.l2, s.batchSize, s.seed]);

function startRun(s: BabysitSettings): Live {
  const { train: data } = babysitData();
  const model = babysitModel(s.seed);
  const problem = modelProblem(model, data, { batchSize: s.batchSize, seed: s.seed, regularizer: regularizerOf(s.l2) });
  return { key: settingsKey(s), model, problem, optimizer: optimizerOf(s), step: 0 };
}

class Columns {
  readonly cols: number[][] = [[], [], [], [], [], [], [], []];
  push(values: readonly number[]): void {
    values.forEach((v, i) => this.cols[i].push(v));
  }
  snapshot(): BabysitChunks {
    const [step, trainLoss, validationLoss, trainAccuracy, validationAccuracy, ratioW1, ratioW2, ratioW3] = this.cols.map((c) => Float64Array.from(c));
    return { step, trainLoss, validationLoss, trainAccuracy, validationAccuracy, ratioW1, ratioW2, ratioW3 };
  }
}

function* trainMode(op: string, s: BabysitSettings, o: Record<string, unknown>, ctx: TaskContext<BabysitProgress>): TaskGenerator<BabysitTrainOutput> {
  const from = requireIntegerIn(op, 'from', o.from ?? 0, 0, BABYSIT_MAX_STEPS - 1);
  const to = requireIntegerIn(op, 'to', o.to, 1, BABYSIT_MAX_STEPS);
  if (!(to > from)) throw new RangeError_(op, `to must be greater than from, got from ${from}, to ${to}`);
  const { train: data, validation } = babysitData();
  const key = settingsKey(s);
  let run: Live;
  let replayed = false;
  if (live !== null && live.key === key && live.step === from) {
    run = live;
  } else {
    live = null;
    run = startRun(s);
    // Replay to `from` (in checkpointed pieces, so a cancel is seen): the same steps as before.
    while (run.step < from) {
      const piece = Math.min(200, from - run.step);
      const r = train(run.problem, run.optimizer, { steps: piece, finalLoss: false, recordLosses: false, divergenceFactor: Infinity });
      if (r.stop === 'diverged') {
        const divergence = r.divergence && { step: run.step + r.divergence.step, reason: r.divergence.reason };
        return { mode: 'train', from, to, step: run.step + r.steps, chunks: new Columns().snapshot(), stepLoss: new Float64Array(0), divergence, replayed: true };
      }
      run.step += piece;
      replayed = true;
      yield;
    }
  }
  live = run;
  const { model, problem, optimizer } = run;
  const weights = BABYSIT_LAYERS.map((name) => model.params.get(name).data);
  const columns = new Columns();
  const stepLoss: number[] = [];
  const measure = (step: number, ratios: readonly number[]): void => {
    columns.push([step, datasetLoss(model, data), datasetLoss(model, validation), accuracy(model, data), accuracy(model, validation), ...ratios]);
  };
  const report = (): void => ctx.progress({ mode: 'train', from, to, step: run.step, chunks: columns.snapshot(), stepLoss: Float64Array.from(stepLoss) });
  const finish = (divergence: Divergence | null): BabysitTrainOutput => {
    if (divergence) live = null;
    return { mode: 'train', from, to, step: run.step, chunks: columns.snapshot(), stepLoss: Float64Array.from(stepLoss), divergence, replayed };
  };

  if (from === 0) measure(0, [NaN, NaN, NaN]);
  while (run.step < to && !ctx.shouldStop()) {
    // The chunk ends at the next multiple of BABYSIT_CHUNK (or at `to`); its last step alone
    // is taken with the weights saved before it, for the ratio.
    const end = Math.min(to, (Math.floor(run.step / BABYSIT_CHUNK) + 1) * BABYSIT_CHUNK);
    for (const steps of [end - run.step - 1, 1]) {
      if (steps === 0) continue;
      const before = steps === 1 ? weights.map((w) => w.slice()) : null;
      const r = train(problem, optimizer, { steps, finalLoss: false, divergenceFactor: Infinity });
      for (let i = 0; i < r.losses.length; i++) stepLoss.push(r.losses[i]);
      if (r.stop === 'diverged' && r.divergence) {
        run.step += r.divergence.step;
        return finish({ step: run.step, reason: r.divergence.reason });
      }
      run.step += steps;
      if (before) {
        const ratios = weights.map((w, i) => updateRatio(before[i], w));
        measure(run.step, ratios);
      }
    }
    const last = columns.cols[1].length - 1;
    if (!Number.isFinite(columns.cols[1][last]) || !Number.isFinite(columns.cols[2][last])) {
      return finish({ step: run.step, reason: `the loss on the whole ${Number.isFinite(columns.cols[1][last]) ? 'validation' : 'training'} set is ${columns.cols[Number.isFinite(columns.cols[1][last]) ? 2 : 1][last]}` });
    }
    report();
    if (run.step < to) yield;
  }
  return finish(null);
}

function initialLossMode(s: BabysitSettings): BabysitInitialLossOutput {
  const model = babysitModel(s.seed);
  const dataLoss = datasetLoss(model, babysitData().train);
  const penalty = applyRegularizer(model.params, regularizerOf(s.l2), false);
  return { mode: 'initialLoss', dataLoss, penalty, total: dataLoss + penalty, lnC: Math.log(BABYSIT_CLASSES), classes: BABYSIT_CLASSES };
}

/** The first OVERFIT_EXAMPLES training points. */
export function overfitData(): Dataset {
  const { train: data } = babysitData();
  return rows(data, Array.from({ length: OVERFIT_EXAMPLES }, (_, i) => i), 'spirals3 (20 training points)');
}

function* overfitMode(s: BabysitSettings, ctx: TaskContext<BabysitProgress>): TaskGenerator<BabysitOverfitOutput> {
  const data = overfitData();
  const model = babysitModel(s.seed);
  const problem = modelProblem(model, data, { seed: s.seed });
  const optimizer = optimizerOf(s);
  const loss: number[] = [];
  let step = 0, divergence: Divergence | null = null;
  while (step < OVERFIT_BUDGET && !ctx.shouldStop()) {
    const steps = Math.min(OVERFIT_CHUNK, OVERFIT_BUDGET - step);
    // Full batch: losses[t] is the training loss after step + t steps, exactly.
    const r = train(problem, optimizer, { steps, finalLoss: false, divergenceFactor: Infinity });
    for (let i = 0; i < r.losses.length; i++) loss.push(r.losses[i]);
    if (r.stop === 'diverged' && r.divergence) {
      divergence = { step: step + r.divergence.step, reason: r.divergence.reason };
      break;
    }
    step += steps;
    ctx.progress({ mode: 'overfit', step, loss: loss[loss.length - 1] });
    yield;
  }
  if (!divergence) loss.push(problem.loss());
  const finalLoss = loss[loss.length - 1];
  const below = loss.findIndex((l) => l < OVERFIT_THRESHOLD);
  return {
    mode: 'overfit',
    examples: data.n,
    budget: OVERFIT_BUDGET,
    threshold: OVERFIT_THRESHOLD,
    loss: Float64Array.from(loss),
    finalLoss,
    finalAccuracy: divergence ? NaN : accuracy(model, data),
    belowAt: below >= 0 ? below : null,
    divergence,
  };
}

export function* babysit(input: BabysitInput, ctx: TaskContext<BabysitProgress>): TaskGenerator<BabysitOutput> {
  const op = 'babysit';
  const o = requireRecord(op, 'input', input);
  if (typeof o.mode !== 'string' || !(BABYSIT_MODES as readonly string[]).includes(o.mode)) {
    throw new RangeError_(op, `mode must be one of ${BABYSIT_MODES.join(', ')}, got ${JSON.stringify(o.mode)}`);
  }
  const s = checkSettings(op, o);
  if (o.mode === 'initialLoss') return initialLossMode(s);
  if (o.mode === 'overfit') return yield* overfitMode(s, ctx);
  return yield* trainMode(op, s, o, ctx);
}
