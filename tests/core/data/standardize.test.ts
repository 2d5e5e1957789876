import { describe, expect, it } from 'vitest';
import { applyStandardization, standardize } from '../../../src/core/data/standardize';
import { ShapeError } from '../../../src/core/errors';

describe('standardize', () => {
  it('gives each column mean 0 and standard deviation 1', () => {
    const x = Float64Array.of(1, 10, 2, 20, 3, 30, 4, 40); // 4 × 2
    const s = standardize(x, 4, 2);
    expect(Array.from(s.mean)).toEqual([2.5, 25]);
    expect(s.std[0]).toBeCloseTo(Math.sqrt(1.25), 15);
    for (let j = 0; j < 2; j++) {
      let m = 0, v = 0;
      for (let i = 0; i < 4; i++) m += s.x[i * 2 + j] / 4;
      for (let i = 0; i < 4; i++) v += (s.x[i * 2 + j] - m) ** 2 / 4;
      expect(m).toBeCloseTo(0, 15);
      expect(v).toBeCloseTo(1, 14);
    }
    expect(x[0]).toBe(1); // input untouched
  });

  it('centres a constant column without dividing by zero', () => {
    const s = standardize(Float64Array.of(7, 7, 7), 3, 1);
    expect(s.std[0]).toBe(0);
    expect(Array.from(s.x)).toEqual([0, 0, 0]);
  });

  it('applies training statistics to other data', () => {
    const s = standardize(Float64Array.of(0, 2), 2, 1); // μ = 1, σ = 1
    expect(Array.from(applyStandardization(Float64Array.of(3, -1), 2, 1, s.mean, s.std))).toEqual([2, -2]);
  });

  it('validates its input', () => {
    expect(() => standardize(Float64Array.of(1, NaN), 2, 1)).toThrow('standardize: x[1] must be finite, got NaN');
    expect(() => standardize(new Float64Array(0), 0, 1)).toThrow('standardize: n must be >= 1, got 0');
    expect(() => applyStandardization(new Float64Array(2), 1, 2, new Float64Array(1), new Float64Array(2))).toThrow(
      ShapeError,
    );
  });
});
