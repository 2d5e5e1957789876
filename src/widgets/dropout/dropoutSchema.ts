/**
 * The state of the dropout widget (URL keys `dropout.*`): the dropout rate of the second run,
 * the data set, and the seed that draws both runs' initial weights (the same for both, so the
 * only difference between them is dropout).
 */
import { defineSchema, type StateOf } from '../state/schema';
import { CLASSIFIER_DATASETS } from '../../worker/tasks/classifierRuns';

export const DATASET_LABELS = { circles: 'Circles', moons: 'Moons' } as const;

export const dropoutSchema = defineSchema({
  p: { kind: 'number', min: 0.05, max: 0.8, default: 0.5, step: 0.05, label: 'Dropout rate p' },
  dataset: { kind: 'enum', values: CLASSIFIER_DATASETS, default: 'circles', label: 'Data' },
  seed: { kind: 'seed', default: 1, label: 'Weights seed' },
});

export type DropoutState = StateOf<typeof dropoutSchema>;
