/**
 * What "Activations and initialization" says in numbers and words, shared with the chapter's
 * numbers file and the browser test, so all three print the same text for the same result.
 * Every verdict is decided by activationsModel.ts from the numbers the worker returned.
 */
import { fixed, sci, significant } from '../kit/numberText';
import { type ActFunction, type ActivationStatsOutput, LEAKY_SLOPE, SATURATION } from '../../worker/tasks/activationStats';
import { activationTrend, gradientTrend, maxSlope, meanSaturated, perLayerFactor } from './activationsModel';
import { FUNCTION_SYMBOLS } from './activationsSchema';

/** A standard deviation, a mean or a factor: 2 significant digits, powers of ten when tiny or huge. */
export const num = (v: number): string => (v === 0 ? '0' : Math.abs(v) >= 1e3 ? sci(v, 2) : significant(v, 2));
/** A function value or slope at part 1's point: 3 significant digits. */
export const val = (v: number): string => (v === 0 ? '0' : significant(v, 3));
/** A share as a whole percentage. */
export const percent = (share: number): string => `${Math.round(100 * share)} %`;
/** Part 1's x as its slider shows it. */
export const xText = (x: number): string => fixed(x, 1);

/** "tanh(1.0) = 0.762" and "tanh′(1.0) = 0.420". */
export function readout(fn: ActFunction, x: number, f: number, df: number): { value: string; slope: string } {
  const s = FUNCTION_SYMBOLS[fn];
  return { value: `${s}(${xText(x)}) = ${val(f)}`, slope: `${s}′(${xText(x)}) = ${val(df)}` };
}

/** Where the function's slope is largest, and what that does to a gradient passing back. */
export function slopeSentence(fn: ActFunction): string {
  const { slope, at } = maxSlope(fn);
  switch (fn) {
    case 'sigmoid':
      return `σ′ is largest at x = ${xText(at)}, where it is 1/4 = ${val(slope)}: a gradient passing back through a sigmoid shrinks at least fourfold.`;
    case 'tanh':
      return `tanh′ is largest at x = ${xText(at)}, where it is ${val(slope)}, and below 0.02 once |x| > ${fixed(Math.atanh(SATURATION), 2)}, where tanh is saturated (|tanh x| > ${SATURATION}).`;
    case 'relu':
      return `ReLU′ is ${val(slope)} for x > 0 and 0 for x < 0: a unit whose input is negative passes no gradient back. At 0 there is no derivative; the engine takes 0.`;
    case 'leakyRelu':
      return `Leaky ReLU′ is ${val(slope)} for x > 0 and ${LEAKY_SLOPE} for x < 0 (also at 0), so some gradient always passes back.`;
  }
}

const last = (o: ActivationStatsOutput) => o.layers - 1;

/** The saturation rule in words, per activation. */
const saturationRule = (fn: ActFunction): string => (fn === 'tanh' ? `|h| > ${SATURATION}` : `h < ${fixed(1 - SATURATION, 2)} or h > ${SATURATION}`);

/** Within the healthy band a slow drift still adds up over ten layers: say so, with its rate. */
function drift(from: number, to: number, layers: number): string {
  const q = perLayerFactor(from, to, layers - 1);
  if (!(Math.abs(Math.log(q)) > Math.log(1.03))) return '';
  return `, ${q < 1 ? 'shrinking' : 'growing'} slowly (about ×${num(q)} per layer)`;
}

/** The activations' verdict: one or two sentences. */
export function activationVerdict(o: ActivationStatsOutput): string {
  const first = o.actStd[0], end = o.actStd[last(o)], L = o.layers;
  const q = num(perLayerFactor(first, end, L - 1));
  const span = `std ${num(first)} in layer 1, ${num(end)} in layer ${L}`;
  const bn = o.batchNorm ? 'Batch norm rescales every layer’s pre-activations to mean 0 and std 1 over the batch, whatever the weights’ scale. ' : '';
  switch (activationTrend(o)) {
    case 'copies':
      return `Every unit in a layer holds the same value for every input (${num(o.actMean[last(o)])} in layer ${L}): with equal weights all units compute the same thing and receive the same gradient, so they stay copies of one another. This is the symmetry problem; random weights break it.${o.batchNorm ? ' Batch norm cannot: a layer whose units are all equal normalizes to 0.' : ''}`;
    case 'vanished':
      return `${bn}The last layer’s activations have std ${num(end)} (layer 1: ${num(first)}): they have vanished, shrinking about ×${q} per layer.`;
    case 'collapsed':
      return `${bn}The activations have collapsed: every unit of layer ${L} outputs about ${val(o.actMean[last(o)])} whatever the input (std ${num(end)}), so the layer passes on almost nothing about it.`;
    case 'exploded':
      return `${bn}The last layer’s activations have std ${num(end)} (layer 1: ${num(first)}): they have exploded, growing about ×${q} per layer.`;
    case 'saturated':
      return `${bn}${percent(meanSaturated(o))} of the ${FUNCTION_SYMBOLS[o.activation]} units are saturated (${saturationRule(o.activation)}), on the flat ends where the slope is almost 0.`;
    case 'shrinking':
      return `${bn}The activations shrink about ×${q} per layer: ${span}. A deeper network would lose them.`;
    case 'growing':
      return `${bn}The activations grow about ×${q} per layer: ${span}. A deeper network would blow them up.`;
    case 'healthy':
      return `${bn}The activations stay in a usable range: ${span}${drift(first, end, L)}.`;
  }
}

/** The gradients' verdict, from the top layer (the probe r, std 1) down to layer 1. */
export function gradientVerdict(o: ActivationStatsOutput): string {
  const top = o.gradStd[last(o)], bottom = o.gradStd[0], L = o.layers;
  const q = num(perLayerFactor(top, bottom, L - 1));
  const span = `std ${num(top)} at layer ${L}, ${num(bottom)} at layer 1`;
  switch (gradientTrend(o)) {
    case 'copies':
      return `No gradient reaches layers 1 to ${L - 1}: ∂L/∂h is exactly 0 below the top, because it is passed back through weights that are all 0.`;
    case 'vanished':
      return `The gradient vanishes on its way down: ${span}, about ×${q} per layer. Layer 1’s weights would barely learn.`;
    case 'exploded':
      return `The gradient explodes on its way down: ${span}, about ×${q} per layer. One step would throw layer 1’s weights far away.`;
    case 'shrinking':
      return `The gradient shrinks on its way down: ${span}, about ×${q} per layer.`;
    case 'growing':
      return `The gradient grows on its way down: ${span}, about ×${q} per layer.`;
    default:
      return `The gradient keeps a usable scale on its way down: ${span}${drift(top, bottom, L)}.`;
  }
}

/** A row of histograms in words, for screen readers. */
export function histogramText(what: string, o: ActivationStatsOutput, std: Float64Array, lo: number, hi: number): string {
  const layers = Array.from(std, (s, l) => `layer ${l + 1} std ${num(s)}`).join(', ');
  return `Histograms of the ${what} of layers 1 to ${o.layers}, each over ${num(lo)} to ${num(hi)}: ${layers}.`;
}
