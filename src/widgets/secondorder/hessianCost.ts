/**
 * What Newton's method would cost on a network of N weights: the Hessian has N² entries (8 bytes
 * each in float64), and solving H·s = ∇f by a Cholesky factorization takes about N³/3
 * multiply-adds, i.e. (2/3)N³ floating-point operations. L-BFGS keeps m pairs of vectors
 * instead (2m·N numbers); the gradient itself is N numbers.
 */
import { formatNumber } from '../descent/numberText';
import { roundSignificant } from '../state/numbers';

/** The speed the solve time assumes: 10¹¹ floating-point operations a second, a fast desktop CPU. */
export const FLOPS_PER_SECOND = 1e11;

export interface HessianCost {
  readonly weights: number;
  readonly hessianEntries: number;
  readonly hessianBytes: number;
  /** Floating-point operations of one Cholesky solve, (2/3)N³. */
  readonly solveFlops: number;
  readonly solveSeconds: number;
  readonly gradientBytes: number;
  /** L-BFGS's memory: m pairs (s, y) of N numbers. */
  readonly lbfgsBytes: number;
}

export function hessianCost(weights: number, history: number): HessianCost {
  if (!(Number.isInteger(weights) && weights >= 1)) throw new RangeError(`hessianCost: weights must be a whole number ≥ 1, got ${weights}`);
  if (!(Number.isInteger(history) && history >= 1)) throw new RangeError(`hessianCost: history must be a whole number ≥ 1, got ${history}`);
  const n = weights;
  const solveFlops = (2 / 3) * n ** 3;
  return {
    weights: n,
    hessianEntries: n * n,
    hessianBytes: 8 * n * n,
    solveFlops,
    solveSeconds: solveFlops / FLOPS_PER_SECOND,
    gradientBytes: 8 * n,
    lbfgsBytes: 8 * 2 * history * n,
  };
}

/**
 * The calculator's N for a slider value `raw`: two significant digits (1,000,000, not 1,009,911),
 * but never stuck. A key press on the log slider moves `raw` by less than one step of the second
 * digit, which would round straight back to `current`; then N moves one such step that way
 * (12,000 → 13,000, and 10,000 → 9,900 when the move down still rounds to 10,000). Clamped to
 * [min, max].
 */
export function sliderWeights(current: number, raw: number, min: number, max: number): number {
  let n = Math.round(roundSignificant(raw, 2));
  if (n === current && raw !== current) {
    const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
    const below = n === 10 ** Math.round(Math.log10(n)) ? unit / 10 : unit; // under 10,000 comes 9,900
    n = raw > current ? n + unit : n - Math.max(1, below);
  }
  return Math.min(max, Math.max(min, n));
}

const BYTE_UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** Bytes in decimal units (1 kB = 1000 bytes), three significant digits: "8.00 TB". */
export function formatBytes(bytes: number): string {
  let k = 0;
  while (k < BYTE_UNITS.length - 1 && bytes >= 1000 ** (k + 1)) k++;
  const value = bytes / 1000 ** k;
  return k === 0 ? `${Math.round(value)} bytes` : `${value.toPrecision(3)} ${BYTE_UNITS[k]}`;
}

const SPANS: readonly [seconds: number, unit: string][] = [
  [365.25 * 24 * 3600, 'years'],
  [24 * 3600, 'days'],
  [3600, 'hours'],
  [60, 'minutes'],
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
];

/** A duration in the largest unit that keeps it at least 1: "2.1 days", "13 years". */
export function formatDuration(seconds: number): string {
  for (const [size, unit] of SPANS) {
    if (seconds >= size) return `${formatNumber(seconds / size)} ${unit}`;
  }
  return `${formatNumber(seconds / 1e-9)} ns`;
}
