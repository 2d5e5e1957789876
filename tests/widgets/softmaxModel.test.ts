/**
 * "Softmax and cross-entropy"'s arithmetic: softmax and the natural-log loss by hand; the
 * engine's backward() against the textbook gradients (p − onehot; the SVM's counting rule) and
 * against central differences; gradients summing to 0; softmax unchanged by adding a constant
 * to every score (seeded random inputs); the SVM by hand; the words the widget prints.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core';
import { formulaGradients, softmaxTable, truthIndex } from '../../src/widgets/softmax/softmaxModel';
import { type ClassName, CLASS_NAMES, type LossKind, type SoftmaxState } from '../../src/widgets/softmax/softmaxSchema';
import { checkSentence, lossEquation, lossSentence } from '../../src/widgets/softmax/softmaxText';

const state = (scores: number[], truth: ClassName = 'cat', loss: LossKind = 'softmax'): SoftmaxState => ({ scores, truth, loss });
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const DEFAULT = state([6.5, 2, 3.3]);

describe('softmax cross-entropy', () => {
  it('the default by hand: e^6.5, e^2, e^3.3 over their sum, and the loss in natural log', () => {
    // e^6.5 = 665.14163, e^2 = 7.3890561, e^3.3 = 27.112639; sum 699.64333.
    // p = 0.95068674, 0.01056118, 0.03875209;  L = −ln 0.95068674 = 0.05057067 (not log₁₀: 0.02196).
    const t = softmaxTable(DEFAULT);
    expect(t.exps[0]).toBeCloseTo(665.14163, 4);
    expect(t.exps[1]).toBeCloseTo(7.3890561, 6);
    expect(t.exps[2]).toBeCloseTo(27.112639, 5);
    expect(t.probs[0]).toBeCloseTo(0.95068674, 8);
    expect(t.probs[1]).toBeCloseTo(0.01056118, 8);
    expect(t.probs[2]).toBeCloseTo(0.03875209, 8);
    expect(t.trueProb).toBe(t.probs[0]);
    expect(t.loss).toBeCloseTo(0.05057067, 8);
    expect(t.loss).toBeCloseTo(-Math.log(665.14163 / 699.64333), 6);
    expect(Number(t.loss.toFixed(4))).toBe(0.0506);
    expect(-Math.log10(t.probs[0])).toBeCloseTo(0.02196, 5); // the base-10 slip the widget must not make
    // stable: the largest score subtracted, e^(s − 6.5) = 1, e^−4.5, e^−3.2
    expect(t.max).toBe(6.5);
    expect(t.shiftedExps).toEqual([1, Math.exp(-4.5), Math.exp(-3.2)]);
    expect(t.shiftedSum).toBeCloseTo(1 + Math.exp(-4.5) + Math.exp(-3.2), 15);
  });

  it('exact fractions: scores 0, ln 2, ln 3 give p = 1/6, 2/6, 3/6; with dog true, L = ln 3 and ∂L/∂s = (1/6, −2/3, 1/2)', () => {
    const t = softmaxTable(state([0, Math.log(2), Math.log(3)], 'dog'));
    expect(t.probs[0]).toBeCloseTo(1 / 6, 14);
    expect(t.probs[1]).toBeCloseTo(2 / 6, 14);
    expect(t.probs[2]).toBeCloseTo(3 / 6, 14);
    expect(t.loss).toBeCloseTo(Math.log(3), 14);
    expect(t.grads[0]).toBeCloseTo(1 / 6, 14);
    expect(t.grads[1]).toBeCloseTo(-2 / 3, 14);
    expect(t.grads[2]).toBeCloseTo(1 / 2, 14);
  });

  it('the engine’s gradient is p − onehot, sums to 0, and matches central differences in float64', () => {
    const t = softmaxTable(DEFAULT);
    expect(t.grads[0]).toBeCloseTo(t.probs[0] - 1, 15);
    expect(t.grads[1]).toBeCloseTo(t.probs[1], 15);
    expect(t.grads[2]).toBeCloseTo(t.probs[2], 15);
    t.grads.forEach((g, k) => expect(g).toBeCloseTo(t.formulaGrads[k], 15));
    expect(Math.abs(sum(t.grads))).toBeLessThan(1e-15);
    // h = 1e-5: truncation ~h²·L'''/6 and round-off ~ε·|L|/h, both ≲ 1e-10 here
    t.numericGrads.forEach((n, k) => expect(Math.abs(n - t.grads[k])).toBeLessThan(1e-9));
    expect(t.maxRelativeError).toBeLessThan(1e-8);
    expect(t.maxRelativeError).toBe(Math.max(...t.relativeErrors));
  });

  it('on random scores (seeded): softmax and the loss are unchanged by adding a constant; the gradient is p − onehot and agrees with central differences', () => {
    const rng = createRng(20261208);
    for (let trial = 0; trial < 300; trial++) {
      const k = 2 + Math.floor(rng.uniform(0, 5));
      const scores = Array.from({ length: k }, () => rng.uniform(-10, 10));
      const truth = CLASS_NAMES[Math.floor(rng.uniform(0, k))];
      const c = rng.uniform(-50, 50);
      const a = softmaxTable(state(scores, truth)), b = softmaxTable(state(scores.map((s) => s + c), truth));
      a.probs.forEach((p, j) => expect(Math.abs(p - b.probs[j])).toBeLessThan(1e-12));
      expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-12 * Math.max(1, a.loss) + 1e-13);
      expect(Math.abs(sum(a.probs) - 1)).toBeLessThan(1e-14);
      expect(Math.abs(sum(a.grads))).toBeLessThan(1e-14);
      a.grads.forEach((g, j) => {
        expect(Math.abs(g - a.formulaGrads[j])).toBeLessThan(1e-15);
        // absolute: a gradient of 10⁻⁹ is round-off-limited in a central difference
        expect(Math.abs(g - a.numericGrads[j])).toBeLessThan(1e-8);
        if (Math.abs(g) > 1e-3) expect(a.relativeErrors[j]).toBeLessThan(1e-6);
      });
    }
  });

  it('never overflows: scores of 1000 give the probabilities of the same scores minus 1000', () => {
    const big = softmaxTable(state([1000, 999, 998])), small = softmaxTable(state([0, -1, -2]));
    big.probs.forEach((p, k) => expect(p).toBeCloseTo(small.probs[k], 15));
    expect(big.loss).toBeCloseTo(small.loss, 12);
    expect(big.exps[0]).toBe(Infinity); // what the naive fraction would have divided
  });
});

describe('multiclass SVM (hinge, Δ = 1)', () => {
  it('by hand: lion true at 3.3; cat’s margin 6.5 − 3.3 + 1 = 4.2, dog’s 2 − 3.3 + 1 = −0.3 → 0', () => {
    const t = softmaxTable(state([6.5, 2, 3.3], 'lion', 'svm'));
    expect(t.margins[0]).toBeCloseTo(4.2, 14);
    expect(t.margins[1]).toBeCloseTo(-0.3, 14);
    expect(Number.isNaN(t.margins[2])).toBe(true);
    expect(t.hingeTerms).toEqual([t.margins[0], 0, 0]);
    expect(t.loss).toBeCloseTo(4.2, 14);
    expect(t.violators).toBe(1);
    expect(t.grads).toEqual([1, 0, -1]);
  });

  it('by hand: cat true at 1 against 1.5, 0.2, 3: terms 1.5, 0.2, 3, L = 4.7, ∂L/∂s = (−3, 1, 1, 1)', () => {
    const t = softmaxTable(state([1, 1.5, 0.2, 3], 'cat', 'svm'));
    expect(t.loss).toBeCloseTo(4.7, 14);
    expect(t.grads).toEqual([-3, 1, 1, 1]);
    expect(t.formulaGrads).toEqual([-3, 1, 1, 1]);
    expect(sum(t.grads)).toBe(0);
    t.numericGrads.forEach((n, k) => expect(n).toBeCloseTo(t.grads[k], 8));
  });

  it('the default is outside every margin: loss 0, gradient 0; a kink is reported, not hidden', () => {
    const t = softmaxTable(state([6.5, 2, 3.3], 'cat', 'svm'));
    expect(t.loss).toBe(0);
    expect(t.grads).toEqual([0, 0, 0]);
    expect(t.maxRelativeError).toBe(0);
    // dog exactly 1 below cat: the hinge's corner, where the central difference reads ½
    const kink = softmaxTable(state([3, 2, -5], 'cat', 'svm'));
    expect(kink.kinks).toEqual([1]);
    expect(kink.numericGrads[1]).toBeCloseTo(0.5, 8);
    expect(checkSentence(kink)).toContain('kink');
  });

  it('formulaGradients on its own: one +1 per violator, the true class minus their count', () => {
    expect(formulaGradients('svm', [0, 0.5, -2, 0.9], [], 0)).toEqual([-2, 1, 0, 1]);
    expect(formulaGradients('softmax', [0, 0], [0.25, 0.75], 1)).toEqual([0.25, -0.25]);
  });
});

describe('state and words', () => {
  it('a true class beyond the scores is not one of them: the table uses the first class', () => {
    expect(truthIndex(state([1, 2, 3], 'frog'))).toBeNull();
    expect(truthIndex(state([1, 2, 3], 'lion'))).toBe(2);
    expect(softmaxTable(state([1, 2, 3], 'frog')).truth).toBe(0);
  });

  it('the headline and the check sentence at the default', () => {
    const t = softmaxTable(DEFAULT);
    expect(lossEquation(t)).toBe('L = −ln p(cat) = −ln 0.9507 = 0.0506');
    expect(lossSentence(t)).toBe('Loss 0.0506: the true class, cat, has probability 0.951.');
    expect(checkSentence(t)).toMatch(/^Largest relative error \d\.\d × 10⁻¹⁰ \(dog\), central differences with h = 10⁻⁵\. Backpropagation and the numerical derivative agree\.$/);
    const svm = softmaxTable(state([6.5, 2, 3.3], 'lion', 'svm'));
    expect(lossEquation(svm)).toBe('L = Σ max(0, sⱼ − s(lion) + 1) = 4.20 + 0.00 = 4.20');
    expect(lossSentence(svm)).toBe("Loss 4.20: 1 wrong class is within 1 of lion's score or above it.");
  });

  it('a tiny gradient’s large relative error is explained as round-off', () => {
    const t = softmaxTable(state([-10, 10, 10, -10, 5, -10]));
    expect(t.maxRelativeError).toBeGreaterThan(1e-3);
    expect(checkSentence(t)).toMatch(/round-off/);
    expect(checkSentence(t)).toMatch(/Over the gradients above 10⁻⁶, the largest is \d\.\d × 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+\./);
  });
});
