/**
 * The state of "Activations and initialization" (URL keys `activations.*`): the activation
 * function (part 1's curves and part 2's network share it, so the slope the reader studies is the
 * one the network multiplies by), part 1's point x, and part 2's initialization, layer width,
 * batch-norm switch and the seed that draws inputs, weights and the probe r.
 *
 *   ?activations.fn=relu&activations.init=he&activations.width=100&activations.bn=1
 */
import { ACT_FUNCTIONS, ACT_INITS, type ActFunction, type ActInit, ACT_WIDTH_RANGE } from '../../worker/tasks/activationStats';
import { defineSchema, type StateOf } from '../state/schema';

export const FUNCTION_LABELS: Readonly<Record<ActFunction, string>> = {
  sigmoid: 'Sigmoid σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU (slope 0.01)',
};

/** The function's name as a formula writes it: σ(x), tanh(x), ReLU(x). */
export const FUNCTION_SYMBOLS: Readonly<Record<ActFunction, string>> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'leaky' };

export const INIT_LABELS: Readonly<Record<ActInit, string>> = {
  zeros: 'All zeros',
  small: 'Normal, std 0.01',
  large: 'Normal, std 1',
  xavier: 'Xavier: std 1/√fan_in',
  he: 'He: std √(2/fan_in)',
};

/** Part 1's x range. */
export const X_RANGE: readonly [number, number] = [-6, 6];

export const activationsSchema = defineSchema({
  fn: { kind: 'enum', values: ACT_FUNCTIONS, default: 'tanh', label: 'Activation' },
  x: { kind: 'number', min: X_RANGE[0], max: X_RANGE[1], default: 1, step: 0.1, label: 'Point x' },
  init: { kind: 'enum', values: ACT_INITS, default: 'small', label: 'Initialization' },
  width: { kind: 'number', min: ACT_WIDTH_RANGE[0], max: ACT_WIDTH_RANGE[1], default: 100, step: 10, integer: true, label: 'Units per layer' },
  bn: { kind: 'boolean', default: false, label: 'Batch norm before each activation' },
  seed: { kind: 'seed', default: 1, label: 'Seed' },
});

export type ActivationsState = StateOf<typeof activationsSchema>;
