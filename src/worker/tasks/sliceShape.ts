/**
 * The shape of a sampled loss slice, in numbers a widget can draw and a chapter can print:
 *   - concaveStretches: where a 1-D slice bends downwards (it fails the midpoint inequality
 *     L((a₁ + a₂)/2) ≤ (L(a₁) + L(a₂))/2 on neighbouring samples), so it is not convex there;
 *   - basins: the separate valleys of a 2-D slice, each the floor of its own basin, with the
 *     height one must climb from it to reach lower ground (its depth, or prominence).
 * Pure functions of plain arrays; no core model is involved.
 */
import type { Vec2 } from '../../core';

/** The a-coordinate of sample i of `count` samples spread evenly over [lo, hi]. */
export function sampleAt([lo, hi]: Vec2, count: number, i: number): number {
  return i === count - 1 ? hi : lo + ((hi - lo) * i) / (count - 1);
}

/**
 * Intervals [a_{i−1}, a_{i+1}] around each sample i whose second difference
 * L(a_{i−1}) − 2L(a_i) + L(a_{i+1}) is negative by more than `relTol` × the curve's range
 * (float noise on a convex curve stays far below that); overlapping intervals are merged.
 * Non-finite samples are skipped.
 */
export function concaveStretches(values: ArrayLike<number>, range: Vec2, relTol = 1e-6): Vec2[] {
  const n = values.length;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const tol = relTol * Math.max(hi - lo, Number.MIN_VALUE);
  const out: Vec2[] = [];
  for (let i = 1; i < n - 1; i++) {
    const d2 = values[i - 1] - 2 * values[i] + values[i + 1];
    if (!(d2 < -tol)) continue; // NaN compares false
    const from = sampleAt(range, n, i - 1), to = sampleAt(range, n, i + 1);
    const last = out[out.length - 1];
    if (last && from <= last[1]) out[out.length - 1] = [last[0], to];
    else out.push([from, to]);
  }
  return out;
}

/** One valley of a 2-D slice: its lowest sample and how high one climbs to leave it for lower ground. */
export interface Basin {
  /** Column and row of the floor in the grid. */
  readonly i: number;
  readonly j: number;
  /** Its coordinates and loss. */
  readonly a: number;
  readonly b: number;
  readonly loss: number;
  /** The lowest pass to any lower point, minus `loss`; Infinity for the lowest basin. */
  readonly depth: number;
}

/**
 * The basins of a row-major nx × ny grid (values[j·nx + i]), deepest floor first, by flooding:
 * cells are added from the lowest up; a cell with no flooded neighbour (8-neighbourhood)
 * starts a basin; where two basins meet at height h, the one with the higher floor ends, with
 * depth h − floor. Floors on the edge of the grid are dropped (the loss may keep falling
 * outside the window), as are basins shallower than `minDepth`. Non-finite cells are walls.
 */
export function basins(values: ArrayLike<number>, nx: number, ny: number, a: Vec2, b: Vec2, minDepth: number): Basin[] {
  const n = nx * ny;
  const order: number[] = [];
  for (let k = 0; k < n; k++) if (Number.isFinite(values[k])) order.push(k);
  order.sort((p, q) => values[p] - values[q] || p - q);
  const parent = new Int32Array(n).fill(-1); // -1: not flooded yet
  const floor = new Int32Array(n); // per root: the cell of its basin's floor
  const started = new Uint8Array(n); // 1: this cell was the floor of a new basin
  const depth = new Float64Array(n).fill(Infinity); // per floor, once its basin has ended
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r];
    while (parent[k] !== r) {
      const next = parent[k];
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const neighbours: number[] = [];
  for (const k of order) {
    const i = k % nx, j = (k - i) / nx;
    neighbours.length = 0;
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        const ii = i + di, jj = j + dj;
        if ((di === 0 && dj === 0) || ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
        if (parent[jj * nx + ii] !== -1) neighbours.push(jj * nx + ii);
      }
    }
    if (neighbours.length === 0) {
      parent[k] = k; // a new basin with this cell as its floor
      floor[k] = k;
      started[k] = 1;
      continue;
    }
    parent[k] = find(neighbours[0]);
    for (let t = 1; t < neighbours.length; t++) {
      const r1 = find(k), r2 = find(neighbours[t]);
      if (r1 === r2) continue;
      // The basin with the higher floor ends here, at this cell's height (the pass).
      const f1 = floor[r1], f2 = floor[r2];
      const r1Lower = values[f1] < values[f2] || (values[f1] === values[f2] && f1 < f2);
      const keep = r1Lower ? r1 : r2, lose = r1Lower ? r2 : r1;
      depth[floor[lose]] = values[k] - values[floor[lose]];
      parent[lose] = keep;
    }
  }
  const out: Basin[] = [];
  for (const k of order) {
    if (started[k] !== 1) continue;
    const i = k % nx, j = (k - i) / nx;
    if (i === 0 || j === 0 || i === nx - 1 || j === ny - 1) continue;
    if (!(depth[k] >= minDepth)) continue;
    out.push({ i, j, a: sampleAt(a, nx, i), b: sampleAt(b, ny, j), loss: values[k], depth: depth[k] });
  }
  return out;
}
