/**
 * The state of "Babysitting a run" (URL keys `babysit.*`): the learning rate (the presets are
 * values of it), momentum on or off, the L2 strength, the batch size, the number of steps and
 * the seed of the initial weights and batch order. The same state replays the same run.
 *
 * The presets were picked by running the core (the worker's babysit task) at the defaults below
 * (momentum β = 0.9, λ = 10⁻³, batches of 32, seed 1) and reading the curves; babysitNumbers.ts
 * recomputes what each shows for the chapter.
 */
import { BABYSIT_MAX_STEPS } from '../../worker/tasks/babysit';
import { defineSchema, type StateOf } from '../state/schema';

export const PRESET_NAMES = ['too-low', 'good', 'too-high'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const LR_PRESETS: Readonly<Record<PresetName, number>> = {
  // α = 10⁻⁴: the loss creeps down almost linearly (1.10 → 0.99 after 1,000 steps, 0.84 after
  // 3,000), training accuracy stuck near 55 %; W1's and W2's update ratios sit near 10⁻⁶–10⁻⁵,
  // far below the healthy band.
  'too-low': 1e-4,
  // α = 0.03: the loss falls fast, then levels off (training ≈ 0.04, validation ≈ 0.08 after
  // 3,000 steps), 99 % training and 97 % validation accuracy; the ratios start near 10⁻³.
  good: 0.03,
  // α = 1: the loss drops in the first 20 steps (1.10 → 0.68), then jumps back to about ln 3
  // and stays there: the ReLUs have died, accuracy is chance (34 %), and the ratios start near
  // 10⁻¹. Larger still (α = 10 with λ = 0.5) the loss stops being finite after 14 steps.
  'too-high': 1,
};

export const PRESET_LABELS: Readonly<Record<PresetName | 'custom', string>> = {
  'too-low': 'Too low (α = 10⁻⁴)',
  good: 'Good (α = 0.03)',
  'too-high': 'Too high (α = 1)',
  custom: 'Custom (slider)',
};

/** L2 strengths λ offered (as written in the URL). */
export const L2_VALUES = ['0', '1e-4', '1e-3', '1e-2', '0.1', '0.5'] as const;
/** Batch sizes offered; 300 is the whole training set (full batch). */
export const BATCH_VALUES = ['8', '16', '32', '64', '300'] as const;
/** β when momentum is on. */
export const MOMENTUM_BETA = 0.9;

export const babysitSchema = defineSchema({
  lr: { kind: 'number', min: 1e-5, max: 10, default: LR_PRESETS.good, log: true, label: 'Learning rate α' },
  momentum: { kind: 'boolean', default: true, label: `Momentum (β = ${MOMENTUM_BETA})` },
  l2: { kind: 'enum', values: L2_VALUES, default: '1e-3', label: 'L2 strength λ' },
  batch: { kind: 'enum', values: BATCH_VALUES, default: '32', label: 'Batch size' },
  steps: { kind: 'number', min: 100, max: BABYSIT_MAX_STEPS, default: BABYSIT_MAX_STEPS, step: 100, integer: true, label: 'Steps', unit: 'steps' },
  seed: { kind: 'seed', default: 1, label: 'Seed' },
});

export type BabysitState = StateOf<typeof babysitSchema>;
