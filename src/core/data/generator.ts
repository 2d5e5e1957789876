/**
 * What the dataset generators share: parameter checks whose messages name the generator and
 * the bad value, seeding, and balanced class sizes.
 */
import type { Rng } from '../random/prng';
import { createRng } from '../random/prng';
import { RangeError_, requireInteger } from '../errors';

/** An integer seed in [0, 2³²) or a generator to draw from (advancing it). */
export type Seed = number | Rng;

/** The largest n a generator accepts. */
export const MAX_EXAMPLES = 10_000_000;

export function resolveRng(op: string, seed: Seed): Rng {
  if (typeof seed === 'number') return createRng(requireInteger(op, 'seed', seed, 0, 0xffffffff));
  if (seed !== null && typeof seed === 'object' && typeof seed.normal === 'function') return seed;
  throw new RangeError_(op, `seed must be an integer or an Rng, got ${String(seed)}`);
}

/** Throws unless n is a whole number in [min, MAX_EXAMPLES]. */
export function requireCount(op: string, name: string, n: number, min = 1): number {
  return requireInteger(op, name, n, min, MAX_EXAMPLES);
}

/** Splits n examples into k classes as evenly as possible: the first n mod k get one more. */
export function classSizes(n: number, k: number): number[] {
  const base = Math.floor(n / k), extra = n % k;
  return Array.from({ length: k }, (_, c) => base + (c < extra ? 1 : 0));
}
