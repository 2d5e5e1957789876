/**
 * classifierRuns: several small networks (2 → w → w → 1, ReLU, a sigmoid output with binary
 * cross-entropy) trained by Adam on the same few noisy points of a 2-D data set, each with its
 * own dropout rate and seed, for the chapter on generalization: the dropout widget trains one
 * without and one with dropout, the ensemble widget K with different seeds, no dropout, and
 * each on its own bootstrap sample of the training points (bagging).
 *
 * The data is fixed: CLASSIFIER_POINTS points drawn once, a small share for training (so a
 * network this size can memorize it) and the rest for validation. For each run the task
 * records the training and validation loss every CHUNK steps, and at the end both accuracies,
 * the predicted probability of class 1 at every validation point (an ensemble averages these)
 * and on a grid over the plane (the decision boundary), and for a run with dropout which hidden
 * units the first training example lost in each of the first MASK_STEPS steps. Progress is
 * reported after each chunk.
 */
import { accuracy, adam, createRng, datasetLoss, datasets, gather, mlp, modelProblem, outputsOf, RangeError_, splitDataset, train } from '../../core';
import type { Dataset } from '../../core';
import { gridPoints } from './gridPoints';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireNumber, requireRecord } from './validate';

export const CLASSIFIER_DATASETS = ['circles', 'moons'] as const;
export type ClassifierDataset = (typeof CLASSIFIER_DATASETS)[number];
export const CLASSIFIER_POINTS = 360;
/** The share of the points used for training; the rest is the validation set. */
export const CLASSIFIER_TRAIN_SHARE = 1 / 6;
export const CLASSIFIER_MAX_RUNS = 12;
export const CLASSIFIER_MAX_STEPS = 5_000;
export const CLASSIFIER_MAX_WIDTH = 64;
export const CLASSIFIER_MAX_GRID = 96;
/** The square of the plane each data set's grid covers (x₁ and x₂ alike). */
export const CLASSIFIER_EXTENTS: Readonly<Record<ClassifierDataset, readonly [number, number]>> = { circles: [-1.6, 1.6], moons: [-1.6, 2.6] };
const CHUNK = 50;
/** Steps whose dropout masks a run reports (for the picture of dropped units). */
export const MASK_STEPS = 50;
const NOISE: Readonly<Record<ClassifierDataset, number>> = { circles: 0.15, moons: 0.3 };

export interface ClassifierRunSpec {
  /** Dropout probability on both hidden layers, 0 ≤ p ≤ 0.9. */
  readonly dropout: number;
  /** Draws the initial weights, the dropout masks and the bootstrap sample. */
  readonly seed: number;
  /**
   * Train on a bootstrap sample (n draws with replacement from the n training points) instead
   * of the points themselves: each member of an ensemble then sees its own data, as in bagging.
   */
  readonly bootstrap?: boolean;
}

export interface ClassifierRunsInput {
  readonly dataset: ClassifierDataset;
  readonly width: number;
  readonly steps: number;
  readonly lr: number;
  readonly runs: readonly ClassifierRunSpec[];
  /** Grid points per side for the decision boundary. */
  readonly grid: number;
}

export interface ClassifierRun {
  readonly dropout: number;
  readonly seed: number;
  readonly bootstrap: boolean;
  /** Steps at which the curves were measured: 0, CHUNK, 2·CHUNK, …, steps. */
  readonly curveSteps: Float64Array;
  readonly trainCurve: Float64Array;
  readonly validationCurve: Float64Array;
  readonly trainAccuracy: number;
  readonly validationAccuracy: number;
  /** P(class 1) at each validation point, in the validation set's order. */
  readonly validationProbability: Float64Array;
  /** P(class 1) on the grid, row-major, row 0 at the bottom (y = extent[0]). */
  readonly gridProbability: Float64Array;
  /**
   * With dropout: for steps 1 … MASK_STEPS, which of the first training example's hidden units
   * were dropped (1) or kept (0), step-major, then layer, then unit: step s (from 0), layer l,
   * unit j at (s · 2 + l) · width + j. Null without dropout.
   */
  readonly masks: Uint8Array | null;
}

export interface ClassifierRunsProgress {
  readonly done: number;
  readonly total: number;
}

export interface ClassifierRunsOutput {
  readonly runs: readonly ClassifierRun[];
}

/** The fixed training and validation points of a data set (also drawn by the widgets). */
export function classifierData(name: ClassifierDataset): { train: Dataset; validation: Dataset } {
  const data = datasets[name]({ n: CLASSIFIER_POINTS, noise: NOISE[name], seed: 5 });
  const s = splitDataset(data, { train: CLASSIFIER_TRAIN_SHARE, validation: 1 - CLASSIFIER_TRAIN_SHARE, test: 0 }, 1);
  return { train: s.train, validation: s.validation };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** n rows drawn uniformly with replacement from 0 … n − 1 (a stream of its own, from the seed). */
export function bootstrapRows(n: number, seed: number): Uint32Array {
  const rng = createRng((seed ^ 0x9e3779b9) >>> 0);
  return Uint32Array.from({ length: n }, () => Math.floor(rng.next() * n));
}

function checkRuns(op: string, v: unknown): ClassifierRunSpec[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > CLASSIFIER_MAX_RUNS) {
    throw new RangeError_(op, `runs must be a list of 1 to ${CLASSIFIER_MAX_RUNS}, got ${Array.isArray(v) ? `${v.length} runs` : typeof v}`);
  }
  return v.map((run: unknown, i) => {
    const r = requireRecord(op, `runs[${i}]`, run);
    const dropout = requireNumber(op, `runs[${i}].dropout`, r.dropout);
    if (dropout < 0 || dropout > 0.9) throw new RangeError_(op, `runs[${i}].dropout must be in [0, 0.9], got ${dropout}`);
    if (r.bootstrap !== undefined && typeof r.bootstrap !== 'boolean') throw new RangeError_(op, `runs[${i}].bootstrap must be true or false, got ${JSON.stringify(r.bootstrap)}`);
    return { dropout, seed: requireIntegerIn(op, `runs[${i}].seed`, r.seed, 0, 2 ** 32 - 1), bootstrap: r.bootstrap === true };
  });
}

