/**
 * The network playground's state (URL keys `playground.*`): the data, the network, the training
 * and the seed of the initial weights, so a shared link rebuilds the same run from step 0.
 *
 *   ?playground.dataset=spirals&playground.widths=8,8,8&playground.act2=relu&playground.seed=7
 *
 * Widths are one list (a `numbers` field: 0 to 6 layers of 1 to 32). Activations are six enum
 * fields, one per possible layer, rather than a list in a text field: the codec then checks each
 * name and repairs a bad one alone, a teacher can lock one layer's, and a layer removed and added
 * again gets its activation back. Input features are switches, as in TensorFlow Playground.
 * The reader's drawn points are one `points` field per class (drawnPoints.ts).
 */
import { FEATURES, PLAYGROUND_DATASETS, PLAYGROUND_EXTENT } from '../../worker/tasks/playgroundData';
import { MAX_HIDDEN_LAYERS, MAX_WIDTH, PLAYGROUND_ACTIVATIONS, PLAYGROUND_INITS } from '../../worker/tasks/playgroundNet';
import { PLAYGROUND_OPTIMIZERS } from '../../worker/tasks/playgroundOptim';
import { defineSchema, type EnumField, type PointsField, type StateOf } from '../state/schema';
import { MAX_DRAWN_PER_CLASS } from './drawnPoints';

export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;

const activation = (layer: number): EnumField<(typeof PLAYGROUND_ACTIVATIONS)[number]> => ({
  kind: 'enum', values: PLAYGROUND_ACTIVATIONS, default: 'tanh', label: `Layer ${layer} activation`,
});

/** The reader's own points of class `c` (drawnPoints.ts: one field per class, as `points` holds (x, y) only). */
const drawn = (c: number): PointsField => ({
  kind: 'points', default: [], x: PLAYGROUND_EXTENT, y: PLAYGROUND_EXTENT, maxCount: MAX_DRAWN_PER_CLASS, label: `Drawn points, class ${c}`,
});

export const playgroundSchema = defineSchema({
  dataset: { kind: 'enum', values: PLAYGROUND_DATASETS, default: 'circles', label: 'Data' },
  classes: { kind: 'number', min: 2, max: 4, default: 3, integer: true, step: 1, label: 'Blobs (classes)' },
  noise: { kind: 'number', min: 0, max: 0.5, default: 0.1, step: 0.01, label: 'Noise' },
  trainShare: { kind: 'number', min: 0.1, max: 0.9, default: 0.5, step: 0.05, label: 'Share for training' },
  dataSeed: { kind: 'seed', default: 1, label: 'Data seed' },
  drawn1: drawn(1),
  drawn2: drawn(2),
  drawn3: drawn(3),
  drawn4: drawn(4),
  drawnT: { kind: 'numbers', default: [], min: PLAYGROUND_EXTENT[0], max: PLAYGROUND_EXTENT[1], minCount: 0, maxCount: 3 * MAX_DRAWN_PER_CLASS, group: 3, label: 'Drawn regression points (x₁, x₂, target)' },
  fx1: { kind: 'boolean', default: true, label: 'x₁' },
  fx2: { kind: 'boolean', default: true, label: 'x₂' },
  fx1sq: { kind: 'boolean', default: false, label: 'x₁²' },
  fx2sq: { kind: 'boolean', default: false, label: 'x₂²' },
  fx1x2: { kind: 'boolean', default: false, label: 'x₁x₂' },
  fsinx1: { kind: 'boolean', default: false, label: 'sin πx₁' },
  fsinx2: { kind: 'boolean', default: false, label: 'sin πx₂' },
  widths: { kind: 'numbers', default: [4, 4], min: 1, max: MAX_WIDTH, minCount: 0, maxCount: MAX_HIDDEN_LAYERS, integer: true, label: 'Hidden layer widths' },
  act1: activation(1),
  act2: activation(2),
  act3: activation(3),
  act4: activation(4),
  act5: activation(5),
  act6: activation(6),
  init: { kind: 'enum', values: PLAYGROUND_INITS, default: 'xavier', label: 'Initialization' },
  optimizer: { kind: 'enum', values: PLAYGROUND_OPTIMIZERS, default: 'adam', label: 'Optimizer' },
  lr: { kind: 'number', min: 1e-4, max: 10, default: 0.01, log: true, label: 'Learning rate α' },
  beta: { kind: 'number', min: 0, max: 0.99, default: 0.9, step: 0.01, label: 'Momentum β' },
  beta1: { kind: 'number', min: 0, max: 0.999, default: 0.9, step: 0.001, label: 'Adam β₁' },
  beta2: { kind: 'number', min: 0.9, max: 0.9999, default: 0.999, step: 0.0001, label: 'Adam β₂' },
  schedule: { kind: 'enum', values: SCHEDULES, default: 'constant', label: 'Learning-rate schedule' },
  decaySteps: { kind: 'number', min: 10, max: 20_000, default: 1000, log: true, integer: true, label: 'Decay steps' },
  batchSize: { kind: 'number', min: 1, max: 270, default: 10, integer: true, step: 1, label: 'Batch size' },
  l1: { kind: 'number', min: 0, max: 0.1, default: 0, step: 0.001, label: 'L1 strength' },
  l2: { kind: 'number', min: 0, max: 0.1, default: 0, step: 0.001, label: 'L2 strength' },
  dropout: { kind: 'number', min: 0, max: 0.8, default: 0, step: 0.05, label: 'Dropout rate' },
  batchNorm: { kind: 'boolean', default: false, label: 'Batch normalization' },
  seed: { kind: 'seed', default: 1, label: 'Weights seed' },
});

export type PlaygroundState = StateOf<typeof playgroundSchema>;

export const ACTIVATION_KEYS = ['act1', 'act2', 'act3', 'act4', 'act5', 'act6'] as const;
export const FEATURE_KEYS = { x1: 'fx1', x2: 'fx2', x1sq: 'fx1sq', x2sq: 'fx2sq', x1x2: 'fx1x2', sinx1: 'fsinx1', sinx2: 'fsinx2' } as const satisfies Record<(typeof FEATURES)[number], string>;

export const ACTIVATION_LABELS: Readonly<Record<(typeof PLAYGROUND_ACTIVATIONS)[number], string>> = {
  relu: 'ReLU', tanh: 'tanh', sigmoid: 'Sigmoid', linear: 'Linear', leakyRelu: 'Leaky ReLU',
};
export const DATASET_LABELS: Readonly<Record<(typeof PLAYGROUND_DATASETS)[number], string>> = {
  spirals: 'Spirals', moons: 'Moons', circles: 'Circles', xor: 'XOR', blobs: 'Blobs (2–4 classes)',
  plane: 'Regression: plane', bump: 'Regression: bump', wave: 'Regression: wave',
};
export const INIT_LABELS: Readonly<Record<(typeof PLAYGROUND_INITS)[number], string>> = {
  xavier: 'Xavier (Glorot)', he: 'He', small: 'Normal, σ = 0.01', large: 'Normal, σ = 1',
};
export const OPTIMIZER_LABELS: Readonly<Record<(typeof PLAYGROUND_OPTIMIZERS)[number], string>> = { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' };
export const SCHEDULE_LABELS: Readonly<Record<(typeof SCHEDULES)[number], string>> = {
  constant: 'Constant', step: 'Step decay (½ every N)', exponential: 'Exponential (halves every N)', cosine: 'Cosine to 0 over N',
};
