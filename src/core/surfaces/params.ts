/** Validation shared by the surface factories. Messages name the surface and the bad value. */
import type { Vec2 } from './surface';
import { ShapeError, requireFinite } from '../errors';

/** Throws unless p is a pair of finite numbers; returns a copy. */
export function requirePoint(op: string, name: string, p: ArrayLike<number>): Vec2 {
  if (p.length !== 2) throw new ShapeError(op, `${name} must have length 2, got ${p.length}`);
  return [requireFinite(op, `${name}[0]`, p[0]), requireFinite(op, `${name}[1]`, p[1])];
}
