/** The cost counter's arithmetic and the widget's number formats. */
import { describe, expect, it } from 'vitest';
import {
  CHAPTER1_NETWORK_WEIGHTS, COST_ASSUMPTIONS, evaluationsPerGradient, formatDuration, gradientCost, secondsPerEvaluation,
} from '../../../src/widgets/gradients/costModel';
import { sharedPrefix } from '../../../src/widgets/gradients/PartialsTable';
import { count as whole, fixed, powerOfTen, sci } from '../../../src/widgets/kit/numberText';

describe('gradient cost', () => {
  it('N + 1 evaluations forward, 2N centred', () => {
    expect(evaluationsPerGradient(9, 'forward')).toBe(10);
    expect(evaluationsPerGradient(9, 'centred')).toBe(18);
    expect(evaluationsPerGradient(1e7, 'centred')).toBe(2e7);
  });

  it('the chapter-1 network 784 → 15 → 10 has 11,935 weights and biases', () => {
    expect(CHAPTER1_NETWORK_WEIGHTS).toBe(11935);
  });

  it('times under the stated assumption: 2 operations × N × 100 examples at 1e9 per second', () => {
    expect(COST_ASSUMPTIONS).toMatchObject({ flopsPerWeightPerExample: 2, examples: 100, flopsPerSecond: 1e9 });
    // 2 · 11,935 · 100 / 1e9 = 2.387 ms per evaluation
    expect(secondsPerEvaluation(11935)).toBeCloseTo(2.387e-3, 15);
    const c = gradientCost(11935, 'forward', 3);
    expect(c.numericalEvaluations).toBe(11936);
    expect(c.ratio).toBeCloseTo(11936 / 3, 10);
    expect(c.numericalSeconds).toBeCloseTo(11936 * 2.387e-3, 9); // ≈ 28.5 s
    expect(c.backpropSeconds).toBeCloseTo(3 * 2.387e-3, 12);
    // the ratio grows in proportion to N
    expect(gradientCost(2e6, 'centred', 2).ratio).toBe(2e6);
  });

  it('formats durations from microseconds to years', () => {
    expect(formatDuration(7.2e-6)).toBe('7.2 µs');
    expect(formatDuration(0.0072)).toBe('7.2 ms');
    expect(formatDuration(1)).toBe('1 s');
    expect(formatDuration(28.49)).toBe('28 s');
    expect(formatDuration(290)).toBe('4.8 min');
    expect(formatDuration(3 * 3600)).toBe('3 h');
    expect(formatDuration(86400)).toBe('1 day');
    expect(formatDuration(2e7)).toBe('231 days');
    expect(formatDuration(2e8)).toBe('6.3 years');
    expect(formatDuration(3.2e10)).toBe('1,014 years');
  });
});

describe('number formats', () => {
  it('scientific notation with superscripts and real minus signs', () => {
    expect(powerOfTen(-16)).toBe('10⁻¹⁶');
    expect(sci(1e-5)).toBe('10⁻⁵');
    expect(sci(1.29e-9)).toBe('1.3 × 10⁻⁹');
    expect(sci(-4.2e-8)).toBe('−4.2 × 10⁻⁸');
    expect(sci(2.5)).toBe('2.5');
    expect(sci(0)).toBe('0');
    expect(fixed(-0.5, 2)).toBe('−0.50');
    expect(whole(11935)).toBe('11,935');
  });

  it('sharedPrefix counts the leading characters two numbers agree on', () => {
    expect(sharedPrefix('−0.90950661', '−0.90950700')).toBe(8);
    expect(sharedPrefix('0.1', '−0.1')).toBe(0);
    expect(sharedPrefix('1.5', '1.5')).toBe(3);
  });
});
