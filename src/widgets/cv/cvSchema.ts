/**
 * The state of the cross-validation widget (URL keys `cv.*`): the number of folds, the seed that
 * deals the points into them, and the degree whose folds are shown one by one.
 */
import { defineSchema, type StateOf } from '../state/schema';
import { CV_MAX_DEGREE } from './cvModel';

export const cvSchema = defineSchema({
  k: { kind: 'number', min: 2, max: 10, default: 5, integer: true, label: 'Folds k' },
  degree: { kind: 'number', min: 0, max: CV_MAX_DEGREE, default: 3, integer: true, label: 'Degree shown' },
  seed: { kind: 'seed', default: 1, label: 'Fold seed' },
});

export type CvState = StateOf<typeof cvSchema>;
