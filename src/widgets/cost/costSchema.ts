/**
 * The state of the gradient-cost widget (URL keys `cost.*`): a fully connected network's
 * input size, hidden layers (all one width) and output size. The default is the digit network.
 */
import { defineSchema, type StateOf } from '../state/schema';

export const MAX_WIDTH = 1024;

export const costSchema = defineSchema({
  inputs: { kind: 'number', min: 1, max: 784, default: 784, integer: true, label: 'Inputs' },
  width: { kind: 'number', min: 1, max: MAX_WIDTH, default: 15, integer: true, log: true, label: 'Hidden units per layer' },
  layers: { kind: 'number', min: 0, max: 6, default: 1, integer: true, label: 'Hidden layers' },
  outputs: { kind: 'number', min: 1, max: 10, default: 10, integer: true, label: 'Outputs' },
});

export type CostState = StateOf<typeof costSchema>;

export const shapeOf = (s: CostState) => ({ inputs: s.inputs, hidden: Array.from({ length: s.layers }, () => s.width), outputs: s.outputs });
