/** Bad input is refused with a typed error whose message names the operation and the value. */
import { describe, expect, it } from 'vitest';
import { ShapeError, NonFiniteError, RangeError_, UnknownNameError } from '../../../src/core/errors';
import { add, batchNorm, createBatchNormState, dropout, matmul, multiclassHinge, reshape, softmaxCrossEntropy, sigmoidCrossEntropy } from '../../../src/core/ops';
import { createRng } from '../../../src/core/random/prng';
import { tensor, zeros } from '../../../src/core/tensor/tensor';
import { backward } from '../../../src/core/autodiff/graph';
import { gradCheck } from '../../../src/core/gradcheck';
import { activate } from '../../../src/core/models/layers';

describe('typed errors', () => {
  it('matmul names both inner dimensions', () => {
    expect(() => matmul(zeros([2, 3]), zeros([4, 5]))).toThrowError(new ShapeError('matmul', 'inner dimensions 3 and 4 differ (shapes [2, 3] and [4, 5])'));
  });

  it('broadcasting failures name both shapes', () => {
    expect(() => add(zeros([2, 3]), zeros([2]))).toThrow(/^add: shapes \[2, 3\] and \[2\] cannot be broadcast$/);
  });

  it('NaN or Infinity in data is refused where tensors are made', () => {
    expect(() => tensor([1, NaN, 3])).toThrowError(NonFiniteError);
    expect(() => tensor([1, 2, Infinity])).toThrow('tensor: values[2] must be finite, got Infinity');
  });

  it('a shape that does not match its values', () => {
    expect(() => tensor([1, 2, 3], [2, 2])).toThrow('tensor: shape [2, 2] needs 4 values, got 3');
    expect(() => reshape(zeros([2, 3]), [4, 2])).toThrow(/reshape: cannot reshape \[2, 3\]/);
  });

  it('labels outside the classes, targets outside [0, 1]', () => {
    expect(() => softmaxCrossEntropy(zeros([2, 3]), tensor([0, 3]))).toThrow('softmaxCrossEntropy: label[1] must be a class index in 0..2, got 3');
    expect(() => multiclassHinge(zeros([2, 3]), tensor([0.5, 1]))).toThrowError(RangeError_);
    expect(() => sigmoidCrossEntropy(zeros([2]), tensor([0, 2]))).toThrow('sigmoidCrossEntropy: target[1] must be in [0, 1], got 2');
    expect(() => softmaxCrossEntropy(zeros([2, 3]), tensor([0]))).toThrow(/2 rows of scores \[2, 3\] but 1 labels/);
  });

  it('out-of-range arguments', () => {
    expect(() => dropout(zeros([2]), { p: 1, rng: createRng(1), training: true })).toThrow('dropout: p must be in [0, 0.999999], got 1');
    expect(() => batchNorm(zeros([1, 2]), zeros([2]), zeros([2]), createBatchNormState(2), true)).toThrow(/batch of at least 2 rows, got 1/);
    expect(() => createRng(-1)).toThrow('createRng: seed must be in [0, 4294967295], got -1');
    expect(() => gradCheck(() => 0, new Float64Array(2), [0, 0], { h: -1 })).toThrow(/gradCheck: h must be in/);
  });

  it('backward needs a scalar; unknown names list the known ones', () => {
    expect(() => backward(zeros([2]))).toThrow('backward: needs a scalar loss, got shape [2]');
    expect(() => activate('swish' as 'tanh', zeros([1]))).toThrowError(UnknownNameError);
    expect(() => activate('swish' as 'tanh', zeros([1]))).toThrow('activation: unknown name "swish" (known: tanh, relu, sigmoid, leakyRelu, linear)');
  });
});
