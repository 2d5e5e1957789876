/**
 * The arithmetic of "Penalty geometry", pure and small enough for the main thread (and for the
 * chapter's numbers module, which imports the same functions to print what the widget draws).
 *
 * Two problems share one penalty, λ(α Σ|w_j| + ½(1 − α) Σ w_j²) (penaltySchema.ts):
 *
 * 1. Two weights. The mean squared error of y ≈ w₁x₁ + w₂x₂ on six fixed points with positively
 *    correlated features (correlation 0.5), built so its minimum is w* = (1.6, 0.5): y = Xw* + r
 *    with r orthogonal to both columns, so the data loss is exactly
 *
 *      L(w) = L* + (w − w*)ᵀ A (w − w*),   A = XᵀX/n = (1/150)·[2 1; 1 2],   L* = ‖r‖²/n = 0.01,
 *
 *    a bowl with tilted elliptical contours. Both weights are penalized (no intercept). Its
 *    optimum is the core's penalizedLeastSquares with `unpenalized: 0`; along λ it traces a path
 *    from w* to the origin. With L1, w₂ reaches exactly 0 at λ = 0.01 and w₁ at λ ≈ 0.0247.
 *
 * 2. A degree-9 polynomial fitted to 20 noisy samples of sin(2πx) (the core's makeSmooth1d,
 *    seed 2), the constant w₀ unpenalized: its coefficient bars show the same penalty on nine
 *    coefficients at once, L1 zeroing several of them, L2 none.
 */
import {
  type Interval,
  makeSmooth1d,
  type Penalty,
  penalizedLeastSquares,
  polynomialDesign,
  polynomialMse,
  polynomialValue,
  RangeError_,
  requireInRange,
} from '../../core';
import type { GridLike } from '../kit/plot/grid';
import type { PenaltyKind } from './penaltySchema';

/** A point (w₁, w₂) of the two-weight plane. */
export type W2 = readonly [w1: number, w2: number];

// --- the penalty -------------------------------------------------------------------------------

const KINDS: readonly PenaltyKind[] = ['l2', 'l1', 'elasticNet'];

function checkKind(op: string, kind: PenaltyKind): PenaltyKind {
  if (!KINDS.includes(kind)) throw new RangeError_(op, `kind must be one of ${KINDS.join(', ')}, got ${String(kind)}`);
  return kind;
}

/** α, the share of L1: 0 for L2, 1 for L1, `mix` for the elastic net. */
export function mixOf(kind: PenaltyKind, mix: number): number {
  const op = 'penalty mix';
  checkKind(op, kind);
  if (kind === 'l2') return 0;
  if (kind === 'l1') return 1;
  return requireInRange(op, 'mix', mix, 0, 1);
}

/** The core's penalty strengths: λ₁ = λα, λ₂ = λ(1 − α). */
export function penaltyOf(kind: PenaltyKind, lambda: number, mix = 0.5): Penalty {
  const l = requireInRange('penaltyOf', 'lambda', lambda, 0, 1e6);
  const a = mixOf(kind, mix);
  return { l1: l * a, l2: l * (1 - a) };
}

/** α‖w‖₁ + ½(1 − α)‖w‖², the penalty without its λ, of any number of weights. */
export function penaltyShape(w: ArrayLike<number>, alpha: number): number {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += alpha * Math.abs(w[j]) + 0.5 * (1 - alpha) * w[j] * w[j];
  return s;
}

// --- problem 1: two weights --------------------------------------------------------------------

/** The six points: features (x₁, x₂), row-major, and targets. Correlation of x₁ and x₂: 0.5. */
export const GEOMETRY_N = 6;
export const GEOMETRY_X: Float64Array = Float64Array.of(0.1, 0.1, 0.1, 0, 0, 0.1, -0.1, -0.1, -0.1, 0, 0, -0.1);
/** Xw* with w* = (1.6, 0.5), plus residuals (0.1, −0.1, −0.1, 0.1, −0.1, −0.1) orthogonal to both columns. */
export const GEOMETRY_Y: Float64Array = Float64Array.of(0.31, 0.06, -0.05, -0.11, -0.26, -0.15);

