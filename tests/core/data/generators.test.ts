/** Properties every generated dataset shares: reproducible, shaped, labelled and validated. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '../../../src/core/data/dataset';
import { classCounts } from '../../../src/core/data/dataset';
import { makeSmooth1d } from '../../../src/core/data/smooth1d';
import { makeSpirals } from '../../../src/core/data/spirals';
import { makeMoons } from '../../../src/core/data/moons';
import { makeCircles } from '../../../src/core/data/circles';
import { makeXor } from '../../../src/core/data/xor';
import { makeBlobs } from '../../../src/core/data/blobs';
import { createRng } from '../../../src/core/random/prng';
import type { Rng } from '../../../src/core/random/prng';
import { NonFiniteError, RangeError_ } from '../../../src/core/errors';
import { sameBits } from './helpers';

interface Gen {
  readonly name: string;
  readonly make: (p: { n?: number; seed?: number | Rng; noise?: number }) => Dataset;
  readonly d: number;
  readonly classes?: number;
  /** Whether the generator has a `noise` parameter (blobs has `std`). */
  readonly noisy: boolean;
}

const same = (a: Dataset, b: Dataset): boolean => sameBits(a.x, b.x) && sameBits(a.y, b.y);

const GENERATORS: readonly Gen[] = [
  { name: 'smooth1d', make: makeSmooth1d, d: 1, noisy: true },
  { name: 'spirals', make: makeSpirals, d: 2, classes: 2, noisy: true },
  { name: 'moons', make: makeMoons, d: 2, classes: 2, noisy: true },
  { name: 'circles', make: makeCircles, d: 2, classes: 2, noisy: true },
  { name: 'xor', make: makeXor, d: 2, classes: 2, noisy: true },
  { name: 'blobs', make: (p) => makeBlobs(p), d: 2, classes: 2, noisy: false },
  { name: 'blobs', make: (p) => makeBlobs({ ...p, k: 5 }), d: 2, classes: 5, noisy: false },
];

describe.each(GENERATORS)('$name ($classes classes)', ({ name, make, d, classes, noisy }) => {
  it('gives bit-identical arrays for the same seed', () => {
    expect(same(make({ n: 101, seed: 42 }), make({ n: 101, seed: 42 }))).toBe(true);
  });

  it('gives different arrays for different seeds', () => {
    expect(same(make({ n: 101, seed: 1 }), make({ n: 101, seed: 2 }))).toBe(false);
  });

  it('accepts an Rng instead of a seed, drawing from it', () => {
    const rng = createRng(7);
    const a = make({ n: 50, seed: rng }), b = make({ n: 50, seed: rng });
    expect(same(a, b)).toBe(false); // the stream advanced
    expect(same(a, make({ n: 50, seed: createRng(7) }))).toBe(true);
  });

  it('has the documented shape, finite features and valid labels (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, seed) => {
        const ds = make({ n, seed });
        expect(ds.n).toBe(n);
        expect(ds.d).toBe(d);
        expect(ds.x.length).toBe(n * d);
        expect(ds.y.length).toBe(n);
        expect(ds.x.every(Number.isFinite)).toBe(true);
        expect(ds.classes).toBe(classes);
        if (classes !== undefined) {
          expect(ds.y.every((c) => Number.isInteger(c) && c >= 0 && c < classes)).toBe(true);
          // balanced: class sizes differ by at most one
          const counts = classCounts(ds);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rejects bad n, noise and seed with errors naming the generator and the value', () => {
    const prefix = `${name}:`;
    expect(() => make({ n: 0 })).toThrow(RangeError_);
    expect(() => make({ n: 0 })).toThrow(`${prefix} n must be in [1, 10000000], got 0`);
    expect(() => make({ n: 2.5 })).toThrow(`${prefix} n must be a whole number, got 2.5`);
    expect(() => make({ n: NaN })).toThrow(NonFiniteError);
    expect(() => make({ seed: -1 })).toThrow(`${prefix} seed must be in [0, 4294967295], got -1`);
    if (!noisy) return;
    expect(() => make({ noise: -0.1 })).toThrow(`${prefix} noise must be >= 0, got -0.1`);
    expect(() => make({ noise: Infinity })).toThrow(`${prefix} noise must be finite, got Infinity`);
  });
});
