/** What the dropout and ensemble widgets say in words, shared with the chapter's numbers. */
import type { ClassifierRun } from '../../worker/tasks/classifierRuns';
import { formatNumber } from '../surfaces/formatNumber';

export const lossText = (v: number): string => formatNumber(v, 3);
export const percentText = (share: number): string => `${(share * 100).toFixed(1)} %`;

const last = (a: Float64Array): number => a[a.length - 1];
/** A run's overfitting: its final validation loss minus its final training loss. */
export const gapOf = (run: ClassifierRun): number => last(run.validationCurve) - last(run.trainCurve);
export const finalTrainLoss = (run: ClassifierRun): number => last(run.trainCurve);
export const finalValidationLoss = (run: ClassifierRun): number => last(run.validationCurve);

export function runSentence(name: string, run: ClassifierRun): string {
  return `${name}: training accuracy ${percentText(run.trainAccuracy)}, validation accuracy ${percentText(run.validationAccuracy)}; ` +
    `training loss ${lossText(finalTrainLoss(run))}, validation loss ${lossText(finalValidationLoss(run))}.`;
}

export function gapSentence(plain: ClassifierRun, dropped: ClassifierRun, p: number): string {
  const a = gapOf(plain), b = gapOf(dropped);
  const verdict = b < a ? 'narrows' : 'does not narrow';
  return `Dropout at p = ${p} ${verdict} the gap between validation and training loss: the gap is ${lossText(a)} without it and ${lossText(b)} with it.`;
}
