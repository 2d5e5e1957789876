/** Loss-landscape slices through a real network's weights. */
import { describe, expect, it } from 'vitest';
import { makeSpirals } from '../../../src/core/data';
import { lossOfWeights, randomDirection, slice1d, slice2d } from '../../../src/core/landscape';
import { datasetLoss, mlp } from '../../../src/core/models';
import { createRng } from '../../../src/core/random/prng';

const data = makeSpirals({ n: 64, seed: 2 });
const model = mlp({ sizes: [2, 8, 8, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 4 });

describe('slices', () => {
  const loss = lossOfWeights(model, data);
  const center = model.params.values.slice();
  const rng = createRng(11);
  const d1 = randomDirection(model.params, rng);
  const d2 = randomDirection(model.params, rng);

  it('the centre of a slice is the model loss, and the weights are left untouched', () => {
    const s = slice2d(loss, model.params.values, d1, d2, { from: -1, to: 1, count: 5 }, { from: -1, to: 1, count: 3 });
    expect(s.values.length).toBe(15);
    expect(s.values[1 * 5 + 2]).toBe(datasetLoss(model, data));
    expect(Array.from(model.params.values)).toEqual(Array.from(center));
    expect(s.min).toBe(Math.min(...s.values));
  });

  it('row b = 0 of the plane is the 1-D slice along d1, bit for bit', () => {
    const a = { from: -2, to: 2, count: 9 };
    const line = slice1d(loss, center, d1, a);
    const plane = slice2d(loss, center, d1, d2, a, { from: -1, to: 1, count: 3 });
    expect(Array.from(plane.values.subarray(9, 18))).toEqual(Array.from(line));
  });

  it('filter normalization: each unit\'s direction has its weights\' norm; biases get none', () => {
    for (const info of model.params.infos) {
      const slice = (v: Float64Array) => v.subarray(info.offset, info.offset + info.size);
      if (info.kind === 'bias') {
        expect(Array.from(slice(d1)).every((x) => x === 0)).toBe(true);
        continue;
      }
      const cols = info.shape[1];
      for (let j = 0; j < cols; j++) {
        const norm = (v: Float64Array) => Math.hypot(...Array.from({ length: info.shape[0] }, (_, r) => slice(v)[r * cols + j]));
        expect(norm(d1)).toBeCloseTo(norm(center), 12);
      }
    }
  });

  it('bad ranges and directions are refused', () => {
    expect(() => slice1d(loss, center, d1, { from: 0, to: 1, count: 1 })).toThrow('slice1d: range.count must be in [2, 4096], got 1');
    expect(() => slice1d(loss, center, d1.subarray(1), { from: 0, to: 1, count: 3 })).toThrow(/slice1d: direction has \d+ entries, the weights \d+/);
  });
});
