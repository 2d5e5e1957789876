/**
 * The XOR widget's sentences, apart from the drawing, so the widget, its screen-reader
 * descriptions and the tests read the same words.
 */
import { formatValue } from '../kit/format';
import type { XorTrainingOutput } from '../../worker/tasks/xorTraining';
import { type HiddenView, type Neuron, XOR_DATA, XOR_STEPS } from './xorModel';
import { xorSchema } from './xorSchema';

const XOR_MAX_HIDDEN = xorSchema.hidden.max;

export const LN2 = Math.log(2);

/** A loss as the widget prints it: four decimals, a real minus sign never needed. */
export const lossText = (v: number): string => (Number.isFinite(v) ? v.toFixed(4) : String(v));
export const countText = (k: number): string => `${k} of 4 right`;
const pointText = ([a, c]: readonly number[]): string => `(${formatValue(a, { step: 1 })}, ${formatValue(c, { step: 1 })})`;
const num = (v: number, digits = 2): string => v.toFixed(digits).replace('-', '−');
const stepText = (s: number): string => formatValue(s, { integer: true });

/** "w₁ = 2.00, w₂ = 2.00, b = −1.00". */
export const neuronText = (n: Neuron): string => `w₁ = ${num(n.w1)}, w₂ = ${num(n.w2)}, b = ${num(n.b)}`;

/** Part 1's verdict: how many are right, and why it cannot be four. */
export function neuronSentence(right: number, best: number): string {
  const tail = `No line gets all four: a line that keeps (0, 0) and (1, 1) on one side keeps the segment between them there too, and that segment crosses the one from (0, 1) to (1, 0).`;
  return right === best ? `${countText(right)}, as good as a line gets. ${tail}` : `${countText(right)}; the best a line can do is ${best}. ${tail}`;
}

/** Part 1's figure for a screen reader. */
export function neuronDescription(n: Neuron, right: readonly boolean[], loss: number): string {
  const norm = Math.hypot(n.w1, n.w2);
  const line = norm === 0 ? `With w₁ = w₂ = 0 there is no line: the neuron outputs σ(b) = ${num(1 / (1 + Math.exp(-n.b)))} everywhere.` : `The line ${num(n.w1)}·x₁ + ${num(n.w2)}·x₂ + ${num(n.b)} = 0; class 1 on the side where it is positive.`;
  const points = XOR_DATA.map(({ x, y }, i) => `${pointText(x)}, class ${y}, ${right[i] ? 'right' : 'wrong'}`).join('; ');
  return `${line} ${points}. Cross-entropy ${lossText(loss)}.`;
}

/** Which points sit near p = ½, as a phrase: "(0, 0) and (1, 1)". */
function undecided(ps: readonly number[]): string[] {
  return XOR_DATA.flatMap(({ x }, i) => (Math.abs(ps[i] - 0.5) < 0.1 ? [pointText(x)] : []));
}

const andList = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * What became of the run, in one or two sentences: solved (from which step), stuck on a plateau
 * (with the points left undecided, and what to try), still going, or diverged (and why).
 * `finalOutputs`: p at the four points after the last step.
 */
export function outcomeSentence(run: XorTrainingOutput, lr: number, finalOutputs: readonly number[]): string {
  const last = run.losses.length - 1;
  const loss = `the loss is ${lossText(run.finalLoss)}`;
  switch (run.outcome) {
    case 'solved':
      return `Solved: all four points right from step ${stepText(run.allRightStep ?? last)}; after ${stepText(last)} steps ${loss}.`;
    case 'diverged':
      return `Diverged: ${run.divergence?.reason ?? 'the loss grew'}. The learning rate α = ${formatValue(lr)} is too large: each step overshoots. Try a smaller one.`;
    case 'stuck': {
      const mid = undecided(finalOutputs);
      const wrong = XOR_DATA.flatMap(({ x, y }, i) => ((finalOutputs[i] > 0.5 ? 1 : 0) !== y && !mid.includes(pointText(x)) ? [pointText(x)] : []));
      const plateau = Math.abs(run.finalLoss - LN2) < 0.03
        ? ` (about ln 2 = ${lossText(LN2)}, the loss of answering ½ everywhere)`
        : Math.abs(run.finalLoss - LN2 / 2) < 0.03 ? ` (about ½ ln 2 = ${lossText(LN2 / 2)})` : '';
      const fence = mid.length > 0 ? ` ${andList(mid)} ${mid.length === 1 ? 'sits' : 'sit'} at p ≈ ½, on the fence.` : '';
      const off = wrong.length > 0 ? ` ${andList(wrong)} ${wrong.length === 1 ? 'is' : 'are'} on the wrong side.` : '';
      const wider = run.hidden < XOR_MAX_HIDDEN ? ` or H = ${run.hidden + 1}` : ''; // never advise the H already set
      const tryNext = lr <= 0.1 ? `Try a larger learning rate, another seed (New initial weights)${wider}.` : `Try another seed (New initial weights)${wider}.`;
      return `Stuck: after ${stepText(last)} steps ${loss}${plateau} with ${countText(run.finalRight)}, and it has stopped falling: the run sits on a flat stretch or in a local minimum, where more steps barely help.${fence}${off} ${tryNext}`;
    }
    case 'slow':
      return `Not there yet: after ${stepText(last)} steps ${countText(run.finalRight)} and ${loss}, still falling. A larger learning rate gets there sooner.`;
  }
}

/** The decision-region figure for a screen reader. */
export function regionDescription(step: number, ps: readonly number[]): string {
  const each = XOR_DATA.map(({ x, y }, i) => `${pointText(x)} (class ${y}) gets p = ${num(ps[i])}, ${(ps[i] > 0.5 ? 1 : 0) === y ? 'right' : 'wrong'}`);
  return `After ${stepText(step)} of ${stepText(XOR_STEPS)} steps: ${each.join('; ')}.`;
}

/** The hidden-space figure for a screen reader. */
export function hiddenDescription(view: HiddenView, right: number): string {
  const where = XOR_DATA.map(({ x }, i) => `${pointText(x)} lands at (${num(view.points[i][0])}, ${num(view.points[i][1])})`).join('; ');
  const axes = view.kind === 'units' ? 'the two hidden units h₁ and h₂' : 'a projection: across, the distance from the output unit\'s boundary; up, the first hidden unit\'s direction across it';
  return `In hidden space (${axes}): ${where}. The output unit's line gets ${countText(right)} there.`;
}
