/**
 * The classifier data chapters 2 and 3 share ("Loss surfaces", "Gradient descent"): three
 * overlapping Gaussian blobs in the plane, split once into a training part and a held-out
 * part. Overlap matters: no line separates the classes perfectly, so the SVM keeps examples
 * inside their margins (its loss has kinks) and the softmax loss never reaches zero.
 */
import { makeBlobs } from './blobs';
import type { Dataset } from './dataset';
import { splitDataset } from './split';

/** What is chosen: 150 points, 3 classes on a circle of radius 2, spread 1, seeds. */
export const THREE_BLOBS_PARAMS = Object.freeze({ n: 150, k: 3, radius: 2, std: 1, seed: 2026 });
/** Two thirds train, one third held out. */
export const THREE_BLOBS_SPLIT = Object.freeze({ train: 2 / 3, validation: 1 / 3, test: 0, seed: 7 });

export interface ThreeBlobs {
  /** All 150 examples, d = 2, classes = 3. */
  readonly all: Dataset;
  /** 100 examples the models are trained on. */
  readonly train: Dataset;
  /** 50 held-out examples, for accuracy the training never saw. */
  readonly validation: Dataset;
}

/** A fresh copy each call (the arrays are the caller's to keep). */
export function makeThreeBlobs(): ThreeBlobs {
  const all = { ...makeBlobs(THREE_BLOBS_PARAMS), name: 'threeBlobs' };
  const { train, validation } = splitDataset(all, THREE_BLOBS_SPLIT, THREE_BLOBS_SPLIT.seed);
  return { all, train, validation };
}
