/**
 * What the probe reads: f, ∇f and the Hessian's eigenvalues at a point, and the verdict of the
 * second-derivative test, stated only where it applies.
 *
 * The test classifies critical points (∇f = 0), so the verdict first asks whether the point is
 * one. Floating point and 6-digit links never land exactly on an irrational critical point, so
 * "∇f ≈ 0" is measured by the Newton step −H⁻¹∇f: near a non-degenerate critical point its
 * length is the distance to that point (to first order), in the surface's own units. The point
 * counts as critical when that step is under CRITICAL_STEP of the window's size (or the gradient
 * is exactly 0, or negligible where H is singular). Then the eigenvalues' signs decide: both
 * positive a minimum, both negative a maximum, opposite signs a saddle, a zero eigenvalue
 * "degenerate" (the monkey saddle at the origin, where the whole Hessian vanishes). Anywhere
 * else the verdict says which way the gradient points and what shape the curvature has there.
 */
import { eigenvalues2x2, type Surface } from '../../core';
import { formatNumber } from './formatNumber';

/** Newton step below this fraction of the window's size: a critical point (10⁻⁴). */
export const CRITICAL_STEP = 1e-4;
/** |∇f| below this fraction of (value range ÷ window size): zero, where H is singular. */
export const NEGLIGIBLE_GRADIENT = 1e-9;
/** |λ| below this fraction of the largest curvature in play: a zero eigenvalue. */
export const ZERO_CURVATURE = 1e-9;

/** Sizes that make the tolerances independent of the surface's units. */
export interface Scales {
  /** The window's larger side. */
  span: number;
  /** max f − min f over the window. */
  valueRange: number;
}

export type Shape = 'bowl' | 'dome' | 'saddle' | 'flat';
export type CriticalKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate';

export interface Judgement {
  /** |∇f|. */
  gradNorm: number;
  /** Eigenvalues [λ_min, λ_max] of the (symmetrized) Hessian. */
  eigen: [number, number];
  /** |H⁻¹∇f|, or null where H is singular. */
  newtonStep: number | null;
  /** The curvature's shape from the eigenvalues' signs. */
  shape: Shape;
  /** Whether this counts as a critical point (see the module comment). */
  critical: boolean;
  /** The second-derivative test's answer, at a critical point only. */
  kind: CriticalKind | null;
}

/** Sign of an eigenvalue with zero meaning "within tolerance of zero". */
function signOf(l: number, zero: number): -1 | 0 | 1 {
  return Math.abs(l) <= zero ? 0 : l > 0 ? 1 : -1;
}

/** Shape of the curvature from the eigenvalues (with a tolerance for zero). */
export function shapeOf(lo: number, hi: number, zero: number): Shape {
  const a = signOf(lo, zero), b = signOf(hi, zero);
  if (a === 0 || b === 0) return 'flat';
  if (a > 0 && b > 0) return 'bowl';
  if (a < 0 && b < 0) return 'dome';
  return 'saddle';
}

const KIND_OF_SHAPE: Record<Shape, CriticalKind> = { bowl: 'minimum', dome: 'maximum', saddle: 'saddle', flat: 'degenerate' };

/** The verdict from a gradient g and a row-major Hessian h (finite numbers). */
export function judge(g: readonly [number, number], h: ArrayLike<number>, scales: Scales): Judgement {
  const [gx, gy] = g;
  const gradNorm = Math.hypot(gx, gy);
  const eigen = eigenvalues2x2(h);
  const a = h[0], b = 0.5 * (h[1] + h[2]), d = h[3];
  const curvatureScale = Math.max(Math.abs(eigen[0]), Math.abs(eigen[1]), scales.valueRange / scales.span ** 2);
  const zero = ZERO_CURVATURE * curvatureScale;
  const shape = shapeOf(eigen[0], eigen[1], zero);

  // Newton step s solves H s = ∇f (Cramer's rule); singular when det ≈ 0 relative to H's size.
  const det = a * d - b * b;
  const singular = Math.abs(det) <= 1e-12 * Math.max(a * a, b * b, d * d) || det === 0;
  const newtonStep = singular ? null : Math.hypot(d * gx - b * gy, a * gy - b * gx) / Math.abs(det);

  const critical =
    gradNorm === 0 ||
    (newtonStep !== null && newtonStep <= CRITICAL_STEP * scales.span) ||
    (newtonStep === null && gradNorm <= (NEGLIGIBLE_GRADIENT * scales.valueRange) / scales.span);
  return { gradNorm, eigen, newtonStep, shape, critical, kind: critical ? KIND_OF_SHAPE[shape] : null };
}

