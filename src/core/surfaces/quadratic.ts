/**
 * The quadratic bowl f(p) = ½ (p − c)ᵀ A (p − c) with A = R_θ diag(λ₁, λ₂) R_θᵀ: the model every
 * other surface looks like near a minimum. λ₁ = scale along the bowl's first axis (the x-axis
 * rotated counterclockwise by θ), λ₂ = κ·scale along the second, so the condition number of A
 * is exactly κ and gradient descent's zig-zag can be dialled in with one slider.
 */
import { defineSurface } from './surface';
import type { Surface, Vec2 } from './surface';
import { requireFinite, requireInRange } from '../errors';
import { requirePoint } from './params';
import { requirePositive } from '../errors';
import { texNumber } from './tex';

export interface QuadraticParams {
  /** κ = λ_max / λ_min ≥ 1. */
  readonly conditionNumber: number;
  /** Counterclockwise rotation of the bowl's axes, in degrees. */
  readonly rotationDeg: number;
  /** The minimum c. */
  readonly center: Vec2;
  /** λ_min (> 0); λ_max = κ·scale. */
  readonly scale: number;
}

export const QUADRATIC_DEFAULTS: Readonly<QuadraticParams> = Object.freeze({
  conditionNumber: 10,
  rotationDeg: 0,
  center: [0, 0] as Vec2,
  scale: 1,
});

export function createQuadratic(params: Partial<QuadraticParams> = {}): Surface {
  const op = 'quadratic';
  const p = { ...QUADRATIC_DEFAULTS, ...params };
  const kappa = requireInRange(op, 'conditionNumber', p.conditionNumber, 1, 1e12);
  const deg = requireFinite(op, 'rotationDeg', p.rotationDeg);
  const scale = requirePositive(op, 'scale', p.scale);
  const [cx, cy] = requirePoint(op, 'center', p.center);

  const l1 = scale, l2 = kappa * scale;
  const theta = (deg * Math.PI) / 180;
  const c = Math.cos(theta), s = Math.sin(theta);
  // A = λ₁ u uᵀ + λ₂ v vᵀ with u = (c, s), v = (−s, c): the columns of R_θ.
  const axx = l1 * c * c + l2 * s * s;
  const axy = (l1 - l2) * c * s;
  const ayy = l1 * s * s + l2 * c * c;

  const value = (x: number, y: number): number => {
    const dx = x - cx, dy = y - cy;
    return 0.5 * (axx * dx * dx + 2 * axy * dx * dy + ayy * dy * dy);
  };
  // ∇f = A (p − c)
  const gradient = (x: number, y: number, out: Float64Array): void => {
    const dx = x - cx, dy = y - cy;
    out[0] = axx * dx + axy * dy;
    out[1] = axy * dx + ayy * dy;
  };
  // ∇²f = A, the same everywhere
  const hessian = (_x: number, _y: number, out: Float64Array): void => {
    out[0] = axx;
    out[1] = axy;
    out[2] = axy;
    out[3] = ayy;
  };

  const center: Vec2 = [cx, cy];
  const formula =
    String.raw`f(\mathbf p) = \tfrac12 (\mathbf p - \mathbf c)^\top A\, (\mathbf p - \mathbf c),\quad ` +
    String.raw`A = R_{${texNumber(deg)}^\circ} \operatorname{diag}(${texNumber(l1)}, ${texNumber(l2)})\, ` +
    String.raw`R_{${texNumber(deg)}^\circ}^\top,\quad \mathbf c = (${texNumber(cx)}, ${texNumber(cy)})`;
  return defineSurface({
    name: 'quadratic',
    title: 'Quadratic bowl',
    formula,
    value,
    gradient,
    hessian,
    minima: [center],
    criticalPoints: [{ point: center, kind: 'minimum' }],
    domain: { x: [cx - 3, cx + 3], y: [cy - 3, cy + 3] },
    start: [cx - 2.5, cy + 2],
  });
}
