/**
 * lossSlice: a classifier's loss seen through random slices (CS231n, "Optimization 1"):
 *   1-D  L(θ + a·D1)            for a in [a.lo, a.hi]
 *   2-D  L(θ + a·D1 + b·D2)     on a gridSide × gridSide grid over [a.lo, a.hi] × [b.lo, b.hi]
 * for a linear classifier on the three blobs (multiclass SVM or softmax, one example or the
 * average over all 100) or a small network on two moons (through its initial or trained weights).
 *
 * The centre θ and the directions D1, D2 are seeded, so a link replays the same picture:
 *   - linear: θ ~ N(0, 1) per number (model.centreSeed); D ~ Gaussian rescaled to ‖θ‖
 *     (lossSliceLinear.ts explains the scaling);
 *   - mlp: θ is the initial or the trained weights (trained here and cached, lossSliceMlp.ts);
 *     D is filter-normalized (core landscape.ts): the same Gaussian draw, rescaled per unit to
 *     the weights of the centre it goes through, so the two centres' slices are comparable.
 * D1 is drawn first and D2 second from one generator seeded with directionSeed's own sub-stream
 * (deriveSeed), so that equal numbers for the centre's seed and the direction seed do not make D1
 * a copy of θ: with one stream, seed 1 for both gave D1 = θ and a slice along the line (1 + a)·θ.
 *
 * Besides the values, the output says what the picture shows: the SVM's kinks (where a hinge
 * term switches along the line: margins are linear in a, so these are exact), the creases of one
 * example's hinges in the plane, stretches where a 1-D slice is concave (not convex), and the
 * 2-D slice's separate basins. For the network it also gives the 1-D slice through the other
 * centre (the widget draws both) and the training run's numbers.
 *
 * Checkpoints: after each row of the grid, and between chunks of training.
 */
import { lossOfWeights, randomDirection, RangeError_, rangeAt, requireInteger, slice1d, UnknownNameError } from '../../core';
import type { Dataset, LossOfWeights, Model, Vec2 } from '../../core';
import { directionRng, hingeCreases, kinksOnLine, linearDirections, linearModel, oneExample, randomCentre, threeBlobsTrain, vectorNorm } from './lossSliceLinear';
import type { HingeCrease, LinearLoss } from './lossSliceLinear';
import { trainedMlp } from './lossSliceMlp';
import type { MlpActivation, MlpSliceConfig, MlpTrainingStats } from './lossSliceMlp';
import { basins, concaveStretches } from './sliceShape';
import type { Basin } from './sliceShape';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireInterval, requireNumber, requireRecord } from './validate';

export type { Basin, HingeCrease, MlpSliceConfig, MlpTrainingStats };

/** A linear classifier on the three blobs' 100 training examples. */
export interface LinearSliceConfig {
  readonly kind: LinearLoss;
  /** Seeds the random centre θ ~ N(0, 1). */
  readonly centreSeed: number;
}

export type SliceModel = LinearSliceConfig | MlpSliceConfig;

/** Linear models have one centre, 'random'; the network 'initial' or 'trained'. */
export type SliceCentre = 'random' | 'initial' | 'trained';

export interface LossSliceInput {
  readonly model: SliceModel;
  readonly centre: SliceCentre;
  /** Seeds D1 and D2, a whole number in [0, 2^32). */
  readonly directionSeed: number;
  /** Linear models: a training example's index 0 … 99, or 'all' for the average loss
   *  (default 'all'). The network is always averaged over its data. */
  readonly example?: number | 'all';
  /** The window: a along D1, b along D2 (the 1-D slice uses a). */
  readonly a: Vec2;
  readonly b: Vec2;
  /** Samples of the 1-D slice, 3 … 2001. */
  readonly lineSamples: number;
  /** Samples per side of the 2-D grid, 3 … 201. */
  readonly gridSide: number;
  /** Basins shallower than this fraction of the grid's loss range are not reported (default 0.01). */
  readonly minBasinDepth?: number;
}

export interface LossSliceLine {
  readonly centre: SliceCentre;
  /** L(θ) at this centre. */
  readonly centreLoss: number;
  /** values[i] = L(θ + a_i·D1), a_i evenly spaced over the input's a, ends included. */
  readonly values: Float64Array;
  /** Intervals of a where the slice bends downwards (concaveStretches): not convex there. */
  readonly concave: readonly Vec2[];
}

export interface LossSliceGrid {
  /** Row-major: values[j·nx + i] = L(θ + a_i·D1 + b_j·D2), row 0 at b.lo (like surfaceGrid). */
  readonly values: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly x: Vec2;
  readonly y: Vec2;
  readonly min: number;
  readonly max: number;
}

