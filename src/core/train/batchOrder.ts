/**
 * Where a mini-batch problem's batches come from: the seeded shuffle of data/batches.ts (each
 * example once per epoch), or an order the caller gives — a list of index arrays (repeated
 * when it runs out) or a function asked for batch k's indices. A widget that lets the reader
 * pick the next batch, or a chapter that replays a hand-computed order, uses the second.
 * Either way the rows are copied into buffers owned here and reused (one pair per batch size),
 * so a step allocates nothing.
 */
import { createBatchIterator } from '../data/batches';
import type { Dataset } from '../data/dataset';
import { RangeError_ } from '../errors';

/** Indices into the training set: a list of batches (repeated), or batch k's indices on demand. */
export type BatchOrder = readonly ArrayLike<number>[] | ((k: number) => ArrayLike<number>);

/** One batch's rows. The arrays belong to the source and are overwritten by a later batch. */
export interface BatchRows {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly size: number;
}

/** Copies `indices` after checking each is a whole number in [0, n). */
function checkIndices(op: string, name: string, indices: ArrayLike<number> | undefined, n: number): Uint32Array {
  if (indices === null || typeof indices !== 'object' || typeof indices.length !== 'number') {
    throw new RangeError_(op, `${name} must be an array of row indices, got ${String(indices)}`);
  }
  if (indices.length === 0) throw new RangeError_(op, `${name} is empty: a batch needs at least one row`);
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i];
    if (!(Number.isInteger(r) && r >= 0 && r < n)) {
      throw new RangeError_(op, `${name}[${i}] must be a row index in 0..${n - 1}, got ${r}`);
    }
    out[i] = r;
  }
  return out;
}

/** The seeded shuffle: exactly the batch iterator's order (what every chapter's numbers use). */
export function shuffledBatches(data: Dataset, batchSize: number, seed: number): () => BatchRows {
  const it = createBatchIterator(data, batchSize, seed);
  return () => it.next();
}

/**
 * The caller's order. A list is checked (and copied) here, so changing it later changes nothing;
 * a function's answer is checked each time it is asked, once per batch, in order.
 */
export function orderedBatches(op: string, data: Dataset, order: BatchOrder): () => BatchRows {
  const { n, d } = data;
  const ask = typeof order === 'function' ? order : null;
  const list = typeof order === 'function' ? [] : order.map((b, k) => checkIndices(op, `batches[${k}]`, b, n));
  if (ask === null && list.length === 0) throw new RangeError_(op, 'batches is empty: give at least one batch');
  const bySize = new Map<number, BatchRows>();
  let k = 0;
  return () => {
    const rows = ask === null ? list[k % list.length] : checkIndices(op, `batches(${k})`, ask(k), n);
    k++;
    const size = rows.length;
    let batch = bySize.get(size);
    if (!batch) {
      batch = { x: new Float64Array(size * d), y: new Float64Array(size), size };
      bySize.set(size, batch);
    }
    for (let r = 0; r < size; r++) {
      const src = rows[r];
      for (let j = 0; j < d; j++) batch.x[r * d + j] = data.x[src * d + j];
      batch.y[r] = data.y[src];
    }
    return batch;
  };
}