/**
 * The dropout masks a full-batch run of `mlp({ sizes: [2, width, width, 1], dropout: p })` from
 * `modelProblem(…, { seed })` draws in its first `steps` steps, replayed: its training graph
 * draws from createRng(seed), one number per hidden unit and example in every forward pass,
 * layer 1 then layer 2, examples in rows (core ops/dropout.ts: dropped if < p). Tracing the
 * graph runs one forward pass, so step 1 uses the second set of draws.
 * One array of flags per step, layer-major: layer l, example i, unit j at (l · n + i) · width + j.
 */
export function replayDropoutMasks(seed: number, p: number, n: number, width: number, steps: number): Uint8Array[] {
  const rng = createRng(seed);
  const draws = () => Uint8Array.from({ length: 2 * n * width }, () => (rng.next() < p ? 1 : 0));
  draws(); // the trace's
  return Array.from({ length: steps }, draws);
}

/** The first example's flags, step by step (see ClassifierRun.masks). */
function firstExampleMasks(seed: number, p: number, n: number, width: number, steps: number): Uint8Array {
  const out = new Uint8Array(steps * 2 * width);
  replayDropoutMasks(seed, p, n, width, steps).forEach((flags, s) => {
    for (let l = 0; l < 2; l++) out.set(flags.subarray(l * n * width, l * n * width + width), (s * 2 + l) * width);
  });
  return out;
}

export function* classifierRuns(input: ClassifierRunsInput, ctx: TaskContext<ClassifierRunsProgress>): TaskGenerator<ClassifierRunsOutput> {
  const op = 'classifierRuns';
  const o = requireRecord(op, 'input', input);
  if (typeof o.dataset !== 'string' || !(CLASSIFIER_DATASETS as readonly string[]).includes(o.dataset)) {
    throw new RangeError_(op, `dataset must be one of ${CLASSIFIER_DATASETS.join(', ')}, got ${JSON.stringify(o.dataset)}`);
  }
  const width = requireIntegerIn(op, 'width', o.width, 1, CLASSIFIER_MAX_WIDTH);
  const steps = requireIntegerIn(op, 'steps', o.steps, 1, CLASSIFIER_MAX_STEPS);
  const lr = requireNumber(op, 'lr', o.lr);
  if (!(lr > 0 && lr <= 1)) throw new RangeError_(op, `lr must be in (0, 1], got ${lr}`);
  const side = requireIntegerIn(op, 'grid', o.grid, 2, CLASSIFIER_MAX_GRID);
  const specs = checkRuns(op, o.runs);
  const { train: data, validation } = classifierData(o.dataset as ClassifierDataset);
  const grid = gridPoints(side, CLASSIFIER_EXTENTS[o.dataset as ClassifierDataset]);
  const chunks = Math.ceil(steps / CHUNK);
  const total = specs.length * chunks;
  let done = 0;

  const runs: ClassifierRun[] = [];
  for (const spec of specs) {
    const model = mlp({ sizes: [2, width, width, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', seed: spec.seed, dropout: spec.dropout });
    const sample = spec.bootstrap ? gather(data, bootstrapRows(data.n, spec.seed)) : data;
    const problem = modelProblem(model, sample, { seed: spec.seed });
    const optimizer = adam({ lr });
    const curveSteps = [0], trainCurve = [datasetLoss(model, data)], validationCurve = [datasetLoss(model, validation)];
    let taken = 0;
    while (taken < steps) {
      const chunk = Math.min(CHUNK, steps - taken);
      train(problem, optimizer, { steps: chunk, finalLoss: false, recordLosses: false, divergenceFactor: Infinity });
      taken += chunk;
      curveSteps.push(taken);
      trainCurve.push(datasetLoss(model, data));
      validationCurve.push(datasetLoss(model, validation));
      ctx.progress({ done: ++done, total });
      yield;
    }
    runs.push({
      dropout: spec.dropout,
      seed: spec.seed,
      bootstrap: spec.bootstrap === true,
      curveSteps: Float64Array.from(curveSteps),
      trainCurve: Float64Array.from(trainCurve),
      validationCurve: Float64Array.from(validationCurve),
      trainAccuracy: accuracy(model, data),
      validationAccuracy: accuracy(model, validation),
      validationProbability: outputsOf(model, validation.x, validation.n).map(sigmoid),
      gridProbability: outputsOf(model, grid, side * side).map(sigmoid),
      masks: spec.dropout > 0 ? firstExampleMasks(spec.seed, spec.dropout, sample.n, width, Math.min(MASK_STEPS, steps)) : null,
    });
  }
  return { runs };
}
