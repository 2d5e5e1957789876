/**
 * A dataset as the core stores it: features in one flat row-major Float64Array (row i is
 * x[i·d … i·d + d − 1]) and one target per row. Flat arrays are what a training loop reads
 * fastest and what a worker can transfer.
 */
import { RangeError_, ShapeError } from '../errors';

export interface Dataset {
  /** n × d features, row-major. */
  readonly x: Float64Array;
  /** n targets: class labels 0 … classes − 1 for classification, real values for regression. */
  readonly y: Float64Array;
  /** Number of examples (rows). */
  readonly n: number;
  /** Number of features (columns). */
  readonly d: number;
  /** Number of classes, for classification datasets only. */
  readonly classes?: number;
  readonly name: string;
}

/** Throws ShapeError unless x has n·d entries and y has n, and labels are valid if `classes` is set. */
export function checkDataset(op: string, ds: Dataset): void {
  const { n, d } = ds;
  if (!Number.isInteger(n) || n < 0) throw new RangeError_(op, `n must be a whole number >= 0, got ${n}`);
  if (!Number.isInteger(d) || d < 1) throw new RangeError_(op, `d must be a whole number >= 1, got ${d}`);
  if (ds.x.length !== n * d) {
    throw new ShapeError(op, `x must have n*d = ${n}*${d} = ${n * d} entries, got ${ds.x.length}`);
  }
  if (ds.y.length !== n) throw new ShapeError(op, `y must have n = ${n} entries, got ${ds.y.length}`);
}

/** Number of examples of each class 0 … classes − 1. */
export function classCounts(ds: Dataset): number[] {
  const k = ds.classes ?? 0;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < ds.n; i++) {
    const c = ds.y[i];
    if (Number.isInteger(c) && c >= 0 && c < k) counts[c]++;
  }
  return counts;
}

/** A deep copy (fresh typed arrays), optionally renamed. */
export function cloneDataset(ds: Dataset, name = ds.name): Dataset {
  const copy: Dataset = { x: ds.x.slice(), y: ds.y.slice(), n: ds.n, d: ds.d, name };
  return ds.classes === undefined ? copy : { ...copy, classes: ds.classes };
}
