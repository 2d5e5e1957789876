/**
 * Input checks shared by the tasks. An input arrives from postMessage, a URL or an embed
 * attribute, so its static type is a promise nobody checked: each check looks at the runtime
 * value and throws the core's typed errors with the task's name as the operation, e.g.
 * "linregGrid: nx must be in [2, 4096], got 0".
 */
import { MAX_GRID_SIDE, NonFiniteError, RangeError_, ShapeError, requireInteger } from '../../core';
import type { Vec2 } from '../../core';

/** Throws unless v is a plain object (not null, not an array). */
export function requireRecord(op: string, name: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new RangeError_(op, `${name} must be an object, got ${describe(v)}`);
  }
  return v as Record<string, unknown>;
}

/** Throws unless v is a number (finite or not; the range checks come next). */
export function requireNumber(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new RangeError_(op, `${name} must be a number, got ${describe(v)}`);
  return v;
}

/** A whole number in [lo, hi]. */
export function requireIntegerIn(op: string, name: string, v: unknown, lo: number, hi: number): number {
  return requireInteger(op, name, requireNumber(op, name, v), lo, hi);
}

/** A grid side: a whole number of samples in [2, MAX_GRID_SIDE], as sampleGrid accepts. */
export function requireGridSide(op: string, name: string, v: unknown): number {
  return requireIntegerIn(op, name, v, 2, MAX_GRID_SIDE);
}

/** An array (or typed array) of finite numbers with at least `minLength` entries. */
export function requireFiniteArray(op: string, name: string, v: unknown, minLength = 0): ArrayLike<number> {
  const isArray = Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
  if (!isArray) throw new RangeError_(op, `${name} must be an array of numbers, got ${describe(v)}`);
  const xs = v as ArrayLike<unknown>;
  if (xs.length < minLength) throw new ShapeError(op, `${name} must have at least ${minLength} entries, got ${xs.length}`);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number') throw new RangeError_(op, `${name}[${i}] must be a number, got ${describe(x)}`);
    if (!Number.isFinite(x)) throw new NonFiniteError(op, `${name}[${i}] must be finite, got ${x}`);
  }
  return xs as ArrayLike<number>;
}

/** A 1-D data set split in two, as the polynomial tasks take it: `trainX`, `trainY`,
 *  `validationX`, `validationY`, each finite and non-empty, x and y of equal length, at most
 *  `maxPoints` points in all. */
export function requireSplitPoints(op: string, o: Record<string, unknown>, maxPoints: number) {
  const tx = requireFiniteArray(op, 'trainX', o.trainX, 1), ty = requireFiniteArray(op, 'trainY', o.trainY, 1);
  const vx = requireFiniteArray(op, 'validationX', o.validationX, 1), vy = requireFiniteArray(op, 'validationY', o.validationY, 1);
  if (tx.length !== ty.length || vx.length !== vy.length) {
    throw new RangeError_(op, `x and y must have the same length, got trainX ${tx.length}, trainY ${ty.length}, validationX ${vx.length}, validationY ${vy.length}`);
  }
  if (tx.length + vx.length > maxPoints) throw new RangeError_(op, `at most ${maxPoints} points, got ${tx.length + vx.length}`);
  return { tx, ty, vx, vy };
}

/** Two finite numbers [lo, hi] with lo < hi. */
export function requireInterval(op: string, name: string, v: unknown): Vec2 {
  const [lo, hi] = requirePair(op, name, v);
  if (!(lo < hi)) throw new RangeError_(op, `${name} must have lo < hi, got [${lo}, ${hi}]`);
  return [lo, hi];
}

/** Two finite numbers (a point). */
export function requirePair(op: string, name: string, v: unknown): Vec2 {
  const p = requireFiniteArray(op, name, v);
  if (p.length !== 2) throw new ShapeError(op, `${name} must have length 2, got ${p.length}`);
  return [p[0], p[1]];
}

/** A short description of a bad value for an error message. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
