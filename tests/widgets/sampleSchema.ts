/** A schema with one field of every kind, shared by the state tests. */
import { defineSchema } from '../../src/widgets/state/schema';

export const sampleSchema = defineSchema({
  m: { kind: 'number', min: -10, max: 10, default: 0.5, step: 0.01, label: 'Slope' },
  lr: { kind: 'number', min: 1e-4, max: 10, default: 0.01, log: true, label: 'Learning rate' },
  n: { kind: 'number', min: 1, max: 5000, default: 100, integer: true, label: 'Steps', unit: 'steps' },
  opt: { kind: 'enum', values: ['sgd', 'momentum', 'adam'], default: 'sgd', label: 'Optimizer' },
  grid: { kind: 'boolean', default: true, label: 'Show grid' },
  pts: {
    kind: 'points',
    default: [
      [0, 1],
      [1, 2],
    ],
    x: [-5, 5],
    y: [-5, 5],
    maxCount: 20,
    label: 'Data',
  },
  seed: { kind: 'seed', default: 1 },
  ws: { kind: 'numbers', default: [1, -2.5], min: -10, max: 10, minCount: 1, maxCount: 8, label: 'Values' },
  widths: { kind: 'numbers', default: [4, 4], min: 1, max: 32, minCount: 0, maxCount: 6, integer: true, label: 'Widths' },
  expr: { kind: 'text', default: 'x*y + z', maxLength: 40, label: 'Expression' },
});
