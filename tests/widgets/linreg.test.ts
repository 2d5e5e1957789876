/** The linear-regression widgets' own arithmetic. */
import { describe, expect, it } from 'vitest';
import { gridPoints, networkParameters } from '../../src/widgets/linreg/gridCount';
import { bestLine, lineText, mse, SEVEN_POINTS } from '../../src/widgets/linreg/lineMath';

describe('grid counts', () => {
  it('k^N exactly, with separators, and its digit count', () => {
    expect(gridPoints(10, 3)).toEqual({ exact: '1,000', digits: 4 });
    expect(gridPoints(2, 10)).toEqual({ exact: '1,024', digits: 4 });
    const huge = gridPoints(10, 100);
    expect(huge.digits).toBe(101);
    expect(huge.exact).toBe('100000… (101 digits)');
  });

  it('a 784–15–10 network has 784·15 + 15 + 15·10 + 10 = 11,935 parameters', () => {
    expect(networkParameters([784, 15, 10])).toBe(11935);
    expect(networkParameters([2, 1])).toBe(3);
  });
});

describe('lines', () => {
  it('MSE by hand: y = x on (0, 1), (1, 1), (2, 4): residuals 1, 0, 2 → (1 + 0 + 4)/3', () => {
    expect(mse([[0, 1], [1, 1], [2, 4]], 1, 0)).toBeCloseTo(5 / 3, 15);
  });

  it('the best line through the seven points has zero-sum residuals', () => {
    const line = bestLine(SEVEN_POINTS);
    if (!line) throw new Error('expected a line');
    const sum = SEVEN_POINTS.reduce((s, [x, y]) => s + (y - (line.m * x + line.b)), 0);
    expect(Math.abs(sum)).toBeLessThan(1e-12);
  });

  it('no best line when every x is the same', () => {
    expect(bestLine([[1, 0], [1, 2]])).toBeNull();
    expect(bestLine([[1, 0]])).toBeNull();
  });

  it('formats a line with a real minus sign', () => {
    expect(lineText(0.5, -1.25)).toBe('y = 0.50x − 1.25');
    expect(lineText(-0.5, 2)).toBe('y = −0.50x + 2.00');
  });
});
