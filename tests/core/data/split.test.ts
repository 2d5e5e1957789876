import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kFolds, splitDataset } from '../../../src/core/data/split';
import { makeBlobs } from '../../../src/core/data/blobs';
import { RangeError_, ShapeError } from '../../../src/core/errors';
import { indexedDataset, sameBits } from './helpers';

describe('splitDataset', () => {
  it('splits 100 rows 70/15/15', () => {
    const s = splitDataset(indexedDataset(100), { train: 0.7, validation: 0.15, test: 0.15 }, 3);
    expect([s.train.n, s.validation.n, s.test.n]).toEqual([70, 15, 15]);
    expect(s.train.name).toBe('indexed:train');
  });

  it('gives disjoint parts whose sizes add up, each row traceable to its original (property)', () => {
    const frac = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        frac,
        frac,
        frac,
        fc.integer({ min: 0, max: 1000 }),
        (n, a, b, c, seed) => {
          const total = a + b + c;
          const scale = total > 1 ? 1 / total : 1; // make them sum to at most 1
          const f = { train: a * scale * 0.999, validation: b * scale * 0.999, test: c * scale * 0.999 };
          const ds = indexedDataset(n);
          const s = splitDataset(ds, f, seed);
          const sum = f.train + f.validation + f.test;
          expect(s.train.n + s.validation.n + s.test.n).toBe(Math.round(n * sum));
          const seen = new Set<number>();
          for (const part of ['train', 'validation', 'test'] as const) {
            const p = s[part], idx = s.indices[part];
            expect(idx.length).toBe(p.n);
            for (let r = 0; r < p.n; r++) {
              // the row really is original row idx[r]: features (i, −i), target 1000 + i
              const i = p.y[r] - 1000;
              expect(i).toBe(idx[r]);
              expect(p.x[2 * r]).toBe(i);
              expect(seen.has(i)).toBe(false);
              seen.add(i);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is reproducible from the seed and shuffles differently for another seed', () => {
    const ds = indexedDataset(50);
    const a = splitDataset(ds, undefined, 1), b = splitDataset(ds, undefined, 1), c = splitDataset(ds, undefined, 2);
    expect(Array.from(a.indices.train)).toEqual(Array.from(b.indices.train));
    expect(Array.from(a.indices.train)).not.toEqual(Array.from(c.indices.train));
  });

  it('returns copies and keeps the class count', () => {
    const ds = makeBlobs({ n: 20, k: 3 });
    const before = ds.x.slice();
    const s = splitDataset(ds, { train: 1, validation: 0, test: 0 }, 0);
    s.train.x.fill(0);
    expect(sameBits(ds.x, before)).toBe(true);
    expect(s.train.classes).toBe(3);
    expect(s.validation.n).toBe(0);
  });

  it('accepts fractions that sum to 1 up to rounding', () => {
    const s = splitDataset(indexedDataset(10), { train: 0.1, validation: 0.2, test: 0.7 }, 0);
    expect(s.train.n + s.validation.n + s.test.n).toBe(10);
  });

  it('rejects bad fractions and a malformed dataset', () => {
    const ds = indexedDataset(10);
    expect(() => splitDataset(ds, { train: 0.8, validation: 0.2, test: 0.1 })).toThrow(RangeError_);
    expect(() => splitDataset(ds, { train: 0.8, validation: 0.2, test: 0.1 })).toThrow(
      'splitDataset: fractions must sum to at most 1, got 0.8 + 0.2 + 0.1 = 1.1',
    );
    expect(() => splitDataset(ds, { train: -0.1, validation: 0.2, test: 0.1 })).toThrow(
      'splitDataset: train must be in [0, 1], got -0.1',
    );
    expect(() => splitDataset({ ...ds, n: 11 })).toThrow(ShapeError);
  });
});

describe('kFolds', () => {
  it('deals every row into exactly one of k folds whose sizes differ by at most one', () => {
    for (const [n, k] of [[10, 3], [7, 7], [23, 5], [2, 2]]) {
      const folds = kFolds(n, k, 9);
      expect(folds).toHaveLength(k);
      const all = folds.flatMap((f) => Array.from(f)).sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
      const sizes = folds.map((f) => f.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('is the same for the same seed and shuffled by another', () => {
    expect(kFolds(20, 4, 1)).toEqual(kFolds(20, 4, 1));
    expect(kFolds(20, 4, 1)).not.toEqual(kFolds(20, 4, 2));
  });

  it('refuses k outside 2 … n, naming it', () => {
    expect(() => kFolds(5, 6)).toThrow(/k must be an integer from 2 to n = 5, got 6/);
    expect(() => kFolds(5, 1)).toThrow(/kFolds/);
  });
});
