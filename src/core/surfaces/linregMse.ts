/**
 * The mean squared error of a line y ≈ m x + b over a dataset, as a surface over (m, b):
 *
 *   f(m, b) = (1/n) Σᵢ (m xᵢ + b − yᵢ)² + λ₁ |m| + ½ λ₂ m².
 *
 * The surface's x coordinate is the slope m and its y coordinate the intercept b. Only the
 * slope is regularized (the bias is not: penalizing it would pull the line toward the origin
 * instead of toward "flat"). L2 uses the ½ λ Σ w² convention, so its gradient is λ w. The L1
 * term is not differentiable at m = 0: the gradient uses the subgradient sign(0) = 0 there and
 * the Hessian ignores L1 (it is zero wherever it is defined). The listed minimum is the exact
 * minimizer in every case; with λ₁ > 0 it may sit on the kink m = 0, where that subgradient
 * need not vanish.
 *
 * Completing the square in (m, b) gives an exact O(1) form used for evaluation, free of the
 * cancellation that expanding Σ (m xᵢ + b − yᵢ)² into moments would cause near the minimum:
 *
 *   (1/n) Σ (m xᵢ + b − yᵢ)² = (Sxx/n)(m − m*)² + (m x̄ + b − ȳ)² + RSS/n,
 *
 * with Sxx = Σ (xᵢ − x̄)², Sxy = Σ (xᵢ − x̄)(yᵢ − ȳ), m* = Sxy/Sxx the least-squares slope and
 * RSS the residual sum of squares of the least-squares line.
 */
import { defineSurface } from './surface';
import type { Surface, Vec2 } from './surface';
import { RangeError_, ShapeError, requireAllFinite } from '../errors';
import { requireNonNegative } from '../errors';
import { texNumber } from './tex';
import { LINREG7_XS, LINREG7_YS } from '../data/linreg7';

export interface LinregMseParams {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** λ₁ ≥ 0, weight of the L1 penalty λ₁ |m| on the slope. */
  readonly l1: number;
  /** λ₂ ≥ 0, weight of the L2 penalty ½ λ₂ m² on the slope. */
  readonly l2: number;
}

export const LINREG_MSE_DEFAULTS: Readonly<LinregMseParams> = Object.freeze({
  xs: LINREG7_XS,
  ys: LINREG7_YS,
  l1: 0,
  l2: 0,
});

/** The centered moments a line fit needs. */
interface LineStats {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ (xᵢ − x̄)² */
  readonly sxx: number;
  /** Σ (xᵢ − x̄)(yᵢ − ȳ) */
  readonly sxy: number;
}

function lineStats(op: string, xs: ArrayLike<number>, ys: ArrayLike<number>): LineStats {
  if (xs.length !== ys.length) {
    throw new ShapeError(op, `xs and ys must have equal length, got ${xs.length} and ${ys.length}`);
  }
  const n = xs.length;
  if (n < 2) throw new ShapeError(op, `need at least 2 points, got ${n}`);
  requireAllFinite(op, 'xs', xs);
  requireAllFinite(op, 'ys', ys);
  let allEqual = true;
  for (let i = 1; i < n; i++) if (xs[i] !== xs[0]) allEqual = false;
  if (allEqual) throw new RangeError_(op, `xs must not all be equal, got all ${xs[0]}`);

  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const meanX = sx / n, meanY = sy / n;
  let sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - meanX;
    sxx += dx * dx;
    sxy += dx * (ys[i] - meanY);
  }
  return { n, meanX, meanY, sxx, sxy };
}

/**
 * The least-squares line through (xs, ys) in closed form: m = Sxy / Sxx, b = ȳ − m x̄.
 * Needs at least 2 points, all finite, not all with the same x.
 */
export function leastSquaresLine(xs: ArrayLike<number>, ys: ArrayLike<number>): { m: number; b: number } {
  const s = lineStats('leastSquaresLine', xs, ys);
  const m = s.sxy / s.sxx;
  return { m, b: s.meanY - m * s.meanX };
}

/**
 * Minimizer of the penalized MSE. The intercept is unpenalized, so b = ȳ − m x̄ exactly; what is
 * left is a 1-D problem in m, (Sxx/n)(m − m*)² + λ₁|m| + ½λ₂m², solved by soft-thresholding:
 * m = S(Sxy, nλ₁/2) / (Sxx + nλ₂/2) with S(z, t) = sign(z) max(|z| − t, 0). With λ₁ = λ₂ = 0
 * this is Sxy / Sxx, the least-squares slope, computed the same way as in leastSquaresLine.
 */
