/** Building blocks shared by the models: a dense layer and the activation table. */
import { lookupName } from '../errors';
import { add, leakyRelu, matmul, relu, sigmoid, tanh } from '../ops';
import type { Tensor } from '../tensor/tensor';

/** x·W + b for x [n, in], W [in, out], b [out] (the bias broadcasts over rows). */
export function dense(x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  const z = matmul(x, w);
  return b ? add(z, b) : z;
}

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'leakyRelu' | 'linear';

const activations: Record<Activation, (x: Tensor) => Tensor> = {
  tanh,
  relu,
  sigmoid,
  leakyRelu: (x) => leakyRelu(x, 0.01),
  linear: (x) => x,
};

export function activate(name: Activation, x: Tensor): Tensor {
  return lookupName('activation', activations, name)(x);
}

export const ACTIVATIONS = Object.keys(activations) as Activation[];
