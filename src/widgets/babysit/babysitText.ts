/**
 * The words of "Babysitting a run": status, readouts, the screen-reader descriptions of the
 * three plots, the verdicts of the two sanity checks and the explanation of a divergence.
 */
import { count, fixed, readableNumber } from '../kit/numberText';
import type { BabysitInitialLossOutput, BabysitOverfitOutput } from '../../worker/tasks/babysit';
import { BABYSIT_CLASSES, BABYSIT_LAYERS } from '../../worker/tasks/babysit';
import { HEALTHY_BAND, lastOf, MEAN_WINDOW, runningMean, type RunRecord } from './babysitModel';

export const lossText = (v: number): string => (Number.isFinite(v) ? fixed(v, 3) : String(v));
export const percentText = (v: number): string => (Number.isFinite(v) ? `${Math.round(100 * v)} %` : '–');
export const ratioText = (v: number): string => (Number.isFinite(v) ? (v === 0 ? '0' : readableNumber(v, 2)) : '–');

/** How far a ratio sits from the healthy band. */
export function ratioVerdict(r: number): 'below' | 'healthy' | 'above' | 'none' {
  if (!Number.isFinite(r)) return 'none';
  if (r < HEALTHY_BAND[0]) return 'below';
  if (r > HEALTHY_BAND[1]) return 'above';
  return 'healthy';
}

const VERDICT_WORDS = { below: 'below the healthy band (updates too small to matter)', healthy: 'in the healthy band around 10⁻³', above: 'above the healthy band (each step changes the weights a lot)', none: 'not measured yet' } as const;

export function statusText(run: RunRecord | null, playing: boolean): string {
  if (!run) return 'Not started: press Train.';
  const of = `step ${count(run.step)} of ${count(run.cap)}`;
  if (run.divergence) return `Stopped at step ${count(run.divergence.step)}: the loss is no longer finite.`;
  if (run.step >= run.cap) return `Finished: ${count(run.step)} steps.`;
  return playing ? `Training: ${of}.` : run.step === 0 ? 'Ready: press Train.' : `Paused at ${of}.`;
}

/** The running mean of the mini-batch losses at the end of the run. */
export const lastMeanLoss = (run: RunRecord): number => runningMean(run.stepLoss, MEAN_WINDOW).at(-1) ?? NaN;

export function lossSentence(run: RunRecord | null): string {
  if (!run || run.columns.step.length === 0) return 'No training yet: the plot is empty until you press Train.';
  const step = lastOf(run, 'step');
  const lnC = Math.log(BABYSIT_CLASSES);
  const first = run.columns.trainLoss[0];
  let s = `Loss against the step on a log scale. At step ${count(step)} the training loss is ${lossText(lastOf(run, 'trainLoss'))} and the validation loss ${lossText(lastOf(run, 'validationLoss'))}`;
  s += run.stepLoss.length > 0 ? `; the mean of the last ${Math.min(MEAN_WINDOW, run.stepLoss.length)} mini-batch losses is ${lossText(lastMeanLoss(run))}.` : '.';
  if (Number.isFinite(first)) s += ` It started at ${lossText(first)}, near ln ${BABYSIT_CLASSES} = ${fixed(lnC, 4)}.`;
  return s;
}

export function accuracySentence(run: RunRecord | null): string {
  if (!run || run.columns.step.length === 0) return 'No training yet.';
  return `Accuracy against the step. At step ${count(lastOf(run, 'step'))}: ${percentText(lastOf(run, 'trainAccuracy'))} of the training points and ${percentText(lastOf(run, 'validationAccuracy'))} of the validation points are classified correctly; guessing gives ${percentText(1 / BABYSIT_CLASSES)}.`;
}

