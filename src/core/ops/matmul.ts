/**
 * Matrix product C = A·B for A [m, k] and B [k, n].
 *   ∂L/∂A = ∂L/∂C · Bᵀ      ∂L/∂B = Aᵀ · ∂L/∂C
 * The products are the blocked kernels of gemm.ts.
 */
import { ShapeError } from '../errors';
import { formatShape, requireRank } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';
import { gemmNN, gemmNT, gemmTN } from './gemm';

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
    (out) => gemmNN(a.data, b.data, null, out.data, m, k, n),
    (out) => {
      const g = out.grad;
      if (!g) return;
      const ga = gradOf(a), gb = gradOf(b);
      if (ga) gemmNT(g, b.data, ga, m, k, n);
      if (gb) gemmTN(a.data, g, gb, m, k, n);
    },
  );
}
