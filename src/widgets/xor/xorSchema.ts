/**
 * The state of the XOR widget (URL keys `xor.*`): part 1's single neuron σ(w₁x₁ + w₂x₂ + b),
 * and part 2's network: hidden units, their activation, the learning rate and the seed that
 * draws the initial weights (so a shared link replays the same run).
 */
import { XOR_ACTIVATIONS } from '../../worker/tasks/xorTraining';
import { defineSchema, type StateOf } from '../state/schema';

/** Part 1's weights stay in ±W_MAX, so a dragged line (which keeps |w|) never leaves the range. */
export const W_MAX = 6;
/** |b| = |w·P| ≤ |w| |P| ≤ 6√2 · 1.5√2 = 18 for a handle P in the plot: room for any drag. */
export const B_MAX = 18;

export const ACTIVATION_LABELS = { sigmoid: 'Sigmoid', tanh: 'tanh' } as const;

export const xorSchema = defineSchema({
  w1: { kind: 'number', min: -W_MAX, max: W_MAX, default: 2, step: 0.1, label: 'Weight w₁' },
  w2: { kind: 'number', min: -W_MAX, max: W_MAX, default: 2, step: 0.1, label: 'Weight w₂' },
  b: { kind: 'number', min: -B_MAX, max: B_MAX, default: -1, step: 0.1, label: 'Bias b' },
  hidden: { kind: 'number', min: 2, max: 4, default: 2, integer: true, step: 1, label: 'Hidden units H' },
  activation: { kind: 'enum', values: ['sigmoid', 'tanh'] as const satisfies readonly (typeof XOR_ACTIVATIONS)[number][], default: 'sigmoid', label: 'Hidden activation' },
  lr: { kind: 'number', min: 0.01, max: 100, default: 1, log: true, label: 'Learning rate α' },
  seed: { kind: 'seed', default: 3, label: 'Weights seed' },
});

export type XorState = StateOf<typeof xorSchema>;
