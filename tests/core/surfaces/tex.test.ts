import { describe, expect, it } from 'vitest';
import { texNumber } from '../../../src/core/surfaces/tex';

describe('texNumber', () => {
  it.each([
    [100, '100'],
    [0.5, '0.5'],
    [-2.25, '-2.25'],
    [1 / 3, '0.3333'],
    [123456, '123500'],
    [1.5e21, '1.5 \\times 10^{21}'],
    [1e-7, '10^{-7}'],
  ])('%d → %s', (x, s) => {
    expect(texNumber(x)).toBe(s);
  });
});
