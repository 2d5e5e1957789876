/**
 * The state of the computational-graph stepper (URL keys `graph.*`): which graph, the typed
 * expression (used when the graph is "custom"), its variables' values in order of first
 * appearance, and how many steps of the forward-then-backward walk are shown.
 */
import { EXPRESSION_MAX_LENGTH, EXPRESSION_MAX_VARIABLES } from '../../core/autodiff/expression';
import { defineSchema, type StateOf } from '../state/schema';
import { GRAPH_PRESETS, PRESETS } from './graphPresets';

export const VALUE_LIMIT = 100;

export const graphSchema = defineSchema({
  graph: { kind: 'enum', values: GRAPH_PRESETS, default: 'product', label: 'Graph' },
  expr: { kind: 'text', default: 'x*y + x', maxLength: EXPRESSION_MAX_LENGTH, label: 'Your expression' },
  values: { kind: 'numbers', default: PRESETS.product.values, min: -VALUE_LIMIT, max: VALUE_LIMIT, minCount: 0, maxCount: EXPRESSION_MAX_VARIABLES, label: 'Variable values' },
  step: { kind: 'number', min: 0, max: 200, default: 0, integer: true, label: 'Step' },
});

export type GraphState = StateOf<typeof graphSchema>;
