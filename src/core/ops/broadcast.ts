/**
 * Broadcasting for binary elementwise ops, NumPy rules: shapes are aligned from the right and
 * a dimension of 1 (or a missing one) stretches to match. The common cases get direct loops:
 * equal shapes, a scalar on either side, and a row vector added to every row of a matrix (a
 * bias). Anything else falls back to an index map from output positions to input positions,
 * built once when the op is made.
 */
import { ShapeError } from '../errors';
import { formatShape, type Shape, shapesEqual, sizeOf } from '../tensor/shape';

export type BroadcastPlan =
  | { kind: 'same' }
  | { kind: 'scalarA' } // a has one element
  | { kind: 'scalarB' }
  | { kind: 'rowB'; cols: number } // b (size cols) repeats along the rows of a
  | { kind: 'rowA'; cols: number }
  | { kind: 'general'; ia: Int32Array; ib: Int32Array };

export function broadcastShapes(op: string, a: Shape, b: Shape): Shape {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(op, `shapes ${formatShape(a)} and ${formatShape(b)} cannot be broadcast`);
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

/** Flat index into an input of `shape` for every flat index of the output `out`. */
function indexMap(shape: Shape, out: Shape): Int32Array {
  const n = sizeOf(out);
  const map = new Int32Array(n);
  const rank = out.length;
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const r = rank - shape.length + i;
    strides[r] = shape[i] === 1 ? 0 : stride;
    stride *= shape[i];
  }
  const idx = new Array<number>(rank).fill(0);
  for (let k = 0; k < n; k++) {
    let off = 0;
    for (let r = 0; r < rank; r++) off += idx[r] * strides[r];
    map[k] = off;
    for (let r = rank - 1; r >= 0; r--) {
      if (++idx[r] < out[r]) break;
      idx[r] = 0;
    }
  }
  return map;
}

/** A row vector for `m`: every dimension 1 except the last, which equals m's last. */
function isRowOf(v: Shape, m: Shape): boolean {
  if (m.length < 2 || v.length > m.length || v.length === 0) return false;
  for (let i = 0; i < v.length - 1; i++) if (v[i] !== 1) return false;
  return v[v.length - 1] === m[m.length - 1];
}

export function planBroadcast(a: Shape, b: Shape, out: Shape): BroadcastPlan {
  if (shapesEqual(a, b)) return { kind: 'same' };
  const sa = sizeOf(a);
  const sb = sizeOf(b);
  if (sa === 1 && shapesEqual(b, out)) return { kind: 'scalarA' };
  if (sb === 1 && shapesEqual(a, out)) return { kind: 'scalarB' };
  if (shapesEqual(a, out) && isRowOf(b, a)) return { kind: 'rowB', cols: sb };
  if (shapesEqual(b, out) && isRowOf(a, b)) return { kind: 'rowA', cols: sa };
  return { kind: 'general', ia: indexMap(a, out), ib: indexMap(b, out) };
}
