import { describe, expect, it } from 'vitest';
import { heightScale } from '../../../src/widgets/kit/plot/heightScale';
import { ladder } from '../../../src/widgets/kit/plot/levelLadder';

/** f = ½(x² + 10y²) on a 41 × 41 grid over [−3, 3]², the explorer's default bowl. */
function bowl(): Float64Array {
  const n = 41, values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    const x = -3 + (6 * i) / (n - 1), y = -3 + (6 * j) / (n - 1);
    values[j * n + i] = 0.5 * (x * x + 10 * y * y);
  }
  return values;
}

const LOG_LEVELS = [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 40];

describe('heightScale', () => {
  it('is linear for evenly spaced levels', () => {
    const { toT, toValue } = heightScale([1, 2, 3, 4], 0, 5, bowl());
    expect(toT(2.5)).toBeCloseTo(0.5, 12);
    expect(toValue(0.2)).toBeCloseTo(1, 12);
  });

  it('is the inverse of itself: toValue(toT(v)) = v', () => {
    const { toT, toValue } = heightScale(LOG_LEVELS, 0, 49.5, bowl());
    for (const v of [0, 0.01, 0.7, 3, 12, 49.5]) expect(toValue(toT(v))).toBeCloseTo(v, 9);
  });

  it('keeps a smooth bowl smooth at its bottom: heights grow like the values there, with no spike', () => {
    const { toT } = heightScale(LOG_LEVELS, 0, 49.5, bowl());
    // near the minimum, t is proportional to v (second differences of t(r²) stay small) ...
    const step = 0.15; // one grid cell
    const t = [0, 1, 2, 3].map((k) => toT(0.5 * 10 * (k * step) ** 2));
    const slopes = t.slice(1).map((v, k) => v - t[k]);
    expect(slopes[0]).toBeLessThan(slopes[1]); // still curving up: a bowl, not a funnel
    // ... while the first cell climbs only a few percent of the height; raised by the contour
    // ladder (as before), it climbed a sixth of it: the spike
    const v1 = 0.5 * 10 * step ** 2;
    expect(t[1]).toBeLessThan(0.05);
    expect(ladder(LOG_LEVELS, 0, 49.5)(v1)).toBeGreaterThan(0.15);
  });

  it('compresses high walls: half the height is reached far below half the value', () => {
    const { toValue } = heightScale(LOG_LEVELS, 0, 49.5, bowl());
    expect(toValue(0.5)).toBeLessThan(49.5 / 4);
  });

  it('clamps out-of-range values and gives NaN for non-finite ones', () => {
    const { toT } = heightScale(LOG_LEVELS, 0, 49.5, bowl());
    expect(toT(-1)).toBe(0);
    expect(toT(1e9)).toBe(1);
    expect(toT(Number.NaN)).toBeNaN();
  });
});
