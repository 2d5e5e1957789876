/**
 * The core's one pseudo-random number generator: xoshiro128** (Blackman and Vigna, 2018),
 * seeded through splitmix32 so that nearby seeds give unrelated streams. 32-bit integer
 * arithmetic only (Math.imul, >>> 0), so the same seed gives the same stream, bit for bit,
 * in every JavaScript engine. Everything random in the core (initializers, datasets,
 * shuffles, dropout masks, random directions) draws from an Rng passed in explicitly:
 * there is no global random state.
 */
import { requireInteger } from '../errors';

export interface Rng {
  /** Uniform float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** Uniform float in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal N(0, 1) by the Box–Muller transform. */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** The raw next 32-bit unsigned integer. */
  nextUint32(): number;
  /** A new generator whose stream is derived from this one (for independent sub-streams). */
  fork(): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a generator from an integer seed in [0, 2^32). */
export function createRng(seed: number): Rng {
  requireInteger('createRng', 'seed', seed, 0, 0xffffffff);
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  if ((a | b | c | d) === 0) a = 1; // xoshiro's one forbidden state
  let spare = NaN; // Box–Muller makes two normals; keep the second

  const nextUint32 = (): number => {
    // xoshiro128**: result = rotl(b * 5, 7) * 9
    const r = Math.imul(b, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result;
  };
  const next = (): number => nextUint32() / 4294967296;

  const rng: Rng = {
    next,
    nextUint32,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: () => {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = NaN;
        return s;
      }
      let u = 0;
      while (u === 0) u = next(); // log(0) is -Infinity
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    fork: () => createRng(nextUint32()),
  };
  return rng;
}

/**
 * The seed of sub-stream `stream` of `seed`: both whole numbers in [0, 2^32), mixed by the
 * murmur3 finalizer (an invertible map, so different streams of one seed never share a seed),
 * and the result is again in [0, 2^32). Use it instead of `seed + k`, which leaves the range at
 * the largest seeds and makes seed s's stream 1 the same as seed s + 1's stream 0.
 */
export function deriveSeed(seed: number, stream: number): number {
  requireInteger('deriveSeed', 'seed', seed, 0, 0xffffffff);
  requireInteger('deriveSeed', 'stream', stream, 0, 0xffffffff);
  let z = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Fisher–Yates shuffle of `xs` in place. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(rng: Rng, xs: T): T {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
  }
  return xs;
}
