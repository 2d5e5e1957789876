/**
 * The inputs the two slice widgets send to the worker's lossSlice task, as plain functions of
 * their state, so chapter 2's prose can print the same numbers through runTaskSync:
 *
 *   import { runTaskSync } from '../src/worker';
 *   import { classifierSliceInput, CLASSIFIER_DEFAULTS } from '../src/widgets/slices/setup';
 *   const out = runTaskSync('lossSlice', classifierSliceInput(CLASSIFIER_DEFAULTS));
 *   out.kinks.length;   // kinks of example 1's SVM loss in view
 *
 * No React here: a .numbers.ts module can import it.
 */
import type { LossSliceInput, MlpSliceConfig } from '../../worker/tasks/lossSlice';

// ---- Slices through a linear classifier (section #linslice) ----

export type ClassifierLoss = 'svm' | 'softmax';
export type ExampleScope = 'one' | 'all';

export interface ClassifierSliceState {
  readonly loss: ClassifierLoss;
  readonly examples: ExampleScope;
  /** 1-based, as the reader counts: example 1 is row 0 of the training set. */
  readonly example: number;
  readonly seed: number;
}

/** The random centre θ ~ N(0, 1) (9 numbers); seed 1 classifies 67 of the 100 right. */
export const CLASSIFIER_CENTRE_SEED = 1;
/** a, b ∈ [−2, 2]: the directions have the centre's length (lossSliceLinear.ts), so the window
 *  reaches twice the weights' size, where most examples' hinges have switched. */
export const CLASSIFIER_WINDOW = 2;
export const CLASSIFIER_LINE_SAMPLES = 241;
export const CLASSIFIER_GRID_SIDE = 41;
export const TRAINING_EXAMPLES = 100;

/** Example 28 at direction seed 1: loss 1.60 at the centre, kinks at a = −0.83 and 1.34, then
 *  zero (the shape chapter 2's prose reads off the slice; loss-surfaces.numbers.ts checks it). */
export const CLASSIFIER_DEFAULTS: ClassifierSliceState = Object.freeze({ loss: 'svm', examples: 'one', example: 28, seed: 1 });

export function classifierSliceInput(s: ClassifierSliceState): LossSliceInput {
  const r = CLASSIFIER_WINDOW;
  return {
    model: { kind: s.loss, centreSeed: CLASSIFIER_CENTRE_SEED },
    centre: 'random',
    directionSeed: s.seed,
    example: s.examples === 'all' ? 'all' : s.example - 1,
    a: [-r, r],
    b: [-r, r],
    lineSamples: CLASSIFIER_LINE_SAMPLES,
    gridSide: CLASSIFIER_GRID_SIDE,
  };
}

// ---- Slices through a small network (section #mlpslice) ----

export type MlpCentre = 'initial' | 'trained';
export type MlpWindow = '0.25' | '0.5' | '1' | '2' | '3';
export const MLP_WINDOWS: readonly MlpWindow[] = ['0.25', '0.5', '1', '2', '3'];

export interface MlpSliceState {
  readonly centre: MlpCentre;
  readonly window: MlpWindow;
  readonly seed: number;
}

/**
 * A 2 → 16 → 2 tanh network with softmax cross-entropy on 200 two-moons points (noise 0.15),
 * trained by 1,000 full-batch Adam steps at lr 0.03 from Xavier weights (seed 1): training
 * loss 0.89 → 0.0025, every point right. Two moons need a curved boundary, so a linear model
 * cannot do this, and the network's loss is not convex.
 */
export const MLP_CONFIG: MlpSliceConfig = Object.freeze({
  kind: 'mlp',
  data: Object.freeze({ n: 200, noise: 0.15, seed: 3 }),
  hidden: 16,
  activation: 'tanh',
  initSeed: 1,
  steps: 1000,
  lr: 0.03,
});

export const MLP_LINE_SAMPLES = 161;
export const MLP_GRID_SIDE = 41;

/**
 * Direction seed 2 over a, b ∈ [−3, 3]: the line through the trained weights bends downward in
 * places (so the loss is not convex), and through the initial weights it is a hump, higher at the
 * centre than at either end: the two things chapter 2's prose points out
 * (tests/chapters/loss-surfaces.numbers.test.ts checks both).
 */
export const MLP_DEFAULTS: MlpSliceState = Object.freeze({ centre: 'trained', window: '3', seed: 2 });

export function mlpSliceInput(s: MlpSliceState): LossSliceInput {
  const r = Number(s.window);
  return {
    model: MLP_CONFIG,
    centre: s.centre,
    directionSeed: s.seed,
    a: [-r, r],
    b: [-r, r],
    lineSamples: MLP_LINE_SAMPLES,
    gridSide: MLP_GRID_SIDE,
  };
}
