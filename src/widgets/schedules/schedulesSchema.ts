/**
 * The state of the schedules widget (URL keys `schedules.*`): the schedule's kind and the
 * parameters of every kind (only the chosen kind's are shown, but all stay in the link so a
 * reader who switches back finds their settings), the base rate α₀, the batch size, the run's
 * length and the shuffling seed, so a shared link replays the same batches.
 *
 * α₀ tops out at 0.3: below the full-data limit 2/λmax ≈ 0.35 of the noisy line's MSE, but
 * above the single-example limit (≈ 0.1), so batches of 1 can blow up, and the widget says why.
 */
import { defineSchema, type StateOf } from '../state/schema';

export const SCHEDULE_KINDS = ['step', 'exponential', 'inverseTime', 'cosine', 'warmup'] as const;
export type ScheduleKindChoice = (typeof SCHEDULE_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ScheduleKindChoice, string>> = Object.freeze({
  step: 'Step decay',
  exponential: 'Exponential',
  inverseTime: '1/t (inverse time)',
  cosine: 'Cosine',
  warmup: 'Warm-up, then cosine',
});

export const schedulesSchema = defineSchema({
  kind: { kind: 'enum', values: SCHEDULE_KINDS, default: 'step', label: 'Schedule' },
  lr: { kind: 'number', min: 0.001, max: 0.3, default: 0.05, log: true, label: 'Base rate α₀' },
  every: { kind: 'number', min: 10, max: 1000, default: 200, integer: true, label: 'Drop every', unit: 'steps' },
  factor: { kind: 'number', min: 0.05, max: 0.9, default: 0.3, step: 0.05, label: 'Drop factor' },
  gamma: { kind: 'number', min: 0.98, max: 0.9999, default: 0.995, step: 0.0001, label: 'Decay per step γ' },
  k: { kind: 'number', min: 0.001, max: 1, default: 0.02, log: true, label: 'Decay k' },
  floor: { kind: 'number', min: 0, max: 0.5, default: 0.01, step: 0.01, label: 'Final rate ÷ α₀' },
  warmup: { kind: 'number', min: 1, max: 500, default: 50, integer: true, label: 'Warm-up', unit: 'steps' },
  batch: { kind: 'number', min: 1, max: 50, default: 4, integer: true, label: 'Batch size' },
  steps: { kind: 'number', min: 100, max: 2000, default: 800, integer: true, label: 'Steps', unit: 'steps' },
  seed: { kind: 'seed', default: 1, label: 'Batch seed' },
});

export type SchedulesState = StateOf<typeof schedulesSchema>;
