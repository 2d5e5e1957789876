/**
 * Matrix product C = A·B for A [m, k] and B [k, n].
 *   ∂L/∂A = ∂L/∂C · Bᵀ      ∂L/∂B = Aᵀ · ∂L/∂C
 * Loops run i-p-j so the innermost loop walks rows contiguously (cache-friendly in row-major).
 */
import { ShapeError } from '../errors';
import { formatShape, requireRank } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

/** C = A·B, overwriting C. */
export function matmulInto(a: Float64Array, b: Float64Array, c: Float64Array, m: number, k: number, n: number): void {
  c.fill(0);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const aip = a[ai + p];
      if (aip === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
    }
  }
}

/** gA += G·Bᵀ: each entry is a dot product of a row of G and a row of B. */
function accumulateGradA(g: Float64Array, b: Float64Array, ga: Float64Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const gi = i * n;
    for (let p = 0; p < k; p++) {
      const bp = p * n;
      let s = 0;
      for (let j = 0; j < n; j++) s += g[gi + j] * b[bp + j];
      ga[i * k + p] += s;
    }
  }
}

/** gB += Aᵀ·G, accumulated row by row of A. */
function accumulateGradB(a: Float64Array, g: Float64Array, gb: Float64Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const gi = i * n;
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const aip = a[ai + p];
      if (aip === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) gb[bp + j] += aip * g[gi + j];
    }
  }
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  requireRank('matmul', 'left operand', a.shape, 2);
  requireRank('matmul', 'right operand', b.shape, 2);
  const [m, k] = a.shape;
  const [k2, n] = b.shape;
  if (k !== k2) {
    throw new ShapeError('matmul', `inner dimensions ${k} and ${k2} differ (shapes ${formatShape(a.shape)} and ${formatShape(b.shape)})`);
  }
  return defineOp(
    'matmul', [a, b], [m, n],
    (out) => matmulInto(a.data, b.data, out.data, m, k, n),
    (out) => {
      const g = out.grad;
      if (!g) return;
      const ga = gradOf(a), gb = gradOf(b);
      if (ga) accumulateGradA(g, b.data, ga, m, k, n);
      if (gb) accumulateGradB(a.data, g, gb, m, k, n);
    },
  );
}