export interface LossSliceOutput {
  /** What was sliced (echoed from the input, so a view can describe the result it shows
   *  even while a newer run is computing). */
  readonly kind: SliceModel['kind'];
  readonly centre: SliceCentre;
  readonly example: number | 'all';
  readonly directionSeed: number;
  readonly a: Vec2;
  readonly b: Vec2;
  /** The chosen centre's slice first; for the network also the other centre's (same seed). */
  readonly lines: readonly LossSliceLine[];
  /** The 2-D slice through the chosen centre. */
  readonly grid: LossSliceGrid;
  /** Interior valleys of the grid, lowest first (sliceShape.ts basins). */
  readonly basins: readonly Basin[];
  /** SVM: every a in the window where a hinge term of the example(s) switches; else empty. */
  readonly kinks: Float64Array;
  /** SVM with one example: its hinge terms' creases in the plane; else empty. */
  readonly creases: readonly HingeCrease[];
  /** ‖θ‖, ‖D1‖ and ‖D2‖ (the scale of a and b). */
  readonly norms: { readonly centre: number; readonly d1: number; readonly d2: number };
  /** The network's training run; null for linear models. */
  readonly training: MlpTrainingStats | null;
}

export const LOSS_SLICE_LIMITS = Object.freeze({
  lineSamples: [3, 2001] as const,
  gridSide: [3, 201] as const,
  window: 1e3,
  mlp: { n: [10, 1000], noise: [0, 2], hidden: [1, 64], steps: [0, 5000], lr: [1e-5, 1] },
});

const op = 'lossSlice';
const SEED_MAX = 2 ** 32 - 1;
const ACTIVATIONS: readonly MlpActivation[] = ['tanh', 'relu'];

function requireChoice<T extends string>(name: string, v: unknown, choices: readonly T[]): T {
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  const shown = typeof v === 'string' ? JSON.stringify(v) : String(v);
  throw new UnknownNameError(op, `${name} must be one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${shown}`);
}

function requireIn(name: string, v: unknown, [lo, hi]: readonly number[]): number {
  const x = requireNumber(op, name, v);
  if (!Number.isFinite(x) || x < lo || x > hi) throw new RangeError_(op, `${name} must be in [${lo}, ${hi}], got ${x}`);
  return x;
}

function requireWindow(name: string, v: unknown): Vec2 {
  const [lo, hi] = requireInterval(op, name, v);
  const w = LOSS_SLICE_LIMITS.window;
  if (lo < -w || hi > w) throw new RangeError_(op, `${name} must lie within [${-w}, ${w}], got [${lo}, ${hi}]`);
  return [lo, hi];
}

function validateModel(v: unknown): SliceModel {
  const m = requireRecord(op, 'model', v);
  const kind = requireChoice('model.kind', m.kind, ['svm', 'softmax', 'mlp'] as const);
  if (kind !== 'mlp') return { kind, centreSeed: requireIntegerIn(op, 'model.centreSeed', m.centreSeed, 0, SEED_MAX) };
  const L = LOSS_SLICE_LIMITS.mlp;
  const data = requireRecord(op, 'model.data', m.data);
  return {
    kind,
    data: {
      n: requireIntegerIn(op, 'model.data.n', data.n, L.n[0], L.n[1]),
      noise: requireIn('model.data.noise', data.noise, L.noise),
      seed: requireIntegerIn(op, 'model.data.seed', data.seed, 0, SEED_MAX),
    },
    hidden: requireIntegerIn(op, 'model.hidden', m.hidden, L.hidden[0], L.hidden[1]),
    activation: requireChoice('model.activation', m.activation, ACTIVATIONS),
    initSeed: requireIntegerIn(op, 'model.initSeed', m.initSeed, 0, SEED_MAX),
    steps: requireIntegerIn(op, 'model.steps', m.steps, L.steps[0], L.steps[1]),
    lr: requireIn('model.lr', m.lr, L.lr),
  };
}