function penalizedLine(s: LineStats, l1: number, l2: number): Vec2 {
  const shrunk = l1 === 0 ? s.sxy : Math.sign(s.sxy) * Math.max(Math.abs(s.sxy) - 0.5 * s.n * l1, 0);
  const m = shrunk / (s.sxx + 0.5 * s.n * l2);
  return [m, s.meanY - m * s.meanX];
}

export function createLinregMse(params: Partial<LinregMseParams> = {}): Surface {
  const op = 'linregMse';
  const p = { ...LINREG_MSE_DEFAULTS, ...params };
  const l1 = requireNonNegative(op, 'l1', p.l1);
  const l2 = requireNonNegative(op, 'l2', p.l2);
  const s = lineStats(op, p.xs, p.ys);
  const { n, meanX, meanY, sxx } = s;
  const mStar = s.sxy / sxx;
  let rss = 0; // summed directly, not as Syy − Sxy²/Sxx, which cancels badly for a good fit
  for (let i = 0; i < n; i++) {
    const r = meanY + mStar * (p.xs[i] - meanX) - p.ys[i];
    rss += r * r;
  }
  const curv = sxx / n;

  const value = (m: number, b: number): number => {
    const dm = m - mStar, u = m * meanX + b - meanY;
    return curv * dm * dm + u * u + rss / n + l1 * Math.abs(m) + 0.5 * l2 * m * m;
  };
  // fm = (2Sxx/n)(m − m*) + 2x̄ u + λ₁ sign(m) + λ₂ m,  fb = 2u,  u = m x̄ + b − ȳ
  // (equal to (2/n) Σ rᵢ xᵢ + … and (2/n) Σ rᵢ with residuals rᵢ = m xᵢ + b − yᵢ)
  const gradient = (m: number, b: number, out: Float64Array): void => {
    const u = m * meanX + b - meanY;
    out[0] = 2 * curv * (m - mStar) + 2 * meanX * u + l1 * Math.sign(m) + l2 * m;
    out[1] = 2 * u;
  };
  // ∇²f = (2/n) Σ [xᵢ², xᵢ; xᵢ, 1] + diag(λ₂, 0): constant, since f is quadratic (L1 aside)
  const hmm = 2 * curv + 2 * meanX * meanX + l2, hmb = 2 * meanX, hbb = 2;
  const hessian = (_m: number, _b: number, out: Float64Array): void => {
    out[0] = hmm;
    out[1] = hmb;
    out[2] = hmb;
    out[3] = hbb;
  };

  const min = penalizedLine(s, l1, l2);
  const start: Vec2 = [0, 0];
  const domain = windowFor(start, min, penalizedLine(s, 0, l2), value, hmm, hmb, hbb);

  let formula = String.raw`f(m, b) = \frac{1}{${n}} \sum_{i=1}^{${n}} (m x_i + b - y_i)^2`;
  if (l1 > 0) formula += String.raw` + ${texNumber(l1)}\,|m|`;
  if (l2 > 0) formula += String.raw` + \tfrac12 \cdot ${texNumber(l2)}\, m^2`;
  return defineSurface({
    name: 'linregMse',
    title: 'Linear-regression MSE',
    formula,
    value,
    gradient,
    hessian,
    minima: [min],
    criticalPoints: [{ point: min, kind: 'minimum' }],
    domain,
    start,
  });
}

/**
 * A plotting window around the error ellipse through `start`: the smooth part of f is
 * f(q) + ½ dᵀ H d around its minimum q, and the ellipse ½ dᵀ H d = c has half-widths
 * √(2c (H⁻¹)ᵢᵢ). Widened by a quarter and stretched to contain `start` and `min`.
 */
function windowFor(
  start: Vec2,
  min: Vec2,
  q: Vec2,
  f: (m: number, b: number) => number,
  hmm: number,
  hmb: number,
  hbb: number,
): { x: Vec2; y: Vec2 } {
  const dm = start[0] - q[0], db = start[1] - q[1];
  let c = 0.5 * (hmm * dm * dm + 2 * hmb * dm * db + hbb * db * db);
  if (!(c > 0)) c = Math.max(1, Math.abs(f(q[0], q[1])));
  const det = hmm * hbb - hmb * hmb;
  const wm = 1.25 * Math.sqrt((2 * c * hbb) / det);
  const wb = 1.25 * Math.sqrt((2 * c * hmm) / det);
  const span = (lo: number, hi: number, pts: number[], pad: number): Vec2 => [
    Math.min(lo, ...pts.map((v) => v - pad)),
    Math.max(hi, ...pts.map((v) => v + pad)),
  ];
  return {
    x: span(q[0] - wm, q[0] + wm, [start[0], min[0]], 0.1 * wm),
    y: span(q[1] - wb, q[1] + wb, [start[1], min[1]], 0.1 * wb),
  };
}
