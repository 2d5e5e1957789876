/**
 * An ensemble of the classifierRuns networks: the members' seeds (each trains on its own
 * bootstrap sample: bagging), for each K the average of the first K members' probabilities
 * scored on the validation points, and the error of K members averaged over every choice of K.
 */
import type { ClassifierRun, ClassifierRunsInput } from '../../worker/tasks/classifierRuns';
import type { ClassifierDataset } from '../../worker/tasks/classifierRuns';
import { averageOf, classifierInput, errorRate, logLoss } from '../dropout/dropoutModel';
import { ENSEMBLE_SIZE } from './ensembleSchema';

export const ensembleInput = (dataset: ClassifierDataset, seed: number): ClassifierRunsInput =>
  classifierInput(dataset, Array.from({ length: ENSEMBLE_SIZE }, (_, i) => ({ dropout: 0, seed: (seed + i + 1) >>> 0, bootstrap: true })));

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

/**
 * For K = 1 … all, the validation error of K members' average, itself averaged over all
 * C(n, K) ways to choose the K: the trend the first K's one draw scatters around.
 */
export function anyKErrors(runs: readonly ClassifierRun[], labels: ArrayLike<number>): number[] {
  const n = runs.length, total = new Array<number>(n).fill(0), count = new Array<number>(n).fill(0);
  const sum = new Float64Array(labels.length);
  for (let subset = 1; subset < 1 << n; subset++) {
    sum.fill(0);
    let k = 0;
    for (let m = 0; m < n; m++) {
      if (!(subset & (1 << m))) continue;
      k++;
      const p = runs[m].validationProbability;
      for (let i = 0; i < sum.length; i++) sum[i] += p[i];
    }
    for (let i = 0; i < sum.length; i++) sum[i] /= k;
    total[k - 1] += errorRate(sum, labels);
    count[k - 1]++;
  }
  return total.map((t, i) => t / count[i]);
}
