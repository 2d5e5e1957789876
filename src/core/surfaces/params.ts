/** Validation shared by the surface factories. Messages name the surface and the bad value. */
import type { Vec2 } from './surface';
import { RangeError_, ShapeError, requireFinite } from '../errors';

/** Throws unless x is finite and > 0. */
export function requirePositive(op: string, name: string, x: number): number {
  requireFinite(op, name, x);
  if (!(x > 0)) throw new RangeError_(op, `${name} must be > 0, got ${x}`);
  return x;
}

/** Throws unless x is finite and ≥ 0. */
export function requireNonNegative(op: string, name: string, x: number): number {
  requireFinite(op, name, x);
  if (!(x >= 0)) throw new RangeError_(op, `${name} must be >= 0, got ${x}`);
  return x;
}

/** Throws unless p is a pair of finite numbers; returns a copy. */
export function requirePoint(op: string, name: string, p: ArrayLike<number>): Vec2 {
  if (p.length !== 2) throw new ShapeError(op, `${name} must have length 2, got ${p.length}`);
  return [requireFinite(op, `${name}[0]`, p[0]), requireFinite(op, `${name}[1]`, p[1])];
}
