/**
 * Shuffled mini-batches without allocation. The iterator owns one index permutation and one
 * pair of batch buffers; next() copies the next rows into them, reshuffling the permutation at
 * the start of every epoch, so each example appears exactly once per epoch and a training loop
 * can call it thousands of times a second without feeding the garbage collector.
 */
import type { Dataset } from './dataset';
import { checkDataset } from './dataset';
import type { Seed } from './generator';
import { resolveRng } from './generator';
import { shuffleInPlace } from '../random/prng';
import { RangeError_, requireInteger } from '../errors';

export interface Batch {
  /** size × d features, row-major. The iterator's own buffer (or a view of it): copy to keep. */
  readonly x: Float64Array;
  /** size targets. */
  readonly y: Float64Array;
  /** Original row index in the dataset of each example of the batch. */
  readonly indices: Uint32Array;
  /** Number of examples: batchSize, except possibly for the last batch of an epoch. */
  readonly size: number;
  /** Which epoch (0-based) the batch belongs to. */
  readonly epoch: number;
  /** Position of the batch within its epoch (0-based). */
  readonly index: number;
}

export interface BatchIterator {
  /**
   * Fills the buffers with the next batch. The returned object and its arrays are reused by
   * the next call.
   */
  next(): Batch;
  /** Examples per full batch (min(batchSize, n)). */
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  /** Number of epochs whose last batch has been returned. */
  readonly epochsCompleted: number;
}

export interface BatchOptions {
  /** Skip the final short batch of each epoch (its examples wait for a later epoch's shuffle). */
  readonly dropLast?: boolean;
}

export function createBatchIterator(
  ds: Dataset,
  batchSize: number,
  seed: Seed,
  options: BatchOptions = {},
): BatchIterator {
  const op = 'createBatchIterator';
  checkDataset(op, ds);
  const { n, d } = ds;
  if (n === 0) throw new RangeError_(op, 'dataset must not be empty, got n = 0');
  requireInteger(op, 'batchSize', batchSize, 1, Number.MAX_SAFE_INTEGER);
  const dropLast = options.dropLast === true;
  if (dropLast && batchSize > n) {
    throw new RangeError_(op, `batchSize ${batchSize} exceeds n = ${n}, so dropLast leaves no batch`);
  }
  const rng = resolveRng(op, seed);

  const full = Math.min(batchSize, n);
  const tail = n % full; // size of the short last batch, 0 if none
  const batchesPerEpoch = dropLast || tail === 0 ? Math.floor(n / full) : Math.ceil(n / full);

  const perm = Uint32Array.from({ length: n }, (_, i) => i);
  const bx = new Float64Array(full * d), by = new Float64Array(full), bi = new Uint32Array(full);
  // Views for the short batch, made once: it always has the same size.
  const tx = bx.subarray(0, tail * d), ty = by.subarray(0, tail), ti = bi.subarray(0, tail);

  const batch = { x: bx, y: by, indices: bi, size: 0, epoch: 0, index: 0 };
  let epoch = 0, index = 0, pos = 0, completed = 0;
  shuffleInPlace(rng, perm);

  const next = (): Batch => {
    if (index === batchesPerEpoch) {
      epoch++;
      index = 0;
      pos = 0;
      shuffleInPlace(rng, perm);
    }
    const size = Math.min(full, n - pos);
    for (let r = 0; r < size; r++) {
      const src = perm[pos + r];
      for (let j = 0; j < d; j++) bx[r * d + j] = ds.x[src * d + j];
      by[r] = ds.y[src];
      bi[r] = src;
    }
    const isFull = size === full;
    batch.x = isFull ? bx : tx;
    batch.y = isFull ? by : ty;
    batch.indices = isFull ? bi : ti;
    batch.size = size;
    batch.epoch = epoch;
    batch.index = index;
    pos += size;
    index++;
    if (index === batchesPerEpoch) completed++;
    return batch;
  };

  return {
    next,
    batchSize: full,
    batchesPerEpoch,
    get epochsCompleted() {
      return completed;
    },
  };
}
