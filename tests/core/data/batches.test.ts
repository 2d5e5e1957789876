import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBatchIterator } from '../../../src/core/data/batches';
import { createRng } from '../../../src/core/random/prng';
import { RangeError_ } from '../../../src/core/errors';
import { indexedDataset } from './helpers';

/** The original row indices of one epoch's batches, read back from the copied targets. */
function epochRows(it: ReturnType<typeof createBatchIterator>): number[][] {
  const out: number[][] = [];
  for (let b = 0; b < it.batchesPerEpoch; b++) {
    const batch = it.next();
    out.push(Array.from(batch.y.subarray(0, batch.size), (t) => t - 1000));
  }
  return out;
}

describe('createBatchIterator', () => {
  it('covers every example exactly once per epoch, for any n and batch size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 70 }), (n, bs) => {
        const ds = indexedDataset(n);
        const it = createBatchIterator(ds, bs, createRng(5));
        expect(it.batchesPerEpoch).toBe(Math.ceil(n / Math.min(bs, n)));
        for (let e = 0; e < 3; e++) {
          const rows = epochRows(it).flat();
          expect(rows.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
          expect(it.epochsCompleted).toBe(e + 1);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('copies whole rows: features, target and original index agree', () => {
    const ds = indexedDataset(10, 3);
    const it = createBatchIterator(ds, 4, 0);
    for (let k = 0; k < 9; k++) {
      const b = it.next();
      for (let r = 0; r < b.size; r++) {
        const i = b.indices[r];
        expect(b.y[r]).toBe(1000 + i);
        expect([b.x[3 * r], b.x[3 * r + 1], b.x[3 * r + 2]]).toEqual([i, -i, i]);
      }
    }
  });

  it('reshuffles between epochs', () => {
    const it = createBatchIterator(indexedDataset(40), 8, createRng(1));
    const first = epochRows(it).flat(), second = epochRows(it).flat();
    expect(second).not.toEqual(first);
  });

  it('reports epoch and index of each batch, and a short last batch', () => {
    const it = createBatchIterator(indexedDataset(10), 4, 0);
    const seen = Array.from({ length: 6 }, () => {
      const b = it.next();
      return [b.epoch, b.index, b.size, b.x.length, b.y.length];
    });
    expect(seen).toEqual([
      [0, 0, 4, 8, 4],
      [0, 1, 4, 8, 4],
      [0, 2, 2, 4, 2], // views of length size·d and size
      [1, 0, 4, 8, 4],
      [1, 1, 4, 8, 4],
      [1, 2, 2, 4, 2],
    ]);
  });

  it('drops the short batch with dropLast', () => {
    const it = createBatchIterator(indexedDataset(10), 4, 0, { dropLast: true });
    expect(it.batchesPerEpoch).toBe(2);
    for (let k = 0; k < 7; k++) expect(it.next().size).toBe(4);
    expect(it.epochsCompleted).toBe(3);
  });

  it('does not allocate: the same result object and buffers come back for full batches', () => {
    const it = createBatchIterator(indexedDataset(12), 4, 0);
    const first = it.next();
    const { x, y, indices } = first;
    for (let k = 0; k < 20; k++) {
      const b = it.next();
      expect(b).toBe(first);
      expect(b.x).toBe(x);
      expect(b.y).toBe(y);
      expect(b.indices).toBe(indices);
    }
    expect(x.length).toBe(8);
    expect(y.length).toBe(4);
  });

  it('reuses the same views for every short batch, which share the full buffers', () => {
    const it = createBatchIterator(indexedDataset(10), 4, 0);
    const full = it.next().x;
    it.next();
    const tail1 = it.next().x;
    for (let k = 0; k < 3; k++) it.next();
    const tail2 = (it.next(), it.next(), it.next()).x; // epoch 2's short batch
    expect(tail2).toBe(tail1);
    expect(tail1.buffer).toBe(full.buffer);
  });

  it('gives one batch of all n when batchSize exceeds n', () => {
    const it = createBatchIterator(indexedDataset(5), 64, 0);
    expect(it.batchSize).toBe(5);
    expect(it.batchesPerEpoch).toBe(1);
    expect(it.next().size).toBe(5);
  });

  it('is reproducible from the seed', () => {
    const a = createBatchIterator(indexedDataset(30), 7, 9), b = createBatchIterator(indexedDataset(30), 7, 9);
    for (let k = 0; k < 20; k++) expect(Array.from(a.next().indices)).toEqual(Array.from(b.next().indices));
  });

  it('rejects bad sizes', () => {
    const ds = indexedDataset(10);
    expect(() => createBatchIterator(ds, 0, 0)).toThrow(RangeError_);
    expect(() => createBatchIterator(ds, 2.5, 0)).toThrow('createBatchIterator: batchSize must be a whole number, got 2.5');
    expect(() => createBatchIterator(ds, 11, 0, { dropLast: true })).toThrow(
      'createBatchIterator: batchSize 11 exceeds n = 10, so dropLast leaves no batch',
    );
    expect(() => createBatchIterator(indexedDataset(0), 1, 0)).toThrow('createBatchIterator: dataset must not be empty, got n = 0');
  });
});