export function ratioSentence(run: RunRecord | null): string {
  const i = run ? run.columns.step.length - 1 : -1;
  if (!run || i < 1) return 'No step taken yet: the ratios appear after the first chunk of steps.';
  const parts = BABYSIT_LAYERS.map((l) => {
    const r = run.columns[`ratio${l}`][i];
    return `${l} ${ratioText(r)}, ${VERDICT_WORDS[ratioVerdict(r)]}`;
  });
  return `Update-to-weight ratio ‖ΔW‖/‖W‖ of each weight matrix on a log scale, with the healthy band 10⁻⁴ to 10⁻² shaded. At step ${count(run.columns.step[i])}: ${parts.join('; ')}.`;
}

/** A short diagnosis of the run so far, in the words of CS231n's checklist. */
export function diagnosis(run: RunRecord | null): string | null {
  if (!run || run.divergence || run.columns.step.length < 6) return null;
  const lnC = Math.log(BABYSIT_CLASSES);
  const train = run.columns.trainLoss;
  const last = train[train.length - 1], best = Math.min(...train);
  if (last > 0.9 * lnC && best < 0.8 * last) {
    return `The loss fell to ${lossText(best)} and came back up to ${lossText(last)}, above ln ${BABYSIT_CLASSES} = ${lossText(lnC)}: the network now does worse than guessing. Steps this large knocked the ReLUs into the region where they output 0 for every point, so no gradient reaches them again: the learning rate is too high.`;
  }
  const drop = train[0] - last;
  if (drop < 0.2 * train[0] && lastOf(run, 'step') >= 500) {
    return `After ${count(lastOf(run, 'step'))} steps the loss has fallen by only ${lossText(drop)}, at an almost constant pace: the learning rate is too low (look at the update ratios).`;
  }
  return null;
}

/** Why the loss stopped being finite, with the numbers of this run. */
export function divergenceText(run: RunRecord): string {
  const d = run.divergence;
  if (!d) return '';
  const finite = run.stepLoss.filter((v) => Number.isFinite(v));
  const rise = finite.length >= 2 ? ` In the steps before, the mini-batch loss went from ${readableNumber(finite[0])} to ${readableNumber(finite[finite.length - 1])}.` : '';
  return `The loss stopped being finite at step ${count(d.step)} (${d.reason}).${rise} Each step overshot: along some direction it moved the weights past the minimum by more than they had been from it, so the error grew by a factor every step, the scores grew with it until e^score overflowed to Infinity, and Infinity − Infinity is NaN. Lower the learning rate α (with a large L2 strength λ, α·λ alone can be too large).`;
}

export function initialLossVerdict(out: BabysitInitialLossOutput): { good: boolean; text: string } {
  const off = Math.abs(out.dataLoss - out.lnC) / out.lnC;
  const good = off < 0.05;
  let text = `Loss before training: ${fixed(out.dataLoss, 4)}. Expected with ${out.classes} classes and small random scores: ln ${out.classes} = ${fixed(out.lnC, 4)}. Off by ${fixed(100 * off, 1)} %: ${good ? 'as expected.' : 'too far; check the initialization and the loss.'}`;
  if (out.penalty > 0) text += ` With the L2 penalty on, the loss the optimizer sees is higher by ½λΣw² = ${fixed(out.penalty, 4)}: ${fixed(out.total, 4)}.`;
  return { good, text };
}

export function overfitVerdict(out: BabysitOverfitOutput): { good: boolean; text: string } {
  if (out.divergence) return { good: false, text: `Failed: on ${out.examples} examples the loss stopped being finite at step ${count(out.divergence.step)} (${out.divergence.reason}). Lower the learning rate.` };
  const good = out.belowAt !== null && out.finalAccuracy === 1;
  const when = out.belowAt !== null ? `fell below ${out.threshold} after ${count(out.belowAt)} steps` : `did not fall below ${out.threshold} in ${count(out.budget)} steps`;
  return {
    good,
    text: `On ${out.examples} training examples, without a penalty, the loss ${when}; after ${count(out.budget)} steps it is ${readableNumber(out.finalLoss)} with ${percentText(out.finalAccuracy)} training accuracy. ${good ? 'Passed: the network and its gradients can fit data.' : 'Not passed: a network this size should memorize 20 points; with these settings it cannot (is the learning rate too low or too high?).'}`,
  };
}
