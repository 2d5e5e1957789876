/**
 * The state of the overfitting widget (URL keys `overfit.*`): the polynomial's degree, the
 * share of the points used for training (the rest is the validation set), the seed that
 * deals the points into the two sets, the seed of the book's sample, and the points
 * themselves, so a link replays a reader's own drawn or imported data.
 */
import { defineSchema, type StateOf } from '../state/schema';
import { OVERFIT_X, OVERFIT_Y, sampleOf, MAX_POINTS, MIN_POINTS, DEFAULT_SAMPLE_SEED } from './overfitModel';
import { MAX_DEGREE } from './overfitModel';

export const overfitSchema = defineSchema({
  degree: { kind: 'number', min: 0, max: MAX_DEGREE, default: 9, integer: true, label: 'Degree' },
  train: { kind: 'number', min: 0.3, max: 0.9, default: 0.5, step: 0.05, label: 'Training share' },
  split: { kind: 'seed', default: 1, label: 'Split seed' },
  sample: { kind: 'seed', default: DEFAULT_SAMPLE_SEED, label: 'Sample seed' },
  points: { kind: 'points', default: sampleOf(DEFAULT_SAMPLE_SEED), x: OVERFIT_X, y: OVERFIT_Y, maxCount: MAX_POINTS, minCount: MIN_POINTS, label: 'Data points' },
});

export type OverfitState = StateOf<typeof overfitSchema>;
