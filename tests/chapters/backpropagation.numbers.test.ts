/**
 * Chapter 6's numbers: the module checks its sentences itself (it throws, and the build fails, if
 * one breaks). These tests pin the values the prose and the challenges lean on to computations
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import { bp } from '../../chapters/backpropagation.numbers';

describe('chapter 6: worked numbers', () => {
  it('softmax of (6.5, 2, 3.3): −ln p(cat) = 0.0506 with natural logs, 0.0220 with base 10', () => {
    const e = [Math.exp(6.5), Math.exp(2), Math.exp(3.3)];
    const p = e[0] / (e[0] + e[1] + e[2]);
    expect(bp.softmax.trueProbText).toBe(p.toFixed(4));
    expect(bp.softmax.lossText).toBe((-Math.log(p)).toPrecision(3));
    expect(bp.softmax.log10LossText).toBe((-Math.log10(p)).toPrecision(3));
    expect(bp.softmax.gradsText[0]).toBe(`−${(1 - p).toPrecision(3)}`);
  });

  it('the sources\' second example (3.3, −1.5, 4.3), cat true: ln loss 1.32, their base-10 number 0.57', () => {
    const p = Math.exp(3.3) / (Math.exp(3.3) + Math.exp(-1.5) + Math.exp(4.3));
    expect(bp.softmax.otherLoss).toBeCloseTo(-Math.log(p), 12);
    expect(bp.softmax.otherLog10Text).toBe('0.57');
  });

  it('the SVM with lion true: one violator (cat, 6.5 − 3.3 + 1 = 4.2)', () => {
    expect(bp.softmax.svmLionLossText).toBe('4.20');
  });

  it('the digit network: 785·15 + 16·10 = 11,935 parameters; 2 forward passes each numerically', () => {
    expect(bp.cost.parametersText).toBe('11,935');
    expect(bp.cost.forwardPassesText).toBe('23,870');
    const forward = 784 * 15 + 15 * 10;
    expect(bp.cost.ratio).toBe(Math.round((2 * 11935 * forward) / (2 * forward + 150)));
  });

  it('the two-layer preset: x receives both hidden units\' shares', () => {
    // f = −ln σ(v1·relu(w1x + b1) + v2·relu(w2x + b2)) at the preset's values, by hand
    const [v1, w1, x, b1, v2, w2, b2] = [1.2, 0.8, 1.5, -0.2, -0.7, -1, 2];
    const h1 = Math.max(0, w1 * x + b1), h2 = Math.max(0, w2 * x + b2);
    const p = 1 / (1 + Math.exp(-(v1 * h1 + v2 * h2)));
    const dz = p - 1; // ∂(−ln σ(z))/∂z
    expect(bp.graph.network.dx).toBeCloseTo(dz * v1 * w1 * (h1 > 0 ? 1 : 0) + dz * v2 * w2 * (h2 > 0 ? 1 : 0), 14);
  });
});
