/**
 * The state of "Which optimizer?" (URL keys `compare.*`): the data set, which optimizers take
 * part (one switch each), each one's learning rate, the number of seeds, steps, the batch size
 * and the hidden layers' width. Every other hyperparameter keeps the core's default (momentum
 * β = 0.9, Adam's β₁ = 0.9 and β₂ = 0.999, AdamW's λ = 0.01), so the comparison is "each
 * optimizer as it ships, with its own step size".
 *
 * The default learning rates are each one's usual starting point, checked on the default moons
 * (all five default optimizers settle within 600 steps at seed 1–5; see the tests).
 */
import type { OptimizerChoice } from '../../worker/tasks/choices';
import type { ComparisonDataset, OptimizerComparisonInput } from '../../worker/tasks/optimizerComparison';
import { defineSchema, type StateOf } from '../state/schema';

/*
 * The task's limits, restated here rather than imported: a value imported from the task's module
 * would put the task (and the core's training code) in the widget's chunk. A test checks that
 * they match the task's COMPARISON_* constants.
 */
export const COMPARISON_DATASETS = ['moons', 'circles', 'spirals', 'xor'] as const satisfies readonly ComparisonDataset[];
export const COMPARISON_MAX_SEEDS = 10;
export const COMPARISON_MAX_STEPS = 5_000;
/** Points the task draws, split 70 / 30 into training and validation. */
export const COMPARISON_POINTS = 300;

/** The optimizers the widget offers, in the book's order (AdaDelta and the second-order ones sit out). */
export const COMPARE_NAMES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type CompareName = (typeof COMPARE_NAMES)[number];

export const COMPARE_LABELS: { readonly [N in CompareName]: string } = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adamw: 'AdamW',
};

export const DATASET_LABELS: { readonly [D in (typeof COMPARISON_DATASETS)[number]]: string } = {
  moons: 'Two moons',
  circles: 'Two circles',
  spirals: 'Two spirals',
  xor: 'XOR (four blobs)',
};

/** Examples in the training set (70 % of the points drawn): the largest useful batch. */
export const TRAIN_POINTS = Math.round(COMPARISON_POINTS * 0.7);

const lr = (d: number, label: string) => ({ kind: 'number', min: 1e-4, max: 3, default: d, log: true, label: `${label} learning rate α` }) as const;
const on = (d: boolean, label: string) => ({ kind: 'boolean', default: d, label }) as const;

export const compareSchema = defineSchema({
  dataset: { kind: 'enum', values: COMPARISON_DATASETS, default: 'moons', label: 'Data set' },
  seeds: { kind: 'number', min: 1, max: COMPARISON_MAX_SEEDS, default: 5, integer: true, label: 'Seeds' },
  steps: { kind: 'number', min: 25, max: COMPARISON_MAX_STEPS, default: 600, integer: true, log: true, label: 'Steps', unit: 'steps' },
  batch: { kind: 'number', min: 1, max: TRAIN_POINTS, default: 32, integer: true, log: true, label: 'Batch size' },
  hidden: { kind: 'number', min: 2, max: 32, default: 16, integer: true, label: 'Hidden units per layer' },

  sgd: on(true, 'SGD'),
  momentum: on(true, 'Momentum'),
  nesterov: on(false, 'Nesterov'),
  adagrad: on(true, 'AdaGrad'),
  rmsprop: on(true, 'RMSProp'),
  adam: on(true, 'Adam'),
  adamw: on(false, 'AdamW'),

  sgd_lr: lr(0.1, 'SGD'),
  momentum_lr: lr(0.05, 'Momentum'),
  nesterov_lr: lr(0.05, 'Nesterov'),
  adagrad_lr: lr(0.1, 'AdaGrad'),
  rmsprop_lr: lr(0.01, 'RMSProp'),
  adam_lr: lr(0.01, 'Adam'),
  adamw_lr: lr(0.01, 'AdamW'),
});

export type CompareState = StateOf<typeof compareSchema>;
export type CompareDataset = CompareState['dataset'];

/** The state field holding an optimizer's learning rate. */
export const lrField = (name: CompareName) => `${name}_lr` as const;

/** The optimizers the state selects, in the book's order. */
export function selectedNames(state: CompareState): CompareName[] {
  return COMPARE_NAMES.filter((n) => state[n]);
}

/** The worker's input for this state and the optimizers it runs, or null when none is selected. */
export function compareInput(state: CompareState): { readonly input: OptimizerComparisonInput; readonly names: readonly CompareName[] } | null {
  const names = selectedNames(state);
  if (names.length === 0) return null;
  return {
    input: {
      dataset: state.dataset,
      hidden: state.hidden,
      optimizers: names.map((name): OptimizerChoice => ({ name, config: { lr: state[lrField(name)] } })),
      seeds: state.seeds,
      steps: state.steps,
      batchSize: Math.min(state.batch, TRAIN_POINTS),
    },
    names,
  };
}
