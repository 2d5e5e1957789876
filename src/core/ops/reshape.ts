/** Same values, new shape (row-major order kept). The gradient flows back unchanged. */
import { ShapeError } from '../errors';
import { formatShape, type Shape, sizeOf, validateShape } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export function reshape(a: Tensor, shape: Shape): Tensor {
  validateShape('reshape', shape);
  if (sizeOf(shape) !== a.size) {
    throw new ShapeError('reshape', `cannot reshape ${formatShape(a.shape)} (${a.size} values) to ${formatShape(shape)}`);
  }
  return defineOp(
    'reshape', [a], shape,
    (out) => out.data.set(a.data),
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] += g[i];
    },
  );
}
