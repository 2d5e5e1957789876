import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, createDataset, datasets } from '../../../src/core/data/registry';
import { checkDataset } from '../../../src/core/data/dataset';
import { UnknownNameError } from '../../../src/core/errors';
import { sameBits } from './helpers';

describe('dataset registry', () => {
  it.each(DATASET_NAMES)('generates %s with its defaults', (name) => {
    const ds = createDataset(name);
    expect(ds.name).toBe(name);
    expect(() => checkDataset('test', ds)).not.toThrow();
    expect(datasets[name]).toBeTypeOf('function');
  });

  it('passes parameters through', () => {
    expect(createDataset('spirals', { n: 10 }).n).toBe(10);
    expect(createDataset('blobs', { k: 4 }).classes).toBe(4);
    expect(sameBits(createDataset('moons', { seed: 3 }).x, createDataset('moons', { seed: 3 }).x)).toBe(true);
  });

  it('rejects an unknown name, listing the known ones', () => {
    expect(() => createDataset('iris')).toThrow(UnknownNameError);
    expect(() => createDataset('iris')).toThrow(
      'createDataset: unknown name "iris" (known: linreg7, smooth1d, spirals, moons, circles, xor, blobs)',
    );
  });
});