/** A = XᵀX/n, the data loss's curvature (its Hessian is 2A), and Xᵀy/n. */
function moments(): { a11: number; a12: number; a22: number; b1: number; b2: number } {
  let a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < GEOMETRY_N; i++) {
    const x1 = GEOMETRY_X[2 * i], x2 = GEOMETRY_X[2 * i + 1], y = GEOMETRY_Y[i];
    a11 += x1 * x1;
    a12 += x1 * x2;
    a22 += x2 * x2;
    b1 += x1 * y;
    b2 += x2 * y;
  }
  const n = GEOMETRY_N;
  return { a11: a11 / n, a12: a12 / n, a22: a22 / n, b1: b1 / n, b2: b2 / n };
}

const M = moments();

/** A = XᵀX/n as [a₁₁, a₁₂, a₂₂]: the data loss is L* + (w − w*)ᵀA(w − w*). */
export const GEOMETRY_CURVATURE: readonly [a11: number, a12: number, a22: number] = Object.freeze([M.a11, M.a12, M.a22] as const);

/** w* = A⁻¹ Xᵀy/n by Cramer's rule: the unpenalized least squares, (1.6, 0.5). */
export const UNPENALIZED_OPTIMUM: W2 = (() => {
  const det = M.a11 * M.a22 - M.a12 * M.a12;
  return Object.freeze([(M.a22 * M.b1 - M.a12 * M.b2) / det, (M.a11 * M.b2 - M.a12 * M.b1) / det] as const);
})();

/** The data loss L(w), the mean squared error of the six points. */
export function dataLoss(w1: number, w2: number): number {
  let s = 0;
  for (let i = 0; i < GEOMETRY_N; i++) {
    const r = GEOMETRY_X[2 * i] * w1 + GEOMETRY_X[2 * i + 1] * w2 - GEOMETRY_Y[i];
    s += r * r;
  }
  return s / GEOMETRY_N;
}

/** L* = L(w*), the data loss's floor (0.01: the residuals' mean square). */
export const DATA_LOSS_FLOOR = dataLoss(UNPENALIZED_OPTIMUM[0], UNPENALIZED_OPTIMUM[1]);

/** ∇L(w) = 2A(w − w*) = (2/n)Xᵀ(Xw − y). */
export function dataGradient(w: W2): W2 {
  return [2 * (M.a11 * w[0] + M.a12 * w[1] - M.b1), 2 * (M.a12 * w[0] + M.a22 * w[1] - M.b2)];
}

/** The penalized optimum of the two-weight problem (both weights penalized), optionally warm-started. */
export function geometryOptimum(kind: PenaltyKind, lambda: number, mix = 0.5, start?: W2): W2 {
  const penalty = penaltyOf(kind, lambda, mix);
  const fit = penalizedLeastSquares(GEOMETRY_X, GEOMETRY_Y, GEOMETRY_N, 2, penalty, { unpenalized: 0, start });
  return [fit.w[0], fit.w[1]];
}

/** The λ at which the optimum first reaches the origin: α λ = ‖∇L(0)‖∞ (never, for L2: null). */
export function originThreshold(kind: PenaltyKind, mix = 0.5): number | null {
  const alpha = mixOf(kind, mix);
  if (alpha === 0) return null;
  const g = dataGradient([0, 0]);
  return Math.max(Math.abs(g[0]), Math.abs(g[1])) / alpha;
}

/**
 * The smallest λ at which w₂ of the optimum is exactly 0 (null for L2, which never zeroes it),
 * by bisection on log λ below originThreshold: w₂ stays 0 once it is (the features are
 * positively correlated, so shrinking w₁ never pulls w₂ off zero again).
 */
