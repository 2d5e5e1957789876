/**
 * The state of the adaptive-rates widget (URL keys `adaptive.*`): the bowl's condition number,
 * which optimizers are shown, each one's learning rate (AdaDelta has none: its rate is the
 * core's fixed 1), Adam's bias correction and the run's length.
 *
 * SGD's α tops out at 0.05, above its limit 2/λmax = 2/κ for every κ ≥ 40, so the reader can
 * make it diverge along the steep axis and read why.
 */
import { defineSchema, type StateOf } from '../state/schema';

export const adaptiveSchema = defineSchema({
  kappa: { kind: 'number', min: 10, max: 1000, default: 100, log: true, label: 'Condition number κ' },
  sgd: { kind: 'boolean', default: true, label: 'SGD' },
  adagrad: { kind: 'boolean', default: true, label: 'AdaGrad' },
  rmsprop: { kind: 'boolean', default: true, label: 'RMSProp' },
  adadelta: { kind: 'boolean', default: false, label: 'AdaDelta' },
  adam: { kind: 'boolean', default: true, label: 'Adam' },
  sgdLr: { kind: 'number', min: 0.0001, max: 0.05, default: 0.015, log: true, label: 'SGD α' },
  adagradLr: { kind: 'number', min: 0.01, max: 2, default: 0.5, log: true, label: 'AdaGrad α' },
  rmspropLr: { kind: 'number', min: 0.001, max: 0.5, default: 0.05, log: true, label: 'RMSProp α' },
  adamLr: { kind: 'number', min: 0.001, max: 0.5, default: 0.05, log: true, label: 'Adam α' },
  bias: { kind: 'boolean', default: true, label: 'Adam’s bias correction' },
  steps: { kind: 'number', min: 20, max: 1000, default: 200, integer: true, label: 'Steps', unit: 'steps' },
});

export type AdaptiveState = StateOf<typeof adaptiveSchema>;
