/** Transpose of a matrix: (Aᵀ)ᵢⱼ = Aⱼᵢ; the gradient is transposed back. */
import { requireRank } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export function transpose(a: Tensor): Tensor {
  requireRank('transpose', 'input', a.shape, 2);
  const [m, n] = a.shape;
  return defineOp(
    'transpose', [a], [n, m],
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) o[j * m + i] = x[i * n + j];
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (ga && g) for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) ga[i * n + j] += g[j * m + i];
    },
  );
}
