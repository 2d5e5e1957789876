/**
 * A failed run (failure.ts) in three sentences: what happened, why (dead ReLU units, or the
 * layer whose update-to-weight ratio is huge or tiny, from the chunk's own numbers), and what
 * to try. The cause names a layer and a count so the reader can see it in the diagram.
 */
import type { NetworkConfig } from '../../worker/tasks/playgroundNet';
import type { PlaygroundTrainOutput } from '../../worker/tasks/playgroundTrain';
import type { Failure } from './failure';
import { layerName, lossText, ratioText, stepText } from './playgroundText';

/** ‖Δw‖/‖w‖ above this overshoots (the rule of thumb is about 1e-3). */
export const HUGE_RATIO = 0.1;
/** Below this in every layer, the learning rate is too small to get anywhere. */
export const TINY_RATIO = 1e-4;

export interface FailureText {
  readonly what: string;
  readonly why: string;
  readonly advice: string;
}

type Out = Pick<PlaygroundTrainOutput, 'peakRatio' | 'deadUnits'>;

export function failureText(f: Failure, out: Out, network: Pick<NetworkConfig, 'hidden' | 'activations' | 'regression'>, lr: number): FailureText {
  const L = network.hidden.length + 1;
  const what = f.kind === 'risen'
    ? `After ${stepText(f.step)} steps the training loss is ${lossText(f.to)}, above the ${lossText(f.from)} it started at: the run is going the wrong way.`
    : f.kind === 'rising'
      ? `The training loss has risen over most of the last ${f.window} measurements, from ${lossText(f.from)} to ${lossText(f.to)} (step ${stepText(f.step)}).`
      : `After ${stepText(f.step)} steps the training loss is still ${lossText(f.to)}, no better than ${lossText(f.baseline)}, which a network that ignores its input gets by always predicting ${network.regression ? 'the mean target' : 'each class with its share of the training points'}.`;

  const causes: string[] = [], tries: string[] = [];
  const dead = Array.from(out.deadUnits, (n, l) => ({ n, l, width: network.hidden[l], relu: network.activations[l] === 'relu' })).filter((d) => d.n > 0);
  if (dead.length > 0) {
    const list = dead.map((d) => `${d.n} of ${d.width} ${d.relu ? 'ReLU ' : ''}units in ${layerName(d.l + 1, L)}`).join(', ');
    const whole = dead.some((d) => d.n === d.width);
    causes.push(`${list} ${dead.length === 1 && dead[0].n === 1 ? 'is' : 'are'} dead: their output is 0 on every training point, so no gradient passes through them and they never come back${whole ? '; with a whole layer dead the output is the same everywhere and only the output biases still learn' : ''}. A step too large pushed their inputs below 0 for every point.`);
    tries.push('Leaky ReLU instead of ReLU (its units never go fully silent)');
  }
  let worst = 0;
  for (let l = 1; l < out.peakRatio.length; l++) if (out.peakRatio[l] > out.peakRatio[worst]) worst = l;
  const peak = out.peakRatio[worst] ?? 0;
  const tiny = out.peakRatio.length > 0 && Array.from(out.peakRatio).every((r) => r < TINY_RATIO);
  if (peak >= HUGE_RATIO) {
    causes.push(`${layerName(worst + 1, L)[0].toUpperCase()}${layerName(worst + 1, L).slice(1)} moves by up to ${ratioText(peak)} of its size in one step (‖Δw‖/‖w‖; about 1e-3 is healthy): each step jumps across the valley instead of down into it.`);
  } else if (tiny && dead.length === 0) {
    causes.push(`Every layer moves by less than ${ratioText(TINY_RATIO)} of its size per step: the learning rate is too small to get anywhere in this many steps.`);
    tries.push(`a larger learning rate (it is ${lr.toPrecision(2)}; try ten times more) or Adam`);
  }
  if (peak >= HUGE_RATIO || dead.length > 0 || f.kind !== 'stuck') tries.unshift(`a lower learning rate (it is ${lr.toPrecision(2)}; try a tenth)`);
  if (causes.length === 0) {
    causes.push(f.kind === 'stuck'
      ? 'No unit is dead and no layer\'s step is extreme: the run may be crossing a flat stretch it leaves later (keep playing), or the network may be too small, or its features too poor, for this data.'
      : 'No unit is dead and no layer\'s step is extreme: the learning rate is likely a little too high for this batch size, so the loss bounces upward.');
  }
  tries.push('Adam, batch normalization or a larger batch');
  return {
    what,
    why: causes.join(' '),
    advice: `Try: ${tries.join('; ')}. Training keeps running; Reset starts again from the same weights.`,
  };
}