/** The 2-D slice, one checkpoint per row of the grid. */
function* sliceGrid(loss: LossOfWeights, centre: Float64Array, d1: Float64Array, d2: Float64Array, a: Vec2, b: Vec2, side: number): TaskGenerator<LossSliceGrid> {
  const n = centre.length;
  const ra = { from: a[0], to: a[1], count: side }, rb = { from: b[0], to: b[1], count: side };
  const row = new Float64Array(n), w = new Float64Array(n);
  const values = new Float64Array(side * side);
  let min = Infinity, max = -Infinity;
  for (let j = 0; j < side; j++) {
    // The same arithmetic as the core's slice2d: row = θ + b·D2, then w = row + a·D1.
    const bj = rangeAt(rb, j);
    for (let k = 0; k < n; k++) row[k] = centre[k] + bj * d2[k];
    for (let i = 0; i < side; i++) {
      const ai = rangeAt(ra, i);
      for (let k = 0; k < n; k++) w[k] = row[k] + ai * d1[k];
      const v = loss(w);
      values[j * side + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    yield;
  }
  if (min > max) min = max = NaN;
  return { values, nx: side, ny: side, x: [a[0], a[1]], y: [b[0], b[1]], min, max };
}

function lineThrough(loss: LossOfWeights, centre: Float64Array, d1: Float64Array, a: Vec2, count: number, name: SliceCentre): LossSliceLine {
  const values = slice1d(loss, centre, d1, { from: a[0], to: a[1], count });
  return { centre: name, centreLoss: loss(centre), values, concave: concaveStretches(values, a) };
}

export function* lossSlice(input: LossSliceInput, _ctx: TaskContext<never>): TaskGenerator<LossSliceOutput> {
  const o = requireRecord(op, 'input', input);
  const model = validateModel(o.model);
  const linear = model.kind !== 'mlp';
  const centre: SliceCentre = requireChoice('centre', o.centre, linear ? ['random'] as const : ['initial', 'trained'] as const);
  const directionSeed = requireIntegerIn(op, 'directionSeed', o.directionSeed, 0, SEED_MAX);
  const a = requireWindow('a', o.a);
  const b = requireWindow('b', o.b);
  const lineSamples = requireIntegerIn(op, 'lineSamples', o.lineSamples, ...LOSS_SLICE_LIMITS.lineSamples);
  const gridSide = requireIntegerIn(op, 'gridSide', o.gridSide, ...LOSS_SLICE_LIMITS.gridSide);
  const minDepth = o.minBasinDepth === undefined ? 0.01 : requireIn('minBasinDepth', o.minBasinDepth, [0, 1]);
  let example: number | 'all' = 'all';
  if (o.example !== undefined && o.example !== 'all') {
    if (!linear) throw new RangeError_(op, `example must be "all" for the mlp model, got ${String(o.example)}`);
    if (typeof o.example !== 'number') throw new RangeError_(op, `example must be a number or "all", got ${JSON.stringify(o.example)}`);
    example = requireInteger(op, 'example', o.example, 0, threeBlobsTrain().n - 1);
  }

  if (model.kind === 'mlp') {
    const net = yield* trainedMlp(model);
    const { model: mlpModel, data } = net;
    const loss = lossOfWeights(mlpModel, data);
    const through = (name: 'initial' | 'trained') => {
      const theta = name === 'initial' ? net.initial : net.trained;
      // Filter normalization reads the centre's weights from the model's own parameters.
      mlpModel.params.values.set(theta);
      const rng = directionRng(directionSeed);
      const d1 = randomDirection(mlpModel.params, rng);
      const d2 = randomDirection(mlpModel.params, rng);
      mlpModel.params.values.set(net.trained);
      return { theta: theta.slice(), d1, d2 };
    };
    const mine = centre === 'initial' ? 'initial' : 'trained';
    const other = mine === 'initial' ? 'trained' : 'initial';
    const chosen = through(mine), second = through(other);
    const lines = [lineThrough(loss, chosen.theta, chosen.d1, a, lineSamples, mine), lineThrough(loss, second.theta, second.d1, a, lineSamples, other)];
    yield;
    const grid = yield* sliceGrid(loss, chosen.theta, chosen.d1, chosen.d2, a, b, gridSide);
    const s = net.stats;
    return {
      kind: 'mlp', centre: mine, example, directionSeed, a, b,
      lines, grid,
      basins: findBasins(grid, minDepth),
      kinks: new Float64Array(0),
      creases: [],
      norms: { centre: vectorNorm(chosen.theta), d1: vectorNorm(chosen.d1), d2: vectorNorm(chosen.d2) },
      // Copies: the output is transferred, and the cached run must survive it.
      training: { ...s, losses: s.losses.slice(), divergence: s.divergence && { ...s.divergence } },
    };
  }

  const all = threeBlobsTrain();
  const m: Model = linearModel(model.kind);
  const theta = randomCentre(m.params.size, model.centreSeed);
  const [d1, d2] = linearDirections(directionSeed, theta);
  const data: Dataset = example === 'all' ? all : oneExample(all, example);
  const loss = lossOfWeights(m, data);
  const line = lineThrough(loss, theta, d1, a, lineSamples, 'random');
  yield;
  const grid = yield* sliceGrid(loss, theta, d1, d2, a, b, gridSide);
  const examples = example === 'all' ? Array.from({ length: all.n }, (_, i) => i) : [example];
  const creases = model.kind === 'svm' ? hingeCreases(m, all, examples, theta, d1, d2) : [];
  return {
    kind: model.kind, centre, example, directionSeed, a, b,
    lines: [line], grid,
    basins: findBasins(grid, minDepth),
    kinks: kinksOnLine(creases, a[0], a[1]),
    creases: example === 'all' ? [] : creases,
    norms: { centre: vectorNorm(theta), d1: vectorNorm(d1), d2: vectorNorm(d2) },
    training: null,
  };
}

function findBasins(grid: LossSliceGrid, minDepth: number): Basin[] {
  const range = grid.max - grid.min;
  if (!(range > 0)) return [];
  return basins(grid.values, grid.nx, grid.ny, grid.x, grid.y, minDepth * range);
}
