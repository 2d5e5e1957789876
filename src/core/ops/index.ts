/** Every differentiable operation of the core. */
export { add, sub, mul, div, neg } from './arithmetic';
export { matmul } from './matmul';
export { gemmNN, gemmNT, gemmTN } from './gemm';
export { dense, type DenseActivation } from './dense';
export { transpose } from './transpose';
export { reshape } from './reshape';
export { sum, mean, max, type ReduceOptions } from './reduce';
export { square, pow, sqrt, exp, log, abs } from './elementwise';
export { tanh, sigmoid, sigmoidScalar, relu, leakyRelu } from './activations';
export { maximum } from './maximum';
export { softmax } from './softmax';
export { softmaxCrossEntropy } from './losses/softmaxCrossEntropy';
export { sigmoidCrossEntropy } from './losses/sigmoidCrossEntropy';
export { mse } from './losses/mse';
export { multiclassHinge } from './losses/multiclassHinge';
export { dropout, type DropoutOptions } from './dropout';
export { batchNorm, createBatchNormState, type BatchNormState } from './batchNorm';
