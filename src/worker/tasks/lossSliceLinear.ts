/**
 * The linear classifiers of the loss-slice task: a multiclass SVM or a softmax classifier on
 * the three-blobs training set (2 features, 3 classes: W is 2×3, b has 3 entries, 9 numbers),
 * a random centre, random directions, and, for the SVM, where its hinges switch.
 *
 * Centre: every one of the 9 numbers drawn from N(0, 1) with its own seed, so the centre is a
 * plausible untrained classifier (about two thirds of the examples right), not a minimum:
 * the slices are tilted and their lowest point is rarely at a = 0.
 *
 * Directions: a standard Gaussian vector over all 9 numbers (W and b alike), rescaled to the
 * length of the centre, ‖D‖ = ‖θ‖. So a = 1 moves the weights by as much as their own size,
 * whatever the seed; over a ∈ [−2, 2] most examples' hinges switch inside the window
 * (measured: 1 or 2 kinks for 90–95 % of the 100 examples, seeds 1–8). Filter normalization
 * (landscape.ts) would scale each class's column of W separately and leave b alone; with
 * 3 columns of 2 numbers the plain rescaling says the same thing more simply.
 */
import { createRng, deriveSeed, linearSvm, makeThreeBlobs, softmaxClassifier } from '../../core';
import type { Dataset, Model, Rng } from '../../core';

export type LinearLoss = 'svm' | 'softmax';

/** The training part of the three blobs (100 examples), made once per module. */
let blobs: Dataset | null = null;
export function threeBlobsTrain(): Dataset {
  blobs ??= makeThreeBlobs().train;
  return blobs;
}

/** One example as a dataset of one row (its loss is that example's loss). */
export function oneExample(data: Dataset, index: number): Dataset {
  const d = data.d;
  return {
    x: data.x.slice(index * d, index * d + d),
    y: data.y.slice(index, index + 1),
    n: 1,
    d,
    classes: data.classes,
    name: `${data.name}[${index}]`,
  };
}

export function linearModel(loss: LinearLoss): Model {
  const config = { inputs: 2, classes: 3 };
  return loss === 'svm' ? linearSvm(config) : softmaxClassifier(config);
}

/** Every weight and bias from N(0, 1). */
export function randomCentre(size: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const w = new Float64Array(size);
  for (let i = 0; i < size; i++) w[i] = rng.normal();
  return w;
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** A Gaussian direction rescaled to length `length` (see the top of this file). */
export function scaledDirection(rng: Rng, size: number, length: number): Float64Array {
  const d = new Float64Array(size);
  for (let i = 0; i < size; i++) d[i] = rng.normal();
  const n = norm(d);
  const s = n > 0 ? length / n : 0;
  for (let i = 0; i < size; i++) d[i] *= s;
  return d;
}

export { norm as vectorNorm };

/** The sub-stream of a direction seed that slice directions are drawn from. */
const DIRECTION_STREAM = 1;

/**
 * The generator for D1 then D2. Its own sub-stream of the seed (deriveSeed): drawn from
 * createRng(directionSeed) itself, seed 1 would give the same numbers as the centre's seed 1, so
 * D1 would equal θ and the "random" line would be (1 + a)·θ, through W = 0.
 */
export function directionRng(directionSeed: number): Rng {
  return createRng(deriveSeed(directionSeed, DIRECTION_STREAM));
}

/** D1 and D2 for a linear classifier's slice through θ, each rescaled to ‖θ‖. */
export function linearDirections(directionSeed: number, theta: Float64Array): [d1: Float64Array, d2: Float64Array] {
  const rng = directionRng(directionSeed);
  const length = norm(theta);
  return [scaledDirection(rng, theta.length, length), scaledDirection(rng, theta.length, length)];
}

/**
 * One hinge term of one example along the plane: the margin s_j − s_y + 1 at W + a·D1 + b·D2
 * is linear in (a, b), margin0 + a·da + b·db, because the scores are linear in the weights.
 * The term max(0, margin) switches on or off where that margin crosses zero: on the line
 * (b = 0) at a = −margin0 / da, in the plane along a straight crease.
 */
export interface HingeCrease {
  /** The example (row of the training set). */
  readonly example: number;
  /** The wrong class j whose margin this is. */
  readonly cls: number;
  readonly margin0: number;
  readonly da: number;
  readonly db: number;
}

/**
 * The class scores s = x·W + b of row `row` at weights θ laid out as the model's parameters
 * (W [inputs, classes] row-major from offset wOffset, b from bOffset).
 */
function scores(theta: Float64Array, x: Float64Array, row: number, inputs: number, classes: number, wOffset: number, bOffset: number, out: Float64Array): void {
  for (let j = 0; j < classes; j++) {
    let s = theta[bOffset + j];
    for (let r = 0; r < inputs; r++) s += x[row * inputs + r] * theta[wOffset + r * classes + j];
    out[j] = s;
  }
}

/**
 * The hinge creases of the listed examples. The direction's own "scores" x·D_W + D_b are the
 * rates at which each score changes with a (or b), because s(θ + a·D) = s(θ) + a·s_D.
 */
export function hingeCreases(model: Model, data: Dataset, examples: readonly number[], centre: Float64Array, d1: Float64Array, d2: Float64Array): HingeCrease[] {
  const w = model.params.infos.find((i) => i.name === 'W');
  const b = model.params.infos.find((i) => i.name === 'b');
  if (!w || !b) throw new Error('hingeCreases: the model has no W and b');
  const inputs = model.inputs, k = model.outputs;
  const s0 = new Float64Array(k), sa = new Float64Array(k), sb = new Float64Array(k);
  const out: HingeCrease[] = [];
  for (const i of examples) {
    scores(centre, data.x, i, inputs, k, w.offset, b.offset, s0);
    scores(d1, data.x, i, inputs, k, w.offset, b.offset, sa);
    scores(d2, data.x, i, inputs, k, w.offset, b.offset, sb);
    // d1 and d2 include bias entries, and scores() adds them: exactly the rate of change.
    const y = data.y[i];
    for (let j = 0; j < k; j++) {
      if (j === y) continue;
      out.push({ example: i, cls: j, margin0: s0[j] - s0[y] + 1, da: sa[j] - sa[y], db: sb[j] - sb[y] });
    }
  }
  return out;
}

/** Where the creases cross the line b = 0 inside [lo, hi], sorted. */
export function kinksOnLine(creases: readonly HingeCrease[], lo: number, hi: number): Float64Array {
  const out: number[] = [];
  for (const c of creases) {
    if (c.da === 0) continue; // the margin is constant along the line: no switch
    const a = -c.margin0 / c.da;
    if (a >= lo && a <= hi) out.push(a);
  }
  return Float64Array.from(out.sort((p, q) => p - q));
}
