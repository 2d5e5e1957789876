/**
 * Typed errors thrown by the core. Every message starts with the operation that failed and
 * names the bad value, e.g. "matmul: inner dimensions 3 and 4 differ", so that a widget can
 * show it to a reader verbatim and a test can match on it.
 */

/** Base class: `op` is the operation that refused its input. */
export class CoreError extends Error {
  readonly op: string;
  // Names are string literals, not new.target.name: a minifier renames classes.
  override name = 'CoreError';
  constructor(op: string, detail: string) {
    super(`${op}: ${detail}`);
    this.op = op;
  }
}

/** Shapes that do not fit the operation (mismatched, wrong rank, not broadcastable). */
export class ShapeError extends CoreError {
  override name = 'ShapeError';
}

/** A NaN or ±Infinity where finite numbers are required (data, parameters, hyperparameters). */
export class NonFiniteError extends CoreError {
  override name = 'NonFiniteError';
}

/** A hyperparameter or argument outside its allowed range. */
export class RangeError_ extends CoreError {
  override name = 'RangeError_';
}

/** A name (optimizer, surface, dataset, activation, initializer…) that the core does not know. */
export class UnknownNameError extends CoreError {
  override name = 'UnknownNameError';
}

/** Text that does not parse (an expression a reader typed), with the position of the problem. */
export class ParseError extends CoreError {
  override name = 'ParseError';
}

/** Throws NonFiniteError unless `x` is a finite number. */
export function requireFinite(op: string, name: string, x: number): number {
  if (!Number.isFinite(x)) throw new NonFiniteError(op, `${name} must be finite, got ${x}`);
  return x;
}

/** Throws RangeError_ unless lo <= x <= hi (bounds inclusive) and x is finite. */
export function requireInRange(op: string, name: string, x: number, lo: number, hi: number): number {
  requireFinite(op, name, x);
  if (x < lo || x > hi) throw new RangeError_(op, `${name} must be in [${lo}, ${hi}], got ${x}`);
  return x;
}

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

/** Throws RangeError_ unless x is a whole number in [lo, hi]. */
export function requireInteger(op: string, name: string, x: number, lo: number, hi: number): number {
  requireInRange(op, name, x, lo, hi);
  if (!Number.isInteger(x)) throw new RangeError_(op, `${name} must be a whole number, got ${x}`);
  return x;
}

/** Throws NonFiniteError naming the first bad index unless every entry of `xs` is finite. */
export function requireAllFinite(op: string, name: string, xs: ArrayLike<number>): void {
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i])) {
      throw new NonFiniteError(op, `${name}[${i}] must be finite, got ${xs[i]}`);
    }
  }
}

/** Looks `name` up in a table of known names, or throws UnknownNameError listing the choices. */
export function lookupName<K extends string, V>(op: string, table: Readonly<Record<K, V>>, name: string): V {
  if (!Object.prototype.hasOwnProperty.call(table, name)) {
    const known = Object.keys(table).join(', ');
    throw new UnknownNameError(op, `unknown name "${name}" (known: ${known})`);
  }
  return table[name as K];
}
