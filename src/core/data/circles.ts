/**
 * Two concentric circles (as in scikit-learn's make_circles): class 0 on the unit circle,
 * class 1 on the circle of radius `factor` inside it, at uniform angles, plus Gaussian noise of
 * standard deviation `noise` on each coordinate. Separable only by a nonlinear boundary.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { classSizes, requireCount, resolveRng } from './generator';
import { requireNonNegative } from '../errors';
import { RangeError_, requireFinite } from '../errors';

export interface CirclesParams {
  readonly n: number;
  /** Radius of the inner circle relative to the outer one, in (0, 1). */
  readonly factor: number;
  readonly noise: number;
  readonly seed: Seed;
}

export const CIRCLES_DEFAULTS: Readonly<CirclesParams> = Object.freeze({
  n: 200,
  factor: 0.5,
  noise: 0.05,
  seed: 0,
});

export function makeCircles(params: Partial<CirclesParams> = {}): Dataset {
  const op = 'circles';
  const p = { ...CIRCLES_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const factor = requireFinite(op, 'factor', p.factor);
  if (!(factor > 0 && factor < 1)) throw new RangeError_(op, `factor must be in (0, 1), got ${factor}`);
  const noise = requireNonNegative(op, 'noise', p.noise);
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  let row = 0;
  classSizes(n, 2).forEach((m, k) => {
    const r = k === 0 ? 1 : factor;
    for (let i = 0; i < m; i++, row++) {
      const t = 2 * Math.PI * rng.next();
      x[2 * row] = r * Math.cos(t) + noise * rng.normal();
      x[2 * row + 1] = r * Math.sin(t) + noise * rng.normal();
      y[row] = k;
    }
  });
  return { x, y, n, d: 2, classes: 2, name: 'circles' };
}
