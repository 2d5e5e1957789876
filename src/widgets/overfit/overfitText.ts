/** Words and numbers the overfitting widget shows, shared with the chapter's numbers module. */
import { formatNumber } from '../surfaces/formatNumber';
import type { DegreeErrors } from './overfitModel';
import { ERROR_CEILING } from './overfitModel';
import type { EarlyStoppingOutput } from '../../worker/tasks/earlyStopping';

/** An error as the widget prints it: three significant digits, "> 100" past the plot's top. */
export const errorText = (e: number): string => (e > ERROR_CEILING ? `> ${ERROR_CEILING}` : formatNumber(e, 3));

export function capacitySentence(curve: readonly DegreeErrors[], best: DegreeErrors, current: number): string {
  const c = curve[current];
  const fresh = c.fresh === null ? '' : `, on new points ${errorText(c.fresh)}`;
  return `Degree ${current}: training error ${errorText(c.train)}, validation error ${errorText(c.validation)}${fresh}. ` +
    `Validation error is lowest at degree ${best.degree} (${errorText(best.validation)}).`;
}

export function fitSentence(degree: number, train: number, nTrain: number, nValidation: number): string {
  const through = degree + 1 >= nTrain ? ` It has ${degree + 1} coefficients for ${nTrain} training points, so it can come close to every one of them.` : '';
  return `A degree-${degree} polynomial fitted to ${nTrain} training points (blue) and checked on ${nValidation} validation points (orange); training error ${errorText(train)}.${through}`;
}

export function earlyStopSentence(run: EarlyStoppingOutput, closedFormValidation: number): string {
  const last = run.validation[run.validation.length - 1];
  const epochs = run.epochs[run.epochs.length - 1];
  if (run.divergedAt !== null) return `Training diverged at epoch ${run.divergedAt}: the error stopped being a finite number.`;
  return `Validation error stops improving at epoch ${run.best.epoch.toLocaleString('en-US')}: ${errorText(run.best.validation)} ` +
    `(training ${errorText(run.best.train)}). After all ${epochs.toLocaleString('en-US')} epochs it is ${errorText(last)}; ` +
    `the exact fit of this degree, where training is heading, has ${errorText(closedFormValidation)}.`;
}
