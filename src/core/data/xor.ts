/**
 * The XOR problem: points in the four quadrants of [−1, 1]², labelled 1 when x and y have
 * different signs and 0 when they agree. Points are drawn at least `padding` away from the
 * axes, labelled, and only then moved by Gaussian noise, so with noise > 0 some labels
 * disagree with the quadrant a point lands in (label noise), and with noise 0 none do.
 * Quadrants are used in turn, so the classes are balanced.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { requireCount, resolveRng } from './generator';
import { requireNonNegative } from '../errors';
import { requireInRange } from '../errors';

export interface XorParams {
  readonly n: number;
  readonly noise: number;
  /** Gap kept clear on each side of the axes, in [0, 1). */
  readonly padding: number;
  readonly seed: Seed;
}

export const XOR_DEFAULTS: Readonly<XorParams> = Object.freeze({
  n: 200,
  noise: 0.05,
  padding: 0.1,
  seed: 0,
});

// Quadrant signs in turn: (+,+) → 0, (−,+) → 1, (−,−) → 0, (+,−) → 1.
const SX = [1, -1, -1, 1], SY = [1, 1, -1, -1];

export function makeXor(params: Partial<XorParams> = {}): Dataset {
  const op = 'xor';
  const p = { ...XOR_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const noise = requireNonNegative(op, 'noise', p.noise);
  const padding = requireInRange(op, 'padding', p.padding, 0, 0.999);
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const q = i % 4;
    x[2 * i] = SX[q] * rng.uniform(padding, 1) + noise * rng.normal();
    x[2 * i + 1] = SY[q] * rng.uniform(padding, 1) + noise * rng.normal();
    y[i] = SX[q] === SY[q] ? 0 : 1;
  }
  return { x, y, n, d: 2, classes: 2, name: 'xor' };
}