export function w2ZeroThreshold(kind: PenaltyKind, mix = 0.5): number | null {
  const top = originThreshold(kind, mix);
  if (top === null) return null;
  let lo = top * 1e-9, hi = top;
  for (let k = 0; k < 80; k++) {
    const mid = Math.sqrt(lo * hi);
    if (geometryOptimum(kind, mid, mix)[1] === 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface GeometryPath {
  /** λ of each point: 0 first (w*), then increasing; the last is Infinity (the origin). */
  readonly lambdas: Float64Array;
  readonly w1: Float64Array;
  readonly w2: Float64Array;
}

/** The λ grid of a path: `count` points evenly spaced in log λ over [lo, hi]. */
export function logGrid(lo: number, hi: number, count: number): Float64Array {
  if (!(lo > 0 && hi > lo) || !Number.isInteger(count) || count < 2) {
    throw new RangeError_('logGrid', `need 0 < lo < hi and a whole count ≥ 2, got lo = ${lo}, hi = ${hi}, count = ${count}`);
  }
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = lo * (hi / lo) ** (k / (count - 1));
  return out;
}

/**
 * The penalized optimum as λ goes from 0 to ∞: w* at λ = 0, then the optimum on a log grid of λ
 * from 10⁻⁵ to 10 (each solve warm-started at the previous answer), with the λ where L1 zeroes a
 * weight added so the polyline has its corners, and the origin last (λ → ∞; L2 only tends to it).
 *
 * The corners are solved from zero instead: exactly at a threshold the zero weight's pull equals
 * λ, and coordinate descent coming from the nonzero side creeps toward 0 geometrically and stops
 * at its tolerance (~10⁻¹⁴) rather than at the exact 0 that starting from zero gives.
 */
export function geometryPath(kind: PenaltyKind, mix = 0.5, count = 121): GeometryPath {
  const grid = Array.from(logGrid(1e-5, 10, count));
  const corners = [w2ZeroThreshold(kind, mix), originThreshold(kind, mix)].filter((t): t is number => t !== null);
  grid.push(...corners);
  grid.sort((a, b) => a - b);
  const lambdas = [0, ...grid, Infinity];
  const w1 = new Float64Array(lambdas.length), w2 = new Float64Array(lambdas.length);
  [w1[0], w2[0]] = UNPENALIZED_OPTIMUM;
  let start: W2 = UNPENALIZED_OPTIMUM;
  for (let k = 1; k < lambdas.length - 1; k++) {
    start = geometryOptimum(kind, lambdas[k], mix, corners.includes(lambdas[k]) ? undefined : start);
    [w1[k], w2[k]] = start;
  }
  return { lambdas: Float64Array.from(lambdas), w1, w2 };
}

/** Where the two-weight picture looks: w* and the origin with room for the contours around them. */
export const GEOMETRY_W1: Interval = [-1, 3];
export const GEOMETRY_W2: Interval = [-1, 2];
export const GEOMETRY_GRID_SIZE = 81;

let grid: GridLike | null = null;

/** L on an 81 × 81 grid over the picture (row-major, row 0 at the lowest w₂); computed once. */
export function geometryGrid(): GridLike {
  if (grid) return grid;
  const n = GEOMETRY_GRID_SIZE;
  const values = new Float64Array(n * n);
  const [x0, x1] = GEOMETRY_W1, [y0, y1] = GEOMETRY_W2;
  for (let j = 0; j < n; j++) {
    const w2 = y0 + ((y1 - y0) * j) / (n - 1);
    for (let i = 0; i < n; i++) values[j * n + i] = dataLoss(x0 + ((x1 - x0) * i) / (n - 1), w2);
  }
  grid = { values, nx: n, ny: n, x: GEOMETRY_W1, y: GEOMETRY_W2 };
  return grid;
}

/**
 * Contour levels of the picture: L* + (A's larger eigenvalue)·(k/4)² for k = 1 … 12, so the
 * ellipses are evenly spaced along their short axis, a quarter apart.
 */
export function geometryLevels(): number[] {
  const [a, c, b] = GEOMETRY_CURVATURE;
  const top = (a + b) / 2 + Math.hypot((a - b) / 2, c);
  return Array.from({ length: 12 }, (_, k) => DATA_LOSS_FLOOR + top * ((k + 1) / 4) ** 2);
}

export interface Polyline {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** Angles 0 … 2π in `samples` equal steps, the axis directions (multiples of π/2) exactly among them. */
function angles(samples: number): Float64Array {
  const n = Math.max(4, Math.round(samples / 4) * 4);
  const out = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) out[k] = (2 * Math.PI * k) / n;
  return out;
}

/**
 * The penalty's level set through `w`: every v with α‖v‖₁ + ½(1 − α)‖v‖² = c, c its value at w.
 * Along the direction (cos θ, sin θ) at distance r: α r s + ½(1 − α) r² = c, s = |cos θ| + |sin θ|,
 * solved as r = 2c / (αs + √(α²s² + 2(1 − α)c)) (stable from α = 0, the circle of radius ‖w‖,
 * to α = 1, the diamond ‖v‖₁ = ‖w‖₁, whose corners sit on the axes). Empty at the origin.
 */
export function penaltyLevelSet(w: W2, alpha: number, samples = 360): Polyline {
  const a = requireInRange('penaltyLevelSet', 'alpha', alpha, 0, 1);
  const c = penaltyShape(w, a);
  if (!(c > 0)) return { x: new Float64Array(0), y: new Float64Array(0) };
  const th = angles(samples);
  const x = new Float64Array(th.length), y = new Float64Array(th.length);
  for (let k = 0; k < th.length; k++) {
    const cos = Math.cos(th[k]), sin = Math.sin(th[k]);
    const s = Math.abs(cos) + Math.abs(sin);
    const r = (2 * c) / (a * s + Math.sqrt(a * a * s * s + 2 * (1 - a) * c));
    x[k] = r * cos;
    y[k] = r * sin;
  }
  return { x, y };
}

/**
 * The data loss's contour through `w`, the ellipse (v − w*)ᵀA(v − w*) = q with q its value at w:
 * v = w* + √q · L⁻ᵀ(cos θ, sin θ), where A = LLᵀ (Cholesky). Empty at w* itself.
 */
export function lossLevelSet(w: W2, samples = 240): Polyline {
  const [a, c, b] = GEOMETRY_CURVATURE;
  const [s1, s2] = UNPENALIZED_OPTIMUM;
  const d1 = w[0] - s1, d2 = w[1] - s2;
  const q = a * d1 * d1 + 2 * c * d1 * d2 + b * d2 * d2;
  if (!(q > 0)) return { x: new Float64Array(0), y: new Float64Array(0) };
  const l11 = Math.sqrt(a), l21 = c / l11, l22 = Math.sqrt(b - l21 * l21);
  const th = angles(samples);
  const x = new Float64Array(th.length), y = new Float64Array(th.length);
  const r = Math.sqrt(q);
  for (let k = 0; k < th.length; k++) {
    const u1 = Math.cos(th[k]), u2 = Math.sin(th[k]);
    // L⁻ᵀu: solve [l11 l21; 0 l22] z = u from the bottom.
    const z2 = u2 / l22;
    const z1 = (u1 - l21 * z2) / l11;
    x[k] = s1 + r * z1;
    y[k] = s2 + r * z2;
  }
  return { x, y };
}

// --- problem 2: the polynomial's coefficients --------------------------------------------------

export const COEFFICIENT_DEGREE = 9;
const P = COEFFICIENT_DEGREE + 1;

/** 20 noisy samples of sin(2πx) on [0, 1] (σ = 0.2, x at random, seed 2). */
export const COEFFICIENT_DATA = makeSmooth1d({ n: 20, noise: 0.2, spacing: 'random', seed: 2 });

const PHI = polynomialDesign(COEFFICIENT_DATA.x, COEFFICIENT_DEGREE);

export interface CoefficientFit {
  /** w₀ … w₉: w₀ the unpenalized constant, w_j the coefficient of t^j, t = 2x − 1. */
  readonly w: Float64Array;
  /** How many of w₁ … w₉ are exactly 0. */
  readonly zeros: number;
  /** ‖(w₁, …, w₉)‖₁ and ‖(w₁, …, w₉)‖₂: the penalized coefficients only. */
  readonly l1Norm: number;
  readonly l2Norm: number;
  /** The mean squared error on the 20 points. */
  readonly mse: number;
}

function describeFit(w: Float64Array): CoefficientFit {
  let zeros = 0, l1 = 0, l2 = 0;
  for (let j = 1; j < w.length; j++) {
    if (w[j] === 0) zeros++;
    l1 += Math.abs(w[j]);
    l2 += w[j] * w[j];
  }
  return { w, zeros, l1Norm: l1, l2Norm: Math.sqrt(l2), mse: polynomialMse(w, COEFFICIENT_DATA.x, COEFFICIENT_DATA.y) };
}

/** The degree-9 fit with the penalty on w₁ … w₉ (the constant w₀ free). */
export function coefficientFit(kind: PenaltyKind, lambda: number, mix = 0.5): CoefficientFit {
  const fit = penalizedLeastSquares(PHI, COEFFICIENT_DATA.y, COEFFICIENT_DATA.n, P, penaltyOf(kind, lambda, mix), { unpenalized: 1 });
  return describeFit(fit.w);
}

let unpenalized: CoefficientFit | null = null;

/** The degree-9 least-squares fit without a penalty: the outlines the bars are compared with. */
export function unpenalizedFit(): CoefficientFit {
  unpenalized ??= describeFit(penalizedLeastSquares(PHI, COEFFICIENT_DATA.y, COEFFICIENT_DATA.n, P).w);
  return unpenalized;
}

/**
 * The bars' fixed half-height: the largest |w_j| (j ≥ 1) any penalty reaches on the slider
 * (at its smallest λ, for L2, L1 and the elastic net at α = 0.5), rounded up to a whole number.
 * The unpenalized outlines go beyond it and are cut at the edge with their value written there.
 */
export const COEFFICIENT_RANGE = 5;

/** ŷ(x) of a fit at `samples` points across [0, 1], for the small curve plot. */
export function fitCurve(w: ArrayLike<number>, samples = 161): Polyline {
  const x = new Float64Array(samples), y = new Float64Array(samples);
  for (let k = 0; k < samples; k++) {
    x[k] = k / (samples - 1);
    y[k] = polynomialValue(w, x[k]);
  }
  return { x, y };
}

// --- what a chapter prints ----------------------------------------------------------------------

export interface KindReport {
  readonly kind: PenaltyKind;
  /** The two-weight optimum at the default λ (and mix 0.5 for the elastic net). */
  readonly optimum: W2;
  /** λ where w₂ first is exactly 0, and where both are (null: never, L2). */
  readonly w2Zero: number | null;
  readonly origin: number | null;
  /** The polynomial's exactly-zero coefficients (of 9) and norms at the default λ. */
  readonly zeros: number;
  readonly l1Norm: number;
  readonly l2Norm: number;
  readonly mse: number;
}

/** Every number the chapter's prose quotes about this widget, at λ (default 0.015) and mix α (0.5). */
export function penaltyReport(lambda = 0.015, mix = 0.5): { readonly unpenalizedOptimum: W2; readonly lossFloor: number; readonly unpenalized: CoefficientFit; readonly kinds: readonly KindReport[] } {
  const kinds = KINDS.map((kind): KindReport => {
    const fit = coefficientFit(kind, lambda, mix);
    return {
      kind,
      optimum: geometryOptimum(kind, lambda, mix),
      w2Zero: w2ZeroThreshold(kind, mix),
      origin: originThreshold(kind, mix),
      zeros: fit.zeros,
      l1Norm: fit.l1Norm,
      l2Norm: fit.l2Norm,
      mse: fit.mse,
    };
  });
  return { unpenalizedOptimum: UNPENALIZED_OPTIMUM, lossFloor: DATA_LOSS_FLOOR, unpenalized: unpenalizedFit(), kinds };
}
