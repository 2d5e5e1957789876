/**
 * An ensemble of the classifierRuns networks: the members' seeds, and for each K the average
 * of the first K members' probabilities, scored on the validation points.
 */
import type { ClassifierRun, ClassifierRunsInput } from '../../worker/tasks/classifierRuns';
import type { ClassifierDataset } from '../../worker/tasks/classifierRuns';
import { averageOf, classifierInput, errorRate, logLoss } from '../dropout/dropoutModel';
import { ENSEMBLE_SIZE } from './ensembleSchema';

export const ensembleInput = (dataset: ClassifierDataset, seed: number): ClassifierRunsInput =>
  classifierInput(dataset, Array.from({ length: ENSEMBLE_SIZE }, (_, i) => ({ dropout: 0, seed: (seed + i + 1) >>> 0 })));

export interface EnsembleScore {
  readonly k: number;
  readonly loss: number;
  readonly error: number;
}

/** The validation loss and error of the average of the first K members, for K = 1 … all. */
export function ensembleScores(runs: readonly ClassifierRun[], labels: ArrayLike<number>): EnsembleScore[] {
  const probs = runs.map((r) => r.validationProbability);
  return probs.map((_, i) => {
    const avg = averageOf(probs, i + 1);
    return { k: i + 1, loss: logLoss(avg, labels), error: errorRate(avg, labels) };
  });
}

/** Each member's own validation loss and error. */
export const memberScores = (runs: readonly ClassifierRun[], labels: ArrayLike<number>): EnsembleScore[] =>
  runs.map((r, i) => ({ k: i + 1, loss: logLoss(r.validationProbability, labels), error: errorRate(r.validationProbability, labels) }));
