/**
 * The state of "The learning rate" (URL keys `rate.*`): the problem, α on a log scale, the
 * parabola's curvature λ, the bowl's condition number κ and the run's length. The playback
 * position is not state: a link opens on the whole run.
 */
import { defineSchema } from '../state';

export const rateSchema = defineSchema({
  problem: { kind: 'enum', values: ['parabola', 'bowl'], default: 'parabola', label: 'Problem' },
  lr: { kind: 'number', min: 0.001, max: 3, default: 0.3, log: true, label: 'Learning rate α' },
  curvature: { kind: 'number', min: 0.1, max: 10, default: 1, log: true, label: 'Curvature λ' },
  kappa: { kind: 'number', min: 1, max: 50, default: 20, log: true, label: 'Condition number κ' },
  steps: { kind: 'number', min: 1, max: 200, default: 30, integer: true, label: 'Steps', unit: 'steps' },
});
