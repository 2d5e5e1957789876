/**
 * Loss-landscape slices: a loss over millions of weights seen through a line or a plane,
 *   1-D:  L(W + a·D1)             2-D:  L(W + a·D1 + b·D2)
 * (CS231n's "Optimization" notes; Li et al. 2018, "Visualizing the Loss Landscape of Neural
 * Nets", for filter normalization). Directions are random Gaussian vectors; filter-normalized
 * ones are rescaled so each unit's incoming weights in D have the norm they have in W — without
 * it, the scale of a plot says more about the size of the weights than about the loss — and
 * are zero on biases, as in that paper. The grid is swept with one traced forward program whose
 * weights are rewritten in place for every point: no graph is rebuilt and nothing is allocated
 * per point.
 */
import { Program } from './autodiff/program';
import type { Dataset } from './data/dataset';
import { requireAllFinite, requireInteger, requireInRange, ShapeError } from './errors';
import type { Model } from './models/model';
import type { Rng } from './random/prng';
import { createRng } from './random/prng';
import type { ParameterSet } from './tensor/parameters';
import { wrap } from './tensor/tensor';

/** A loss as a function of a flat weight vector (which it must not keep). */
export type LossOfWeights = (w: Float64Array) => number;

/**
 * The model's mean data loss on `data` (evaluation mode) as a function of its weights. The
 * model's own weights are restored after each evaluation, so `w` may be computed from them.
 */
export function lossOfWeights(model: Model, data: Dataset): LossOfWeights {
  const x = wrap(data.x, [data.n, model.inputs]);
  const y = wrap(data.y, [data.n]);
  const program = new Program(model.loss(model.forward(x, { training: false, rng: createRng(0) }), y));
  const values = model.params.values;
  const saved = new Float64Array(values.length);
  return (w) => {
    if (w === values) return program.forward();
    saved.set(values);
    values.set(w);
    const loss = program.forward();
    values.set(saved);
    return loss;
  };
}

export interface DirectionOptions {
  /** Rescale per unit to the weights' norms, zero on biases (default true). */
  filterNormalized?: boolean;
}

/** A random direction in weight space for the parameters `params` currently hold. */
export function randomDirection(params: ParameterSet, rng: Rng, options: DirectionOptions = {}): Float64Array {
  const d = new Float64Array(params.size);
  for (let i = 0; i < d.length; i++) d[i] = rng.normal();
  if (options.filterNormalized === false) return d;
  const w = params.values;
  for (const info of params.infos) {
    const { offset, size, shape } = info;
    if (info.kind === 'bias') {
      d.fill(0, offset, offset + size);
      continue;
    }
    // A weight matrix [in, out]: unit j's filter is column j. A vector is one filter.
    const cols = shape.length >= 2 ? shape[shape.length - 1] : 1;
    const rows = size / cols;
    for (let j = 0; j < cols; j++) {
      let nw = 0, nd = 0;
      for (let r = 0; r < rows; r++) {
        const k = offset + r * cols + j;
        nw += w[k] * w[k];
        nd += d[k] * d[k];
      }
      const s = nd > 0 ? Math.sqrt(nw / nd) : 0;
      for (let r = 0; r < rows; r++) d[offset + r * cols + j] *= s;
    }
  }
  return d;
}

export interface Range1 {
  from: number;
  to: number;
  /** Number of sample points, ≥ 2. */
  count: number;
}

function checkRange(op: string, name: string, r: Range1): void {
  requireInRange(op, `${name}.from`, r.from, -1e6, 1e6);
  requireInRange(op, `${name}.to`, r.to, -1e6, 1e6);
  requireInteger(op, `${name}.count`, r.count, 2, 4096);
}

function checkVector(op: string, name: string, v: Float64Array, n: number): void {
  if (v.length !== n) throw new ShapeError(op, `${name} has ${v.length} entries, the weights ${n}`);
  requireAllFinite(op, name, v);
}

/** The coordinate of sample i of a range. */
export function rangeAt(r: Range1, i: number): number {
  return r.from + ((r.to - r.from) * i) / (r.count - 1);
}

/** L(W + a·D) for a in the range; `center` is left unchanged. */
export function slice1d(loss: LossOfWeights, center: Float64Array, d: Float64Array, range: Range1): Float64Array {
  const op = 'slice1d';
  checkRange(op, 'range', range);
  checkVector(op, 'direction', d, center.length);
  const w = new Float64Array(center.length);
  const out = new Float64Array(range.count);
  for (let i = 0; i < range.count; i++) {
    const a = rangeAt(range, i);
    for (let k = 0; k < w.length; k++) w[k] = center[k] + a * d[k];
    out[i] = loss(w);
  }
  return out;
}

export interface Slice2d {
  /** Row-major: values[j·a.count + i] = L(W + aᵢ·D1 + bⱼ·D2). */
  values: Float64Array;
  a: Range1;
  b: Range1;
  min: number;
  max: number;
}

/** L(W + a·D1 + b·D2) over a grid, row by row of b; `center` is left unchanged. */
export function slice2d(loss: LossOfWeights, center: Float64Array, d1: Float64Array, d2: Float64Array, a: Range1, b: Range1): Slice2d {
  const op = 'slice2d';
  checkRange(op, 'a', a);
  checkRange(op, 'b', b);
  checkVector(op, 'd1', d1, center.length);
  checkVector(op, 'd2', d2, center.length);
  const n = center.length;
  const row = new Float64Array(n); // W + b·D2, shared by a row of the grid
  const w = new Float64Array(n);
  const values = new Float64Array(a.count * b.count);
  let min = Infinity, max = -Infinity;
  for (let j = 0; j < b.count; j++) {
    const bj = rangeAt(b, j);
    for (let k = 0; k < n; k++) row[k] = center[k] + bj * d2[k];
    for (let i = 0; i < a.count; i++) {
      const ai = rangeAt(a, i);
      for (let k = 0; k < n; k++) w[k] = row[k] + ai * d1[k];
      const v = loss(w);
      values[j * a.count + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { values, a, b, min, max };
}
