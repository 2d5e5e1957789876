/**
 * Second-derivative test in two dimensions. At a critical point (∇f = 0) the Hessian's
 * eigenvalues decide the shape: both positive, a minimum; both negative, a maximum; opposite
 * signs, a saddle; a zero eigenvalue, the test says nothing ("degenerate", e.g. the monkey
 * saddle x³ − 3xy², whose Hessian vanishes at the origin).
 */
import type { Vec2 } from './surface';
import { ShapeError, requireAllFinite, requireInRange } from '../errors';

export type CriticalVerdict = 'minimum' | 'maximum' | 'saddle' | 'degenerate';

/**
 * Eigenvalues [λ_min, λ_max] of the symmetric 2×2 matrix h = [a, b, b, d] (row-major; the two
 * off-diagonal entries are averaged). Closed form: λ = (a + d)/2 ± √(((a − d)/2)² + b²). The
 * root of smaller magnitude is recovered as det / (the larger one) to avoid cancellation.
 */
export function eigenvalues2x2(h: ArrayLike<number>): Vec2 {
  if (h.length !== 4) throw new ShapeError('eigenvalues2x2', `h must have length 4, got ${h.length}`);
  requireAllFinite('eigenvalues2x2', 'h', h);
  const a = h[0], d = h[3], b = 0.5 * (h[1] + h[2]);
  const mean = 0.5 * (a + d);
  const r = Math.hypot(0.5 * (a - d), b);
  if (r === 0) return [mean, mean];
  const det = a * d - b * b;
  // det / hi can round past hi when the two are nearly equal (det = ad − b² cancels): the
  // clamp keeps the pair sorted, as promised (found by the property test, at a ≈ d ≈ 1000).
  if (mean >= 0) {
    const hi = mean + r;
    return [Math.min(det / hi, hi), hi];
  }
  const lo = mean - r;
  return [lo, Math.max(det / lo, lo)];
}

/**
 * Classifies a critical point from its Hessian. An eigenvalue counts as zero when its size is
 * at most `relTol` times the larger eigenvalue's size (so the verdict does not depend on the
 * units of f); an all-zero Hessian is degenerate.
 */
export function classifyCriticalPoint(h: ArrayLike<number>, relTol = 1e-9): CriticalVerdict {
  requireInRange('classifyCriticalPoint', 'relTol', relTol, 0, 1);
  const [lo, hi] = eigenvalues2x2(h);
  const zero = relTol * Math.max(Math.abs(lo), Math.abs(hi));
  const sign = (l: number): number => (Math.abs(l) <= zero ? 0 : Math.sign(l));
  const s1 = sign(lo), s2 = sign(hi);
  if (s1 === 0 || s2 === 0) return 'degenerate';
  if (s1 > 0) return 'minimum';
  if (s2 < 0) return 'maximum';
  return 'saddle';
}
