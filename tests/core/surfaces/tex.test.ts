import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSurface } from '../../../src/core/surfaces/registry';
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
    [1.7975000000000001e308, '1.7975000000000001 \\times 10^{308}'], // rounding to 4 digits would overflow
  ])('%d → %s', (x, s) => {
    expect(texNumber(x)).toBe(s);
  });

  // The explorer typesets the quadratic's formula, whose numbers come from a shared link, into
  // HTML (LazyFormula). Any finite number must become digits and TeX's own notation, nothing a
  // link could use to smuggle in a command.
  it('writes any finite number as digits, a sign and "\\times 10^{…}" only', () => {
    const safe = /^-?(?:[\d.]+|[\d.]+ \\times 10\^\{-?\d+\}|10\^\{-?\d+\})$/;
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => safe.test(texNumber(x))));
  });

  it("fills the quadratic's formula with numbers only", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 0, max: 180, noNaN: true }), (conditionNumber, rotationDeg) => {
        const { formula } = createSurface('quadratic', { conditionNumber, rotationDeg });
        const withoutNumbers = formula.replace(/-?(?:10\^\{-?\d+\}|[\d.]+(?: \\times 10\^\{-?\d+\})?)/g, '#');
        return withoutNumbers === createSurface('quadratic', { conditionNumber: 2, rotationDeg: 3 }).formula.replace(/-?(?:10\^\{-?\d+\}|[\d.]+(?: \\times 10\^\{-?\d+\})?)/g, '#');
      }),
    );
  });
});
