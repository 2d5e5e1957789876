/**
 * Gradient checking, as the CS231n notes describe it: compare an analytic gradient with
 * centered differences  (f(w + h·eᵢ) − f(w − h·eᵢ)) / 2h  coordinate by coordinate, using the
 * relative error |a − n| / max(|a|, |n|), which is 0 when both are 0. Reports the worst
 * coordinate, so a failing check says where to look.
 *
 * The two-point formula's error is O(h²) truncation plus O(ε·|f|/h) round-off, which bottoms
 * out near 1e-10 relative. The five-point centered stencil
 *   (−f(w + 2h) + 8f(w + h) − 8f(w − h) + f(w − 2h)) / 12h
 * has O(h⁴) truncation, so a larger h (1e-3) keeps round-off small too; the tests use it to
 * hold every op to a relative error below 1e-7 even where a derivative is small.
 */
import { requireInRange, ShapeError } from './errors';

export interface GradCheckResult {
  /** Largest relative error over the checked coordinates. */
  maxRelativeError: number;
  /** The coordinate where it occurred, with both derivatives. */
  worst: { index: number; analytic: number; numeric: number };
  /** Numerical gradient for every checked coordinate (NaN where not checked). */
  numeric: Float64Array;
  /** Number of loss evaluations spent (2 per checked coordinate). */
  evaluations: number;
}

/**
 * |a − n| / max(|a|, |n|), defined as 0 when both are exactly 0. With a `floor`, the
 * denominator is at least the floor: a derivative far smaller than its neighbours (often an
 * exact cancellation, computed numerically as round-off noise) is then held to an absolute
 * error of tolerance × floor instead of a relative one it cannot meet.
 */
export function relativeError(a: number, n: number, floor = 0): number {
  const scale = Math.max(Math.abs(a), Math.abs(n), floor);
  return scale === 0 ? 0 : Math.abs(a - n) / scale;
}

export interface GradCheckOptions {
  /** Step h of the centered difference (default 1e-5). */
  h?: number;
  /** Check only these coordinates (default: all). */
  indices?: readonly number[];
  /** 'central' (2 evaluations per coordinate, default) or 'fivePoint' (4, more accurate). */
  stencil?: 'central' | 'fivePoint';
  /** Smallest denominator of the relative error (default 0; see relativeError). */
  floor?: number;
}

/**
 * `f` evaluates the loss at `w` (it must not keep `w`); `analytic` is the gradient to check.
 * `w` is perturbed in place and restored exactly.
 */
export function gradCheck(
  f: (w: Float64Array) => number,
  w: Float64Array,
  analytic: ArrayLike<number>,
  options: GradCheckOptions = {},
): GradCheckResult {
  const h = requireInRange('gradCheck', 'h', options.h ?? 1e-5, Number.MIN_VALUE, 1);
  if (analytic.length !== w.length) {
    throw new ShapeError('gradCheck', `gradient has ${analytic.length} entries, parameters have ${w.length}`);
  }
  const indices = options.indices ?? Array.from({ length: w.length }, (_, i) => i);
  const fivePoint = options.stencil === 'fivePoint';
  const floor = requireInRange('gradCheck', 'floor', options.floor ?? 0, 0, 1e300);
  const numeric = new Float64Array(w.length).fill(NaN);
  let worst = { index: -1, analytic: 0, numeric: 0 };
  let maxRelativeError = 0;
  for (const i of indices) {
    if (!(i >= 0 && i < w.length)) throw new ShapeError('gradCheck', `index ${i} is outside 0..${w.length - 1}`);
    const n = fivePoint ? fivePointDerivative(f, w, i, h) : centralDerivative(f, w, i, h);
    numeric[i] = n;
    const e = relativeError(analytic[i], n, floor);
    if (e > maxRelativeError || worst.index < 0) {
      maxRelativeError = Math.max(e, maxRelativeError);
      worst = { index: i, analytic: analytic[i], numeric: n };
    }
  }
  return { maxRelativeError, worst, numeric, evaluations: (fivePoint ? 4 : 2) * indices.length };
}

/** f evaluated with wᵢ replaced by wᵢ + d, restoring wᵢ exactly. */
function shifted(f: (w: Float64Array) => number, w: Float64Array, i: number, d: number): number {
  const old = w[i];
  w[i] = old + d;
  const v = f(w);
  w[i] = old;
  return v;
}

function centralDerivative(f: (w: Float64Array) => number, w: Float64Array, i: number, h: number): number {
  return (shifted(f, w, i, h) - shifted(f, w, i, -h)) / (2 * h);
}

function fivePointDerivative(f: (w: Float64Array) => number, w: Float64Array, i: number, h: number): number {
  const near = shifted(f, w, i, h) - shifted(f, w, i, -h);
  const far = shifted(f, w, i, 2 * h) - shifted(f, w, i, -2 * h);
  return (8 * near - far) / (12 * h);
}
