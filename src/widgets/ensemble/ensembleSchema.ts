/**
 * The state of the ensemble widget (URL keys `ensemble.*`): how many of the trained networks
 * are averaged, the data set, and the seed from which the networks' seeds follow (seed + 1 …
 * seed + ENSEMBLE_SIZE), so a link replays the same members.
 */
import { defineSchema, type StateOf } from '../state/schema';
import { CLASSIFIER_DATASETS } from '../../worker/tasks/classifierRuns';

export const ENSEMBLE_SIZE = 8;

export const ensembleSchema = defineSchema({
  k: { kind: 'number', min: 1, max: ENSEMBLE_SIZE, default: ENSEMBLE_SIZE, integer: true, label: 'Models averaged K' },
  dataset: { kind: 'enum', values: CLASSIFIER_DATASETS, default: 'circles', label: 'Data' },
  seed: { kind: 'seed', default: 0, label: 'Seed' },
});

export type EnsembleState = StateOf<typeof ensembleSchema>;
