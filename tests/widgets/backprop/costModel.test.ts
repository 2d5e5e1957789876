/** Counting the work of a gradient: parameters and multiply-adds against hand counts. */
import { describe, expect, it } from 'vitest';
import { DIGIT_NETWORK, gradientCost } from '../../../src/widgets/cost/costModel';
import { durationText } from '../../../src/widgets/cost/costText';

describe('gradientCost', () => {
  it('the digit network 784–15–10: 11,935 parameters, 11,910 multiply-adds forward', () => {
    const c = gradientCost(DIGIT_NETWORK);
    expect(c.parameters).toBe(785 * 15 + 16 * 10);
    expect(c.parameters).toBe(11935);
    expect(c.forward).toBe(784 * 15 + 15 * 10);
    // weight gradients (one multiply-add per weight) and the hidden layer's input gradient
    expect(c.backprop).toBe(c.forward + c.forward + 15 * 10);
    expect(c.numerical).toBe(2 * 11935 * c.forward);
  });

  it('no hidden layer: backprop needs no gradient for the input, so it costs two forward passes', () => {
    const c = gradientCost({ inputs: 3, hidden: [], outputs: 2 });
    expect(c).toMatchObject({ parameters: 8, forward: 6, backprop: 12, numerical: 96, ratio: 8 });
  });

  it('the ratio grows with the parameter count, and backprop stays under three forward passes', () => {
    let last = 0;
    for (const w of [1, 4, 16, 64, 256]) {
      const c = gradientCost({ inputs: 784, hidden: [w, w], outputs: 10 });
      expect(c.ratio).toBeGreaterThan(last);
      expect(c.backprop / c.forward).toBeLessThanOrEqual(3);
      last = c.ratio;
    }
  });

  it('durations read in the unit that fits', () => {
    expect(durationText(0.28)).toBe('280 ms');
    expect(durationText(2.4e-5)).toBe('24 µs');
    expect(durationText(7200)).toBe('2 h');
  });
});
