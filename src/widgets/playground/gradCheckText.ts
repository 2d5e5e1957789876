/**
 * The gradient check's verdicts (CS231n's scale for the relative error of a float64 check):
 * below 1e-4 backprop agrees with the differences; 1e-4 to 1e-2 is doubtful (acceptable only
 * where a ReLU kink sits inside ±h); above 1e-2 the gradient is wrong for that layer.
 */
import type { LayerCheck, PlaygroundGradCheckOutput } from '../../worker/tasks/playgroundGradCheck';
import { layerName } from './playgroundText';

export const AGREE = 1e-4;
export const WRONG = 1e-2;

export type Verdict = 'agree' | 'doubtful' | 'wrong';

export const verdictOf = (e: number): Verdict => (!(e < WRONG) ? 'wrong' : e < AGREE ? 'agree' : 'doubtful');

export const errorText = (e: number): string => (Number.isFinite(e) ? (e === 0 ? '0' : e.toExponential(1)) : String(e));

export function layerVerdict(l: LayerCheck, layers: number, kinks: boolean): string {
  const v = verdictOf(l.maxRelativeError);
  return v === 'agree'
    ? 'backprop agrees with the differences'
    : v === 'doubtful'
      ? kinks ? 'doubtful: a ReLU kink within ±h of one weight can do this; check again after a step' : 'doubtful: larger than round-off explains'
      : `wrong: the backward pass of ${layerName(l.layer, layers)} disagrees (worst weight #${l.worst.index}: backprop ${l.worst.analytic.toPrecision(3)}, differences ${l.worst.numeric.toPrecision(3)})`;
}

/** One line for the whole check. */
export function checkSummary(out: PlaygroundGradCheckOutput): string {
  const worst = Math.max(...out.layers.map((l) => l.maxRelativeError));
  const v = verdictOf(worst);
  const head = v === 'agree'
    ? `The gradient is right: in every layer backprop and central differences agree to ${errorText(worst)} or better.`
    : v === 'doubtful'
      ? `Mostly right: the largest disagreement is ${errorText(worst)}.`
      : `The gradient is wrong somewhere: a disagreement of ${errorText(worst)}.`;
  const notes = [`Checked on the mini-batch of step ${out.step.toLocaleString('en-US')} (${out.batch} points), up to ${Math.max(...out.layers.map((l) => l.checked))} weights per layer, without the L1/L2 penalty.`];
  if (out.dropoutOff) notes.push('Dropout was off for the check: a fresh random mask per evaluation would make the differences meaningless.');
  if (out.kinks) notes.push('ReLU has a kink at 0: where a unit\'s input is within ±h of it, one weight\'s difference can be off by a lot though the code is right.');
  return [head, ...notes].join(' ');
}
