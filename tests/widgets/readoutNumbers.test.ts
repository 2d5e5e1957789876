import { describe, expect, it } from 'vitest';
import { plural, significant } from '../../src/widgets/kit/numberText';

describe('significant', () => {
  it('keeps trailing zeros, so readouts side by side show the same precision', () => {
    expect(significant(2)).toBe('2.00');
    expect(significant(1.35)).toBe('1.35');
    expect(significant(0.6931)).toBe('0.693');
    expect(significant(0.05)).toBe('0.0500');
    expect(significant(12.34)).toBe('12.3');
  });
  it('writes large and tiny values as people read them', () => {
    expect(significant(1234.4)).toBe('1,234');
    expect(significant(-0.5)).toBe('−0.500');
    expect(significant(3.04e7)).toBe('3.04 × 10⁷');
    expect(significant(1.2e-5)).toBe('1.20 × 10⁻⁵');
    expect(significant(0)).toBe('0.00');
  });
});

describe('plural', () => {
  it('agrees the noun with the count ("after 1 iterations" was a bug)', () => {
    expect(plural(1, 'iteration')).toBe('1 iteration');
    expect(plural(2000, 'iteration')).toBe('2,000 iterations');
    expect(plural(0, 'basin')).toBe('0 basins');
    expect(plural(1, 'full-batch iteration')).toBe('1 full-batch iteration');
  });
});
