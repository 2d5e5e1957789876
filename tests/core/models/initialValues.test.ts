/**
 * Models start from given weights: all at once as a flat vector in parameter order, or by
 * name, a matrix as rows or flat. Bad values are refused, naming the model, the parameter and
 * the value, before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { NonFiniteError, RangeError_, ShapeError, UnknownNameError } from '../../../src/core/errors';
import { linearRegression, mlp, outputsOf } from '../../../src/core/models';

const net = (initial?: Parameters<typeof mlp>[0]['initial']) =>
  mlp({ sizes: [2, 3, 1], activation: 'relu', loss: 'mse', seed: 5, initial });

describe('mlp({ initial })', () => {
  it('names its parameters W1, b1, W2, b2 with shapes [in, out] and [out]', () => {
    expect(net().params.describe()).toBe('W1 [2, 3], b1 [3], W2 [3, 1], b2 [1]');
    const bn = mlp({ sizes: [2, 3, 1], activation: 'tanh', loss: 'mse', batchNorm: true });
    expect(bn.params.describe()).toBe('W1 [2, 3], b1 [3], gamma1 [3], beta1 [3], W2 [3, 1], b2 [1]');
  });

  it('takes a matrix as rows: out = relu(x·W1 + b1)·W2 + b2, computed by hand', () => {
    // x = (1, 2): x·W1 = (1·1 + 2·0, 1·(−1) + 2·1, 1·0.5 + 2·0.5) = (1, 1, 1.5);
    // + b1 = (0, −2, 0) → (1, −1, 1.5); relu → (1, 0, 1.5); ·W2 = 1·2 + 0·7 + 1.5·(−1) = 0.5; + b2 → 0.75.
    const model = net({ W1: [[1, -1, 0.5], [0, 1, 0.5]], b1: [0, -2, 0], W2: [[2], [7], [-1]], b2: [0.25] });
    expect(outputsOf(model, Float64Array.of(1, 2), 1)[0]).toBe(0.75);
  });

  it('a flat vector sets every parameter in order; by name only those named', () => {
    const flat = Array.from({ length: 13 }, (_, i) => i / 10);
    expect(Array.from(net(flat).params.values)).toEqual(flat);
    const seeded = net().params.values;
    const some = net({ b2: Float64Array.of(3) }).params;
    expect(some.get('b2').data[0]).toBe(3);
    expect(Array.from(some.values.subarray(0, 12))).toEqual(Array.from(seeded.subarray(0, 12))); // the rest as seeded
    const rowsOrFlat = [net({ W1: [[1, 2, 3], [4, 5, 6]] }), net({ W1: [1, 2, 3, 4, 5, 6] })];
    expect(Array.from(rowsOrFlat[0].params.values)).toEqual(Array.from(rowsOrFlat[1].params.values));
  });

  it('refuses unknown names, listing the known ones', () => {
    expect(() => net({ W0: [1] })).toThrowError(UnknownNameError);
    expect(() => net({ W0: [1] })).toThrow('mlp: unknown parameter "W0" in initial (known: W1, b1, W2, b2)');
  });

  it('refuses wrong shapes, naming the parameter and both sizes', () => {
    expect(() => net({ W1: [[1, 2, 3]] })).toThrowError(ShapeError);
    expect(() => net({ W1: [[1, 2, 3]] })).toThrow('mlp: initial.W1 has 1 rows, expected 2 (shape [2, 3])');
    expect(() => net({ W1: [[1, 2, 3], [4, 5]] })).toThrow('mlp: initial.W1[1] has 2 entries, expected 3 (shape [2, 3])');
    expect(() => net({ b1: [1, 2] })).toThrow('mlp: initial.b1 has 2 values, expected 3 (shape [3])');
    expect(() => net({ b1: [[1, 2, 3]] })).toThrow('mlp: initial.b1 is given as rows, but its shape is [3]: give a flat array');
    expect(() => net([1, 2, 3])).toThrow('mlp: initial has 3 values, the parameters have 13 (W1 [2, 3], b1 [3], W2 [3, 1], b2 [1])');
  });

  it('refuses values that are not finite numbers, and writes nothing then', () => {
    expect(() => net({ W1: [[1, 2, 3], [4, NaN, 6]] })).toThrowError(NonFiniteError);
    expect(() => net({ W1: [[1, 2, 3], [4, NaN, 6]] })).toThrow('mlp: initial.W1[1][1] must be finite, got NaN');
    expect(() => net({ b2: [Infinity] })).toThrow('mlp: initial.b2[0] must be finite, got Infinity');
    expect(() => net({ b2: ['1' as unknown as number] })).toThrowError(RangeError_);
    expect(() => net({ b2: ['1' as unknown as number] })).toThrow('mlp: initial.b2[0] must be a number, got "1"');
  });
});

describe('linear models take initial values too', () => {
  it('linearRegression({ initial: [m, b] }) predicts m·x + b', () => {
    const model = linearRegression({ inputs: 1, initial: [2, -1] });
    expect(Array.from(outputsOf(model, Float64Array.of(0, 3), 2))).toEqual([-1, 5]);
    expect(() => linearRegression({ inputs: 1, initial: { w: [1] } })).toThrow('linearRegression: unknown parameter "w" in initial (known: W, b)');
  });
});
