import { describe, expect, it } from 'vitest';
import { addBiasColumn } from '../../../src/core/data/bias';
import { ShapeError } from '../../../src/core/errors';

describe('addBiasColumn', () => {
  it('appends a 1 to every row', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5, 6); // 3 rows × 2
    expect(Array.from(addBiasColumn(x, 3, 2))).toEqual([1, 2, 1, 3, 4, 1, 5, 6, 1]);
  });

  it('turns w·[x, 1] into w₁x + w₂: the bias is one more weight', () => {
    const xb = addBiasColumn(Float64Array.of(2.4, 5), 2, 1);
    const w = [0.5, -1];
    expect(w[0] * xb[0] + w[1] * xb[1]).toBe(0.5 * 2.4 - 1);
    expect(w[0] * xb[2] + w[1] * xb[3]).toBe(0.5 * 5 - 1);
  });

  it('rejects a shape mismatch', () => {
    expect(() => addBiasColumn(new Float64Array(5), 3, 2)).toThrow(ShapeError);
    expect(() => addBiasColumn(new Float64Array(5), 3, 2)).toThrow('addBiasColumn: x must have n*d = 3*2 = 6 entries, got 5');
  });
});
