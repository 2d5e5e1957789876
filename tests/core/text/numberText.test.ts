/** Numbers in the core's messages read as a person writes them, never "3.04e+7". */
import { describe, expect, it } from 'vitest';
import { readableNumber } from '../../../src/core';

describe('readableNumber', () => {
  it.each([
    [3.04e7, '3.04 × 10⁷'],
    [1e8, '10⁸'],
    [0.0124, '0.0124'],
    [3040, '3,040'],
    [2, '2'],
    [-1.5e-5, '−1.5 × 10⁻⁵'],
    [0, '0'],
    [Infinity, 'Infinity'],
  ])('%d → %s', (x, text) => {
    expect(readableNumber(x)).toBe(text);
  });
  it('never writes an e-exponent for any finite number', () => {
    for (let e = -300; e <= 300; e += 7) expect(readableNumber(1.234 * 10 ** e)).not.toMatch(/e[+-]/);
  });
});
