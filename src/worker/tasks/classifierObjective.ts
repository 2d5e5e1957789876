/**
 * The linear classifier of chapter 3 ("Gradient descent") on the three-blobs data, as a
 * function of its 9 weights: scores s = x·W + b with W 2×3 and b 3, the weights laid out as
 * [W₁₁ W₁₂ W₁₃ W₂₁ W₂₂ W₂₃ b₁ b₂ b₃] (the core's ParameterSet order). The loss is the mean
 * multiclass SVM (hinge, margin 1) or softmax cross-entropy over the 100 training examples,
 * with no regularization: the quantity every strategy of the race and the step-size table
 * minimizes.
 *
 * The two passes are separate calls so that a caller can count them: `forward(w)` is one
 * forward pass (the loss at w), `backward(g)` one backward pass (the gradient at the point of
 * the last forward pass). The graph is traced once and replayed, so neither allocates.
 */
import {
  RangeError_, Program, accuracy, createRng, linearSvm, makeThreeBlobs, softmaxClassifier, wrap,
} from '../../core';
import type { Dataset, Model } from '../../core';

/** The two losses, as URL and message values. */
export const CLASSIFIER_LOSSES = ['svm', 'softmax'] as const;
export type ClassifierLoss = (typeof CLASSIFIER_LOSSES)[number];

/** Weights of the model: a 2×3 matrix and 3 biases. */
export const CLASSIFIER_WEIGHTS = 9;

export interface ClassifierObjective {
  readonly loss: ClassifierLoss;
  /** Number of weights (9). */
  readonly dim: number;
  /** One forward pass: the mean training loss at w (w is copied in, not kept). */
  forward(w: ArrayLike<number>): number;
  /** One backward pass: the gradient at the point of the last forward pass, written into g. */
  backward(g: Float64Array): void;
}

interface Blobs {
  readonly train: Dataset;
  readonly validation: Dataset;
}

let blobs: Blobs | null = null;
/** The data, made once per thread (makeThreeBlobs is deterministic; nothing writes to it). */
function threeBlobs(): Blobs {
  blobs ??= makeThreeBlobs();
  return blobs;
}

/** Throws unless v is one of the two loss names. */
export function requireClassifierLoss(op: string, v: unknown): ClassifierLoss {
  const found = CLASSIFIER_LOSSES.find((name) => name === v);
  if (found === undefined) {
    const shown = typeof v === 'string' ? JSON.stringify(v) : String(v);
    throw new RangeError_(op, `loss must be one of ${CLASSIFIER_LOSSES.join(', ')}, got ${shown}`);
  }
  return found;
}

function createModel(loss: ClassifierLoss, initial?: ArrayLike<number>): Model {
  const config = { inputs: 2, classes: 3, initial };
  return loss === 'svm' ? linearSvm(config) : softmaxClassifier(config);
}

/** A fresh objective with its own graph: two objectives never disturb each other's passes. */
export function classifierObjective(loss: ClassifierLoss): ClassifierObjective {
  const { train } = threeBlobs();
  const model = createModel(loss);
  const x = wrap(train.x, [train.n, model.inputs]);
  const y = wrap(train.y, [train.n]);
  const program = new Program(model.loss(model.forward(x, { training: false, rng: createRng(0) }), y));
  const { values, grads } = model.params;
  return {
    loss,
    dim: values.length,
    forward(w) {
      values.set(w);
      return program.forward();
    },
    backward(g) {
      program.backward();
      g.set(grads);
    },
  };
}

/** Fraction of the 50 held-out examples whose highest score is their class, at weights w. */
export function heldOutAccuracy(loss: ClassifierLoss, w: ArrayLike<number>): number {
  return accuracy(createModel(loss, w), threeBlobs().validation);
}

/** Number of held-out examples (for "44 of 50"). */
export function heldOutCount(): number {
  return threeBlobs().validation.n;
}
