/**
 * Noisy points around a straight line, y = slope·x + intercept + ε with ε ~ N(0, σ²) and x
 * uniform on [xMin, xMax]: the data of chapter 3's batch-size experiment. Enough points (a few
 * hundred) that a mini-batch is a real sample of them; the least-squares line of the sample
 * is close to the generating line, and its MSE close to σ².
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { requireCount, resolveRng } from './generator';
import { RangeError_, requireFinite, requireNonNegative } from '../errors';

export interface NoisyLineParams {
  readonly n: number;
  /** The generating line's slope and intercept. */
  readonly slope: number;
  readonly intercept: number;
  /** σ, the standard deviation of the Gaussian noise on y. */
  readonly noise: number;
  /** x is uniform on [xMin, xMax). */
  readonly xMin: number;
  readonly xMax: number;
  readonly seed: Seed;
}

export const NOISY_LINE_DEFAULTS: Readonly<NoisyLineParams> = Object.freeze({
  n: 300,
  slope: 2,
  intercept: 1,
  noise: 1,
  xMin: -1,
  xMax: 3,
  seed: 0,
});

export function makeNoisyLine(params: Partial<NoisyLineParams> = {}): Dataset {
  const op = 'noisyLine';
  const p = { ...NOISY_LINE_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const slope = requireFinite(op, 'slope', p.slope);
  const intercept = requireFinite(op, 'intercept', p.intercept);
  const noise = requireNonNegative(op, 'noise', p.noise);
  const xMin = requireFinite(op, 'xMin', p.xMin), xMax = requireFinite(op, 'xMax', p.xMax);
  if (!(xMin < xMax)) throw new RangeError_(op, `xMin must be below xMax, got [${xMin}, ${xMax}]`);
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = rng.uniform(xMin, xMax);
  for (let i = 0; i < n; i++) y[i] = slope * x[i] + intercept + noise * rng.normal();
  return { x, y, n, d: 1, name: 'noisyLine' };
}
