/** Shapes: row-major, outermost dimension first. A scalar has shape []. */
import { RangeError_, ShapeError } from '../errors';

export type Shape = readonly number[];

/** Number of elements of a shape (1 for a scalar). */
export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** "[3, 4]" — how shapes appear in error messages. */
export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

/** Throws unless every dimension is a non-negative whole number. */
export function validateShape(op: string, shape: Shape): void {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new RangeError_(op, `shape ${formatShape(shape)} has a bad dimension ${d}`);
    }
  }
}

/** Throws ShapeError unless the tensor has the given rank. */
export function requireRank(op: string, name: string, shape: Shape, rank: number): void {
  if (shape.length !== rank) {
    throw new ShapeError(op, `${name} must have rank ${rank}, got shape ${formatShape(shape)}`);
  }
}

/** Resolves a possibly negative axis against a rank, or throws. */
export function normalizeAxis(op: string, axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) {
    throw new ShapeError(op, `axis ${axis} is out of range for rank ${rank}`);
  }
  return a;
}