export interface ProbeReading extends Judgement {
  value: number;
  gradient: [number, number];
  hessian: [number, number, number, number];
}

/** Everything the readout shows at (x, y); null where f or its derivatives are not finite. */
export function readProbe(surface: Surface, x: number, y: number, scales: Scales): ProbeReading | null {
  const value = surface.value(x, y);
  const g = surface.gradient(x, y);
  const h = surface.hessianAt(x, y);
  if (![value, g[0], g[1], h[0], h[1], h[2], h[3]].every(Number.isFinite)) return null;
  return { value, gradient: [g[0], g[1]], hessian: [h[0], h[1], h[2], h[3]], ...judge([g[0], g[1]], h, scales) };
}

const DIRECTIONS = ['right', 'up and to the right', 'up', 'up and to the left', 'left', 'down and to the left', 'down', 'down and to the right'];

/** Where a vector points on the map, in words: one of eight directions. */
export function directionWords(vx: number, vy: number): string {
  const angle = Math.atan2(vy, vx); // counterclockwise from +x, y up as on the map
  const sector = ((Math.round(angle / (Math.PI / 4)) % 8) + 8) % 8;
  return DIRECTIONS[sector];
}

const SHAPE_WORDS: Record<Shape, string> = {
  bowl: 'bowl-shaped (both eigenvalues positive: it curves up in every direction)',
  dome: 'dome-shaped (both eigenvalues negative: it curves down in every direction)',
  saddle: 'saddle-shaped (eigenvalues of opposite sign: up along one direction, down along the other)',
  flat: 'flat along at least one direction (an eigenvalue is zero)',
};

const KIND_HEADLINE: Record<CriticalKind, string> = {
  minimum: 'Critical point: a minimum',
  maximum: 'Critical point: a maximum',
  saddle: 'Critical point: a saddle',
  degenerate: 'Critical point: degenerate',
};

const KIND_DETAIL: Record<CriticalKind, string> = {
  minimum: 'Both eigenvalues are positive, so the surface curves up in every direction: a local minimum.',
  maximum: 'Both eigenvalues are negative, so the surface curves down in every direction: a local maximum.',
  saddle: 'The eigenvalues have opposite signs: up along one direction, down along the other. A saddle point.',
  degenerate: 'An eigenvalue is zero, so the second-derivative test cannot decide: degenerate. Look at higher derivatives or at the picture.',
};

export interface VerdictText {
  headline: string;
  detail: string;
}

/** The verdict in words. */
export function verdictText(r: Judgement & { gradient: readonly [number, number] }): VerdictText {
  if (r.critical && r.kind) {
    const near =
      r.gradNorm === 0
        ? 'The gradient is exactly zero here.'
        : r.newtonStep !== null
          ? `The gradient is almost zero (|∇f| = ${formatNumber(r.gradNorm, 2)}): judged from the gradient and the Hessian, the exact critical point is ${formatNumber(r.newtonStep, 2)} away.`
          : `The gradient is almost zero (|∇f| = ${formatNumber(r.gradNorm, 2)}).`;
    return { headline: KIND_HEADLINE[r.kind], detail: `${near} ${KIND_DETAIL[r.kind]}` };
  }
  const [gx, gy] = r.gradient;
  // The Newton step's length, in words the chapter has taught by then (f, ∇f and the Hessian);
  // Newton's method itself comes chapters later.
  const far = r.newtonStep !== null ? ` The bowl or saddle that matches f, ∇f and the Hessian here has its centre ${formatNumber(r.newtonStep, 2)} away.` : '';
  return {
    headline: 'Not a critical point',
    detail: `The gradient points uphill, ${directionWords(gx, gy)} on the map, so downhill is ${directionWords(-gx, -gy)} on the map. The curvature here is ${SHAPE_WORDS[r.shape]}.${far}`,
  };
}
