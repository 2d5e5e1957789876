/**
 * Reductions over all elements or along one axis: sum, mean, max.
 *   sum:  ∂/∂xᵢ = 1        mean: ∂/∂xᵢ = 1/n
 *   max:  ∂/∂xᵢ = 1 for the first position holding the maximum, 0 elsewhere
 * A tensor viewed along `axis` is [outer, len, inner]: element (o, l, i) sits at
 * (o·len + l)·inner + i, and the result drops the middle dimension (or keeps it as 1).
 */
import { ShapeError } from '../errors';
import { normalizeAxis, type Shape } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export interface ReduceOptions {
  /** Reduce along this axis only (negative counts from the end); omit to reduce everything. */
  axis?: number;
  /** Keep the reduced axis as a dimension of size 1 (for broadcasting back). */
  keepDims?: boolean;
}

interface Layout { outer: number; len: number; inner: number; shape: Shape }

function layout(op: string, a: Tensor, options: ReduceOptions): Layout {
  if (options.axis === undefined) {
    return { outer: 1, len: a.size, inner: 1, shape: options.keepDims ? a.shape.map(() => 1) : [] };
  }
  const axis = normalizeAxis(op, options.axis, a.shape.length);
  let outer = 1, inner = 1;
  for (let i = 0; i < axis; i++) outer *= a.shape[i];
  for (let i = axis + 1; i < a.shape.length; i++) inner *= a.shape[i];
  const shape = options.keepDims
    ? a.shape.map((d, i) => (i === axis ? 1 : d))
    : a.shape.filter((_, i) => i !== axis);
  return { outer, len: a.shape[axis], inner, shape };
}

/** sum and mean differ only by the factor applied to the sum (1 or 1/len). */
function scaledSum(op: 'sum' | 'mean', a: Tensor, options: ReduceOptions): Tensor {
  const { outer, len, inner, shape } = layout(op, a, options);
  if (op === 'mean' && len === 0) throw new ShapeError('mean', 'cannot take the mean of zero elements');
  const f = op === 'mean' ? 1 / len : 1;
  return defineOp(
    op, [a], shape,
    (out) => {
      const x = a.data, o = out.data;
      o.fill(0);
      for (let p = 0; p < outer; p++) {
        for (let l = 0; l < len; l++) {
          const base = (p * len + l) * inner;
          for (let i = 0; i < inner; i++) o[p * inner + i] += x[base + i];
        }
      }
      if (f !== 1) for (let i = 0; i < o.length; i++) o[i] *= f;
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (!ga || !g) return;
      for (let p = 0; p < outer; p++) {
        for (let l = 0; l < len; l++) {
          const base = (p * len + l) * inner;
          for (let i = 0; i < inner; i++) ga[base + i] += f * g[p * inner + i];
        }
      }
    },
    options.axis === undefined ? {} : { axis: options.axis },
  );
}

export const sum = (a: Tensor, options: ReduceOptions = {}): Tensor => scaledSum('sum', a, options);
export const mean = (a: Tensor, options: ReduceOptions = {}): Tensor => scaledSum('mean', a, options);

/** Largest element (overall or along an axis). Ties send the gradient to the first one. */
export function max(a: Tensor, options: ReduceOptions = {}): Tensor {
  const { outer, len, inner, shape } = layout('max', a, options);
  if (len === 0) throw new ShapeError('max', 'cannot take the max of zero elements');
  const argmax = new Int32Array(outer * inner); // flat input index of each winner
  return defineOp(
    'max', [a], shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let p = 0; p < outer; p++) {
        for (let i = 0; i < inner; i++) {
          let best = p * len * inner + i;
          for (let l = 1; l < len; l++) {
            const k = (p * len + l) * inner + i;
            if (x[k] > x[best]) best = k;
          }
          argmax[p * inner + i] = best;
          o[p * inner + i] = x[best];
        }
      }
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[argmax[i]] += g[i];
    },
    options.axis === undefined ? {} : { axis: options.axis },
  );
}
