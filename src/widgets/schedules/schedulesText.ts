/**
 * What the schedules widget says in words: the numbers a reader compares (final loss above the
 * least-squares floor, the spread of the last 50 iterates) and the screen-reader descriptions
 * of its plots, from the same values the plots draw.
 */
import { plural, readableNumber } from '../kit/numberText';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import type { Spread } from './scheduleModel';

export const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? readableNumber(v, digits) : String(v));

/** "α₀ = 0.05 falls to 0.00135 by the last step (2.7% of α₀); its mean over the run is 0.0152." */
export function describeCurve(kindLabel: string, rates: Float64Array, lr: number): string {
  const n = rates.length;
  let sum = 0, peak = 0, peakAt = 0;
  for (let t = 0; t < n; t++) {
    sum += rates[t];
    if (rates[t] > peak) {
      peak = rates[t];
      peakAt = t;
    }
  }
  const last = rates[n - 1];
  return (
    `Learning rate against step for the ${kindLabel} schedule, over ${plural(n, 'step')}: it starts at ${fmt(rates[0])}` +
    (peakAt > 0 ? `, peaks at ${fmt(peak)} at step ${peakAt}` : '') +
    ` and ends at ${fmt(last)} (${fmt((100 * last) / lr)}% of α₀ = ${fmt(lr)}); its mean is ${fmt(sum / n)}. ` +
    `The constant rate stays at ${fmt(lr)}.`
  );
}

/** One run's result in a sentence. */
export function runSentence(name: string, run: RacerResult, minimum: number | null, spread: Spread | null): string {
  if (run.divergence) return `${name} diverged at step ${run.divergence.step} (${run.divergence.reason}).`;
  const final = run.losses[run.steps];
  const above = minimum === null ? '' : `, ${fmt(final - minimum)} above the least-squares ${fmt(minimum, 4)}`;
  return `${name} ends with full-data MSE ${fmt(final, 4)}${above}; its last ${spread?.count ?? 0} iterates lie ${fmt(spread?.rms ?? NaN)} from their mean (RMS).`;
}

/** The ratio of the two spreads, for the headline: "the schedule's last iterates are 27 times tighter". */
export function spreadComparison(scheduled: Spread | null, constant: Spread | null): string | null {
  if (!scheduled || !constant || !(scheduled.rms > 0) || !(constant.rms > 0)) return null;
  const r = constant.rms / scheduled.rms;
  if (r >= 1.05) return `The schedule's last ${scheduled.count} iterates are ${fmt(r, 2)} times tighter than the constant rate's.`;
  if (r <= 1 / 1.05) return `The schedule's last ${scheduled.count} iterates are ${fmt(1 / r, 2)} times as spread out as the constant rate's: its rate is not lower at the end.`;
  return `Both runs' last ${scheduled.count} iterates are about equally spread.`;
}
