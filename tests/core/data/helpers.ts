/** Shared helpers for the dataset tests. */
import type { Dataset } from '../../../src/core/data/dataset';

/** Exact bitwise equality of two Float64Arrays (distinguishes −0 from 0, compares NaN payloads). */
export function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const ua = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const ub = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return ua.every((v, i) => v === ub[i]);
}

/** A regression dataset whose row i has features (i, −i) and target 1000 + i, so rows can be traced. */
export function indexedDataset(n: number, d = 2): Dataset {
  const x = new Float64Array(n * d), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) x[i * d + j] = j % 2 === 0 ? i : -i;
    y[i] = 1000 + i;
  }
  return { x, y, n, d, name: 'indexed' };
}
