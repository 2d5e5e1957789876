/**
 * The state of the momentum explorer (URL keys `momentum.*`): the bowl's condition number κ,
 * the learning rate α (log slider), the momentum β and the run's length. The playback position
 * is not state: a link opens on the whole run.
 *
 * α spans [0.001, 4] so that the stability boundary α = 2(1 + β)/λmax (at most 3.98, for κ = 1
 * and β = 0.99) lies inside the phase diagram for every κ the slider offers.
 */
import { defineSchema } from '../state';

export const momentumSchema = defineSchema({
  kappa: { kind: 'number', min: 1, max: 100, default: 25, log: true, label: 'Condition number κ' },
  lr: { kind: 'number', min: 0.001, max: 4, default: 0.1, log: true, label: 'Learning rate α' },
  beta: { kind: 'number', min: 0, max: 0.99, default: 0.9, step: 0.01, label: 'Momentum β' },
  steps: { kind: 'number', min: 10, max: 300, default: 100, integer: true, label: 'Steps', unit: 'steps' },
});

/** The α axis of the slider and the phase diagram. */
export const ALPHA_RANGE: readonly [lo: number, hi: number] = [momentumSchema.lr.min, momentumSchema.lr.max];
/** The β axis of the slider and the phase diagram. */
export const BETA_RANGE: readonly [lo: number, hi: number] = [momentumSchema.beta.min, momentumSchema.beta.max];
