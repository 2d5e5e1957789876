/** The activations a model's hidden layers can use, by name. */
import { lookupName } from '../errors';
import { type DenseActivation, leakyRelu, relu, sigmoid, tanh } from '../ops';
import type { Tensor } from '../tensor/tensor';

export type Activation = DenseActivation;

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
