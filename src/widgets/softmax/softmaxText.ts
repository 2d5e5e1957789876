/**
 * What "Softmax and cross-entropy" says in numbers and words, shared with the chapter's numbers
 * file and the browser test, so all three print the same text for the same state.
 */
import { fixed, sci, significant, typographicMinus } from '../kit/numberText';
import { CHECK_H, SVM_MARGIN, type SoftmaxTable } from './softmaxModel';

/** Table and bar values: 3 significant digits, a real minus, powers of ten when tiny or huge. */
export const num = (v: number): string => significant(v, 3);
/** A score as its slider shows it (one decimal). */
export const scoreText = (v: number): string => (Number(v.toFixed(1)) === v ? fixed(v, 1) : typographicMinus(String(v)));
/** A gradient with its sign written even when positive, so up and down read at a glance. */
export const signed = (v: number): string => (v > 0 ? `+${num(v)}` : num(v));
/** The check's two gradients: 7 significant digits, enough to see them agree (they part near
 *  the tenth) and narrow enough for three columns at 375 px. */
export const precise = (v: number): string => (v === 0 ? '0' : significant(v, 7));
/** A relative error: a power of ten when small, plain when large (a kink's 1, not 10⁰), 0
 *  when the two agree exactly. */
export const errorText = (e: number): string => (e === 0 ? '0' : e >= 0.01 ? significant(e, 2) : sci(e, 2));

/** Gradients smaller than this are mostly round-off in a central difference (see checkSentence). */
export const TINY_GRADIENT = 1e-6;

/** The loss as a worked line: "L = −ln p(cat) = −ln 0.9507 = 0.0506" (p to one digit more
 *  than L, so the reader's own −ln of the printed p rounds to the printed L). */
export function lossEquation(t: SoftmaxTable): string {
  const y = t.names[t.truth];
  if (t.kind === 'softmax') return `L = −ln p(${y}) = −ln ${significant(t.trueProb, 4)} = ${num(t.loss)}`;
  const terms = t.hingeTerms.filter((_, j) => j !== t.truth).map(num).join(' + ');
  return `L = Σ max(0, sⱼ − s(${y}) + ${SVM_MARGIN}) = ${terms} = ${num(t.loss)}`;
}

/** Why the loss is what it is, in words (the live sentence's second half). */
export function lossReason(t: SoftmaxTable): string {
  const y = t.names[t.truth];
  if (t.kind === 'softmax') return `the true class, ${y}, has probability ${num(t.trueProb)}.`;
  const v = t.violators;
  return v === 0 ? `every wrong class trails ${y} by at least ${SVM_MARGIN}.` : `${v} wrong ${v === 1 ? 'class is' : 'classes are'} within ${SVM_MARGIN} of ${y}'s score or above it.`;
}

/** The live sentence: the loss and what it depends on. */
export const lossSentence = (t: SoftmaxTable): string => `Loss ${num(t.loss)}: ${lossReason(t)}`;

const list = (t: SoftmaxTable, values: readonly number[], fmt: (v: number) => string): string =>
  t.names.map((name, k) => `${name}${k === t.truth ? ' (the true class)' : ''} ${fmt(values[k])}`).join(', ');

/** The first picture in words: probabilities, or the SVM's hinge terms. */
export function firstPictureText(t: SoftmaxTable): string {
  if (t.kind === 'softmax') return `Probabilities: ${list(t, t.probs, num)}. They sum to 1.`;
  return `Hinge terms max(0, sⱼ − s(${t.names[t.truth]}) + ${SVM_MARGIN}) of the wrong classes: ${t.names.flatMap((n, j) => (j === t.truth ? [] : [`${n} ${num(t.hingeTerms[j])}`])).join(', ')}. The loss is their sum, ${num(t.loss)}.`;
}

/** The gradient picture in words. */
export function gradientPictureText(t: SoftmaxTable): string {
  const y = t.names[t.truth];
  return `Gradient of the loss on each score: ${list(t, t.grads, signed)}. The gradients sum to 0; a gradient step lowers the scores with positive gradients and raises ${y}'s score if its gradient is negative.`;
}

/** The stable computation in words (softmax only). */
export function stableSentence(t: SoftmaxTable): string {
  const shift = t.max < 0 ? `s + ${scoreText(-t.max)}` : `s − ${scoreText(t.max)}`;
  return `Computed stably: the largest score, ${scoreText(t.max)}, is subtracted first, so the exponentials are e^(${shift}) = ${t.shiftedExps.map(num).join(', ')} (sum ${num(t.shiftedSum)}), each at most 1; dividing by their sum gives the same probabilities without overflow.`;
}

/** The numerical check's verdict, with the two cases where a relative error misleads. */
export function checkSentence(t: SoftmaxTable): string {
  const worst = t.worst >= 0 ? t.names[t.worst] : t.names[0];
  const head = `Largest relative error ${errorText(t.maxRelativeError)} (${worst}), central differences with h = ${sci(CHECK_H, 1)}.`;
  if (t.kinks.length > 0) {
    const at = t.kinks.map((j) => t.names[j]).join(' and ');
    return `${head} The margin of ${at} is 0 (to within h): the hinge has a kink there and the loss no derivative. Backpropagation takes one side's slope; the central difference straddles the kink and averages the two.`;
  }
  const tiny = Math.max(Math.abs(t.grads[t.worst] ?? 0), Math.abs(t.numericGrads[t.worst] ?? 0)) < TINY_GRADIENT;
  if (tiny) {
    const rest = t.relativeErrors.filter((_, k) => Math.max(Math.abs(t.grads[k]), Math.abs(t.numericGrads[k])) >= TINY_GRADIENT);
    const restText = rest.length > 0 ? ` Over the gradients above ${sci(TINY_GRADIENT, 1)}, the largest is ${errorText(Math.max(...rest))}.` : '';
    return `${head} The gradient of ${worst} is only ${num(t.grads[t.worst])}: the two losses differ in their last digits, so round-off, not the gradient, dominates that difference.${restText}`;
  }
  return `${head} ${t.maxRelativeError < 1e-6 ? 'Backpropagation and the numerical derivative agree.' : 'A relative error this large means a wrong gradient.'}`;
}
