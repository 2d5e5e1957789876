/**
 * Elementwise max(a, b) of two tensors of the same shape (or a scalar on either side), as in
 * the backprop chapter's max gate: the gradient goes to whichever input was larger, and to
 * `a` on a tie.
 */
import { ShapeError } from '../errors';
import { formatShape, shapesEqual } from '../tensor/shape';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export function maximum(x: TensorLike, y: TensorLike): Tensor {
  const a = asTensor(x), b = asTensor(y);
  const sa = a.size === 1, sb = b.size === 1;
  if (!shapesEqual(a.shape, b.shape) && !sa && !sb) {
    throw new ShapeError('maximum', `shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} differ`);
  }
  const shape = sa && !sb ? b.shape : a.shape;
  const ia = sa ? 0 : 1, ib = sb ? 0 : 1; // stride 0 repeats a scalar
  return defineOp(
    'maximum', [a, b], shape,
    (out) => {
      const o = out.data, ad = a.data, bd = b.data;
      for (let i = 0; i < o.length; i++) o[i] = Math.max(ad[i * ia], bd[i * ib]);
    },
    (out) => {
      const g = out.grad;
      if (!g) return;
      const ga = gradOf(a), gb = gradOf(b), ad = a.data, bd = b.data;
      for (let i = 0; i < g.length; i++) {
        if (ad[i * ia] >= bd[i * ib]) {
          if (ga) ga[i * ia] += g[i];
        } else if (gb) gb[i * ib] += g[i];
      }
    },
  );
}
