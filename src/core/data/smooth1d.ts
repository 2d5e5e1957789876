/**
 * Noisy samples of a smooth curve, y = sin(2πx) + ε with ε ~ N(0, σ²) and x ∈ [0, 1] (as in
 * Bishop's curve-fitting example): few points and a flexible model make overfitting visible.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { requireCount, resolveRng } from './generator';
import { requireNonNegative } from '../errors';
import { RangeError_ } from '../errors';

export interface Smooth1dParams {
  readonly n: number;
  /** σ, the standard deviation of the Gaussian noise on y. */
  readonly noise: number;
  /** 'even': x evenly spaced over [0, 1]; 'random': x uniform on [0, 1), sorted. */
  readonly spacing: 'even' | 'random';
  readonly seed: Seed;
}

export const SMOOTH1D_DEFAULTS: Readonly<Smooth1dParams> = Object.freeze({
  n: 20,
  noise: 0.2,
  spacing: 'even',
  seed: 0,
});

/** The noiseless curve the samples come from. */
export const smooth1dTarget = (x: number): number => Math.sin(2 * Math.PI * x);

export function makeSmooth1d(params: Partial<Smooth1dParams> = {}): Dataset {
  const op = 'smooth1d';
  const p = { ...SMOOTH1D_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const noise = requireNonNegative(op, 'noise', p.noise);
  if (p.spacing !== 'even' && p.spacing !== 'random') {
    throw new RangeError_(op, `spacing must be "even" or "random", got ${String(p.spacing)}`);
  }
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = p.spacing === 'random' ? rng.next() : n === 1 ? 0.5 : i / (n - 1);
  }
  if (p.spacing === 'random') x.sort();
  for (let i = 0; i < n; i++) y[i] = smooth1dTarget(x[i]) + noise * rng.normal();
  return { x, y, n, d: 1, name: 'smooth1d' };
}
