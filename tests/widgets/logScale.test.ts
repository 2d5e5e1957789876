import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_POSITIONS, logPositionToValue, logValueToPosition } from '../../src/widgets/kit/controls/logScale';
import { defaultStep } from '../../src/widgets/kit/controls/Slider';

describe('log slider mapping', () => {
  const range = { min: 1e-4, max: 10 };

  it('hits both ends exactly', () => {
    expect(logPositionToValue(0, range)).toBe(1e-4);
    expect(logPositionToValue(LOG_POSITIONS, range)).toBe(10);
    expect(logValueToPosition(1e-4, range)).toBe(0);
    expect(logValueToPosition(10, range)).toBe(LOG_POSITIONS);
  });

  it('is evenly spaced in log(value): the middle of 1e-4 … 10 is 10^-1.5', () => {
    // 1e-4 · (1e5)^(1/2) = 10^-1.5 = 0.0316228 → 0.03162 at 4 significant digits
    expect(logPositionToValue(500, range)).toBe(0.03162);
    // decade marks fall on round positions: 1e-3 is one fifth of the way
    expect(logPositionToValue(200, range)).toBe(0.001);
  });

  it('maps every position to a value and back to the same position', () => {
    for (let p = 0; p <= LOG_POSITIONS; p++) expect(logValueToPosition(logPositionToValue(p, range), range)).toBe(p);
  });

  it('keeps the identity for any range and resolution', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1e3, noNaN: true }),
        fc.double({ min: 1.01, max: 1e8, noNaN: true }),
        fc.integer({ min: 10, max: 5000 }),
        fc.nat(),
        (min, ratio, positions, seed) => {
          const r = { min, max: min * ratio, positions };
          const p = seed % (positions + 1);
          expect(logValueToPosition(logPositionToValue(p, r), r)).toBe(p);
        },
      ),
    );
  });

  it('clamps values outside the range to the ends', () => {
    expect(logValueToPosition(1e-9, range)).toBe(0);
    expect(logValueToPosition(1e9, range)).toBe(LOG_POSITIONS);
  });
});

describe('default linear step', () => {
  it('is a round hundredth of the range', () => {
    expect(defaultStep(0, 10)).toBe(0.1);
    expect(defaultStep(-5, 5)).toBe(0.1);
    expect(defaultStep(0, 2)).toBe(0.01);
    expect(defaultStep(1, 5000, true)).toBe(1);
  });
});
