/**
 * Train / validation / test split: shuffle the row indices with a seed, then cut the
 * permutation at the cumulative fractions. Each part is a copy, so training code may normalize
 * or reorder it freely.
 */
import type { Dataset } from './dataset';
import { checkDataset } from './dataset';
import type { Seed } from './generator';
import { resolveRng } from './generator';
import { shuffleInPlace } from '../random/prng';
import { RangeError_, requireInRange } from '../errors';

export interface SplitFractions {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

export const SPLIT_DEFAULTS: Readonly<SplitFractions> = Object.freeze({
  train: 0.7,
  validation: 0.15,
  test: 0.15,
});

export interface Split {
  readonly train: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
  /** Which rows of the original dataset went where, in each part's order. */
  readonly indices: { readonly train: Uint32Array; readonly validation: Uint32Array; readonly test: Uint32Array };
}

/** Rounding slack so that 0.1 + 0.2 + 0.7 (= 1.0000000000000002) counts as 1. */
const SUM_TOLERANCE = 1e-9;

/**
 * Splits `ds` by fractions (each in [0, 1], summing to at most 1; rows beyond the sum are left
 * out). Part sizes are differences of round(n · cumulative fraction), so they add up to
 * round(n · sum) and never exceed n.
 */
export function splitDataset(ds: Dataset, fractions: SplitFractions = SPLIT_DEFAULTS, seed: Seed = 0): Split {
  const op = 'splitDataset';
  checkDataset(op, ds);
  const ft = requireInRange(op, 'train', fractions.train, 0, 1);
  const fv = requireInRange(op, 'validation', fractions.validation, 0, 1);
  const fs = requireInRange(op, 'test', fractions.test, 0, 1);
  const sum = ft + fv + fs;
  if (sum > 1 + SUM_TOLERANCE) {
    throw new RangeError_(op, `fractions must sum to at most 1, got ${ft} + ${fv} + ${fs} = ${sum}`);
  }
  const rng = resolveRng(op, seed);
  const perm = shuffleInPlace(rng, Uint32Array.from({ length: ds.n }, (_, i) => i));
  const cut = (f: number): number => Math.round(ds.n * Math.min(1, f));
  const c1 = cut(ft), c2 = cut(ft + fv), c3 = cut(sum);
  const indices = { train: perm.slice(0, c1), validation: perm.slice(c1, c2), test: perm.slice(c2, c3) };
  return {
    train: gather(ds, indices.train, `${ds.name}:train`),
    validation: gather(ds, indices.validation, `${ds.name}:validation`),
    test: gather(ds, indices.test, `${ds.name}:test`),
    indices,
  };
}

/** A new dataset made of the rows `rows` of `ds`, in that order. */
export function gather(ds: Dataset, rows: ArrayLike<number>, name = ds.name): Dataset {
  const { d } = ds;
  const m = rows.length;
  const x = new Float64Array(m * d), y = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const src = rows[r];
    for (let j = 0; j < d; j++) x[r * d + j] = ds.x[src * d + j];
    y[r] = ds.y[src];
  }
  const out: Dataset = { x, y, n: m, d, name };
  return ds.classes === undefined ? out : { ...out, classes: ds.classes };
}

/**
 * k-fold cross-validation: the row indices 0 … n−1 shuffled with `seed` and dealt into k folds
 * whose sizes differ by at most one (the first n mod k folds get the extra row). Fold f is the
 * validation set of round f; the other k − 1 folds are its training set.
 */
export function kFolds(n: number, k: number, seed: Seed = 0): Uint32Array[] {
  const op = 'kFolds';
  if (!Number.isInteger(n) || n < 2) throw new RangeError_(op, `n must be an integer of at least 2, got ${n}`);
  if (!Number.isInteger(k) || k < 2 || k > n) throw new RangeError_(op, `k must be an integer from 2 to n = ${n}, got ${k}`);
  // listing: kfold
  const perm = shuffleInPlace(resolveRng(op, seed), Uint32Array.from({ length: n }, (_, i) => i));
  const folds: Uint32Array[] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    folds.push(perm.slice(start, start + size));
    start += size;
  }
  // listing: end
  return folds;
}
