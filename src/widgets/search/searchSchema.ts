/**
 * The state of the hyperparameter-search widget (URL keys `search.*`): the grid's side K (each
 * search gets K² trials, so both have the same budget), the seed that draws the random trials,
 * and which searches the pictures show.
 */
import { defineSchema, type StateOf } from '../state/schema';
import { MAX_SIDE, MIN_SIDE } from './searchModel';

export const SHOW_VALUES = ['both', 'grid', 'random'] as const;

export const searchSchema = defineSchema({
  side: { kind: 'number', min: MIN_SIDE, max: MAX_SIDE, default: 4, integer: true, label: 'Trials per search' },
  seed: { kind: 'seed', default: 1, label: 'Random seed' },
  show: { kind: 'enum', values: SHOW_VALUES, default: 'both', label: 'Show' },
});

export type SearchState = StateOf<typeof searchSchema>;
