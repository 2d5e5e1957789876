/**
 * The seven (x, y) points of the linear-regression chapter: small enough to list in a table,
 * fit by hand, and see every residual.
 */
import type { Dataset } from './dataset';

export const LINREG7_XS: readonly number[] = Object.freeze([2.4, 2.8, 3.2, 3.6, 4.0, 4.2, 5.0]);
export const LINREG7_YS: readonly number[] = Object.freeze([1.7, 1.85, 1.79, 1.95, 2.1, 2.0, 2.7]);

/** A fresh copy of the seven points as a dataset (d = 1). */
export function makeLinreg7(): Dataset {
  return {
    x: Float64Array.from(LINREG7_XS),
    y: Float64Array.from(LINREG7_YS),
    n: LINREG7_XS.length,
    d: 1,
    name: 'linreg7',
  };
}

/** The seven points as a shared constant. Do not write to its arrays; use makeLinreg7() for a copy. */
export const LINREG7: Dataset = Object.freeze(makeLinreg7());
