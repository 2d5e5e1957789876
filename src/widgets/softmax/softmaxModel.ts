/**
 * The arithmetic of "Softmax and cross-entropy", pure, so the widget and the chapter's numbers
 * file (in Node) print the same numbers. Everything comes from the core's engine: probabilities
 * from its `softmax` op, the loss from its `softmaxCrossEntropy` or `multiclassHinge` op, and
 * ∂L/∂s from `backward()` through that op, so the widget shows the engine's own gradient. The
 * formulas a reader learns (p − onehot; +1 per violator, −count on the true class) are computed
 * beside it, and the tests hold the engine to them.
 *
 * Softmax is computed stably, as the core does: with m = max s, pₖ = e^{sₖ − m} / Σⱼ e^{sⱼ − m},
 * the same fraction as e^{sₖ} / Σⱼ e^{sⱼ} but never overflowing (e^{1000} is Infinity).
 * The loss is the NATURAL log: L = −ln p_y.
 */
import { gradCheck, multiclassHinge, relativeError, softmax, softmaxCrossEntropy, type Tensor, tensor, valueAndGrad, wrap } from '../../core';
import { CLASS_NAMES, type ClassName, type LossKind, type SoftmaxState } from './softmaxSchema';

/** The SVM's margin Δ: a wrong class costs nothing once it trails the true class by Δ. */
export const SVM_MARGIN = 1;
/** The step of the central differences, (L(s + h) − L(s − h)) / 2h. */
export const CHECK_H = 1e-5;

export interface SoftmaxTable {
  readonly kind: LossKind;
  /** Class names, one per score. */
  readonly names: readonly ClassName[];
  /** Index of the true class y (0 when the state's true class is not among the classes). */
  readonly truth: number;
  readonly scores: readonly number[];
  /** e^{sₖ}: what the fraction is made of (at most e^{10} here, so it is shown as is). */
  readonly exps: readonly number[];
  /** The largest score m, subtracted before exponentiating. */
  readonly max: number;
  /** e^{sₖ − m}, each ≤ 1, and their sum: what the stable computation actually divides. */
  readonly shiftedExps: readonly number[];
  readonly shiftedSum: number;
  /** softmax(s)ₖ, by the core's softmax op. */
  readonly probs: readonly number[];
  /** p_y, the probability of the true class. */
  readonly trueProb: number;
  /** SVM: sⱼ − s_y + Δ for each class (NaN for the true class, which has no term). */
  readonly margins: readonly number[];
  /** SVM: max(0, marginⱼ), 0 for the true class; the loss is their sum. */
  readonly hingeTerms: readonly number[];
  /** SVM: how many wrong classes are within Δ of the true class (positive margin). */
  readonly violators: number;
  /** The loss of the chosen kind, by the core's op: −ln p_y, or Σ hinge terms. */
  readonly loss: number;
  /** ∂L/∂sₖ by the core's backward() through the loss op. */
  readonly grads: readonly number[];
  /** ∂L/∂sₖ by the textbook formula: pₖ − [k = y], or the SVM's counting rule. */
  readonly formulaGrads: readonly number[];
  /** ∂L/∂sₖ by central differences with step CHECK_H. */
  readonly numericGrads: readonly number[];
  /** |backprop − numerical| / max(|backprop|, |numerical|), per class (0 when both are 0). */
  readonly relativeErrors: readonly number[];
  /** The largest of relativeErrors, and where. */
  readonly maxRelativeError: number;
  readonly worst: number;
  /** SVM: classes whose margin is within CHECK_H of 0, where the loss has a kink and no
   *  derivative: the central difference straddles it and reads a slope in between. */
  readonly kinks: readonly number[];
}

/** The true class's index, or null when the state names a class it does not have (truth=frog
 *  with three scores: possible in a link). */
export function truthIndex(state: Pick<SoftmaxState, 'scores' | 'truth'>): number | null {
  const i = CLASS_NAMES.indexOf(state.truth);
  return i < state.scores.length ? i : null;
}

/** The loss op of each kind, on scores of shape [1, K] and one label. */
function lossOp(kind: LossKind, scores: Tensor, label: Tensor): Tensor {
  return kind === 'softmax' ? softmaxCrossEntropy(scores, label) : multiclassHinge(scores, label, SVM_MARGIN);
}

/** The textbook gradients, written out so the tests can hold the engine to them. */
export function formulaGradients(kind: LossKind, scores: readonly number[], probs: readonly number[], y: number): number[] {
  if (kind === 'softmax') return probs.map((p, k) => p - (k === y ? 1 : 0));
  const g = scores.map(() => 0);
  for (let j = 0; j < scores.length; j++) {
    if (j !== y && scores[j] - scores[y] + SVM_MARGIN > 0) {
      g[j] += 1;
      g[y] -= 1;
    }
  }
  return g;
}

export function softmaxTable(state: SoftmaxState): SoftmaxTable {
  const scores = [...state.scores];
  const k = scores.length;
  const y = truthIndex(state) ?? 0;
  const names = CLASS_NAMES.slice(0, k);
  const label = tensor([y], [1]);

  const max = Math.max(...scores);
  const shiftedExps = scores.map((s) => Math.exp(s - max));
  const shiftedSum = shiftedExps.reduce((a, b) => a + b, 0);
  const probs = Array.from(softmax(tensor(scores, [1, k])).data);

  const { value: loss, grads: [g] } = valueAndGrad((s: Tensor) => lossOp(state.loss, s, label))(tensor(scores, [1, k]));
  const grads = Array.from(g);

  // The loss as a function of a flat score vector, for the central differences: the same op,
  // forward only (gradCheck perturbs w in place and restores it exactly).
  const f = (w: Float64Array): number => lossOp(state.loss, wrap(w, [1, k]), label).data[0];
  const check = gradCheck(f, Float64Array.from(scores), grads, { h: CHECK_H });
  const numericGrads = Array.from(check.numeric);
  const relativeErrors = grads.map((a, i) => relativeError(a, numericGrads[i]));

  const margins = scores.map((s, j) => (j === y ? NaN : s - scores[y] + SVM_MARGIN));
  const hingeTerms = margins.map((m) => (Number.isNaN(m) ? 0 : Math.max(0, m)));
  return {
    kind: state.loss,
    names,
    truth: y,
    scores,
    exps: scores.map(Math.exp),
    max,
    shiftedExps,
    shiftedSum,
    probs,
    trueProb: probs[y],
    margins,
    hingeTerms,
    violators: margins.filter((m) => m > 0).length,
    loss,
    grads,
    formulaGrads: formulaGradients(state.loss, scores, probs, y),
    numericGrads,
    relativeErrors,
    maxRelativeError: check.maxRelativeError,
    worst: check.worst.index,
    kinks: state.loss === 'svm' ? margins.flatMap((m, j) => (Math.abs(m) < CHECK_H ? [j] : [])) : [],
  };
}
