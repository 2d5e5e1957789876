/**
 * Two interleaved spirals, the classic dataset no linear model can separate. Class k's i-th
 * point (of m) sits at radius r = (i + ½)/m on angle 2π·turns·r + kπ, so the arms are half a
 * turn apart; Gaussian noise of standard deviation `noise` is added to each coordinate.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { classSizes, requireCount, resolveRng } from './generator';
import { requireNonNegative, requirePositive } from '../errors';

export interface SpiralsParams {
  /** Total number of points, split evenly between the two classes. */
  readonly n: number;
  readonly noise: number;
  /** Number of turns each arm makes from the centre to radius 1. */
  readonly turns: number;
  readonly seed: Seed;
}

export const SPIRALS_DEFAULTS: Readonly<SpiralsParams> = Object.freeze({
  n: 200,
  noise: 0.03,
  turns: 1.5,
  seed: 0,
});

export function makeSpirals(params: Partial<SpiralsParams> = {}): Dataset {
  const op = 'spirals';
  const p = { ...SPIRALS_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const noise = requireNonNegative(op, 'noise', p.noise);
  const turns = requirePositive(op, 'turns', p.turns);
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  let row = 0;
  classSizes(n, 2).forEach((m, k) => {
    for (let i = 0; i < m; i++, row++) {
      const r = (i + 0.5) / m;
      const angle = 2 * Math.PI * turns * r + k * Math.PI;
      x[2 * row] = r * Math.cos(angle) + noise * rng.normal();
      x[2 * row + 1] = r * Math.sin(angle) + noise * rng.normal();
      y[row] = k;
    }
  });
  return { x, y, n, d: 2, classes: 2, name: 'spirals' };
}
