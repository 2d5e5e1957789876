/**
 * What an optimizer remembers between steps, as plain numbers, so a run can stop and go on
 * elsewhere bit for bit: in a worker, chunk after chunk (the playground sends it with the
 * weights), or from a saved file. `vectors` are the moments the rule keeps (momentum's v;
 * Adam's m and v), `scalars` its running numbers (Adam's β₁ᵗ and β₂ᵗ). A fresh optimizer, which
 * has not sized its moments yet, saves no vectors; loading such a snapshot makes it fresh again
 * (with the step count given).
 */
import { RangeError_, ShapeError } from '../errors';

export interface OptimizerSnapshot {
  /** Steps taken. */
  readonly steps: number;
  readonly vectors: Readonly<Record<string, Float64Array>>;
  readonly scalars: Readonly<Record<string, number>>;
}

/**
 * Checks that `s` holds exactly the named vectors (or none: a fresh optimizer), all of one
 * length, and the named scalars, every number finite. Returns the vectors' length, or null when
 * there are none.
 */
export function checkSnapshot(op: string, s: OptimizerSnapshot, vectors: readonly string[], scalars: readonly string[]): number | null {
  if (!Number.isInteger(s.steps) || s.steps < 0) throw new RangeError_(op, `snapshot steps must be a whole number ≥ 0, got ${s.steps}`);
  const names = Object.keys(s.vectors);
  const unknown = names.filter((k) => !vectors.includes(k));
  if (unknown.length > 0) throw new RangeError_(op, `snapshot has vector "${unknown[0]}"; expected ${vectors.length > 0 ? vectors.join(', ') : 'none'}`);
  for (const k of scalars) if (!Number.isFinite(s.scalars[k])) throw new RangeError_(op, `snapshot scalar ${k} must be a finite number, got ${s.scalars[k]}`);
  if (names.length === 0) return null;
  const missing = vectors.filter((k) => !(k in s.vectors));
  if (missing.length > 0) throw new RangeError_(op, `snapshot lacks vector "${missing[0]}"`);
  const n = s.vectors[vectors[0]].length;
  for (const k of vectors) {
    const v = s.vectors[k];
    if (v.length !== n) throw new ShapeError(op, `snapshot vector ${k} has length ${v.length}, but ${vectors[0]} has ${n}`);
    for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) throw new RangeError_(op, `snapshot vector ${k}[${i}] is ${v[i]}`);
  }
  return n;
}
