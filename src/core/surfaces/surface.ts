/**
 * A 2-D loss surface: a function f(x, y) with its gradient and Hessian in closed form, plus
 * what a chapter needs to draw it (a plotting window, a starting point, its known critical
 * points). A surface is also an Objective over the flat vector [x, y], so every optimizer in
 * optim/ runs on it unchanged.
 */
import type { Objective } from '../optim/objective';
import { ShapeError } from '../errors';

/** A point (or an interval [lo, hi]) in the plane. */
export type Vec2 = [x: number, y: number];

export type SurfaceName =
  | 'quadratic'
  | 'rosenbrock'
  | 'beale'
  | 'himmelblau'
  | 'saddle'
  | 'monkeySaddle'
  | 'sixHumpCamel'
  | 'linregMse';

export type CriticalKind = 'minimum' | 'maximum' | 'saddle';

export interface CriticalPoint {
  readonly point: Vec2;
  readonly kind: CriticalKind;
}

export interface Surface extends Objective {
  readonly dim: 2;
  readonly name: SurfaceName;
  /** Display name, e.g. "Rosenbrock valley". */
  readonly title: string;
  /** KaTeX source of f(x, y), with the surface's parameters filled in. */
  readonly formula: string;
  value(x: number, y: number): number;
  /** [∂f/∂x, ∂f/∂y], written into `out` when given (length 2). */
  gradient(x: number, y: number, out?: Float64Array): Float64Array;
  /** Row-major 2×2 Hessian [fxx, fxy, fyx, fyy], written into `out` when given (length 4). */
  hessianAt(x: number, y: number, out?: Float64Array): Float64Array;
  /** Known global minima (empty when f is unbounded below). */
  readonly minima: readonly Vec2[];
  /** Known critical points (∇f = 0) with their kind, minima included. */
  readonly criticalPoints: readonly CriticalPoint[];
  /** A good plotting window: x ∈ [lo, hi], y ∈ [lo, hi]. */
  readonly domain: { readonly x: Vec2; readonly y: Vec2 };
  /** A good default starting point for optimizers. */
  readonly start: Vec2;
}

/**
 * What each surface file writes: the formula and its derivatives as three plain functions,
 * side by side, so a reader can check one against the other.
 */
export interface SurfaceSpec {
  readonly name: SurfaceName;
  readonly title: string;
  readonly formula: string;
  value(x: number, y: number): number;
  /** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1]. */
  gradient(x: number, y: number, out: Float64Array): void;
  /** Writes [fxx, fxy, fyx, fyy] into out[0..3]. */
  hessian(x: number, y: number, out: Float64Array): void;
  readonly minima: readonly Vec2[];
  readonly criticalPoints: readonly CriticalPoint[];
  readonly domain: { readonly x: Vec2; readonly y: Vec2 };
  readonly start: Vec2;
}

/** The operation's name is only built when it throws: these run once per optimizer step. */
function requireLength(surface: string, method: string, what: string, a: ArrayLike<number>, n: number): void {
  if (a.length !== n) throw new ShapeError(`${surface}.${method}`, `${what} must have length ${n}, got ${a.length}`);
}

const copy = (p: Vec2): Vec2 => Object.freeze([p[0], p[1]]) as Vec2;

/** Wraps a spec into a frozen Surface, adding the Objective methods on the flat vector [x, y]. */
export function defineSurface(spec: SurfaceSpec): Surface {
  const { name, value, gradient, hessian } = spec;
  const surface: Surface = {
    dim: 2,
    name,
    title: spec.title,
    formula: spec.formula,
    value,
    gradient(x, y, out = new Float64Array(2)) {
      requireLength(name, 'gradient', 'out', out, 2);
      gradient(x, y, out);
      return out;
    },
    hessianAt(x, y, out = new Float64Array(4)) {
      requireLength(name, 'hessianAt', 'out', out, 4);
      hessian(x, y, out);
      return out;
    },
    valueAndGrad(w, grad) {
      requireLength(name, 'valueAndGrad', 'w', w, 2);
      requireLength(name, 'valueAndGrad', 'grad', grad, 2);
      const x = w[0], y = w[1]; // read before writing: `grad` may alias `w`
      gradient(x, y, grad);
      return value(x, y);
    },
    hessian(w, out) {
      requireLength(name, 'hessian', 'w', w, 2);
      requireLength(name, 'hessian', 'out', out, 4);
      hessian(w[0], w[1], out);
    },
    minima: Object.freeze(spec.minima.map(copy)),
    criticalPoints: Object.freeze(
      spec.criticalPoints.map((c) => Object.freeze({ point: copy(c.point), kind: c.kind })),
    ),
    domain: Object.freeze({ x: copy(spec.domain.x), y: copy(spec.domain.y) }),
    start: copy(spec.start),
  };
  return Object.freeze(surface);
}
