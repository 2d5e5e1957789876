/**
 * Two interleaving half-moons (as in scikit-learn's make_moons): class 0 on the upper arc
 * (cos t, sin t), class 1 on the lower arc (1 − cos t, ½ − sin t), t uniform on [0, π], plus
 * Gaussian noise of standard deviation `noise` on each coordinate.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { classSizes, requireCount, resolveRng } from './generator';
import { requireNonNegative } from '../errors';

export interface MoonsParams {
  readonly n: number;
  readonly noise: number;
  readonly seed: Seed;
}

export const MOONS_DEFAULTS: Readonly<MoonsParams> = Object.freeze({ n: 200, noise: 0.1, seed: 0 });

export function makeMoons(params: Partial<MoonsParams> = {}): Dataset {
  const op = 'moons';
  const p = { ...MOONS_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const noise = requireNonNegative(op, 'noise', p.noise);
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  let row = 0;
  classSizes(n, 2).forEach((m, k) => {
    for (let i = 0; i < m; i++, row++) {
      const t = Math.PI * rng.next();
      const px = k === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const py = k === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      x[2 * row] = px + noise * rng.normal();
      x[2 * row + 1] = py + noise * rng.normal();
      y[row] = k;
    }
  });
  return { x, y, n, d: 2, classes: 2, name: 'moons' };
}
