/** deriveSeed: sub-stream seeds that stay in range and never collide for one seed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, modelProblem, linearRegression, createOptimizer, train } from '../../../src/core';

const SEED_MAX = 0xffffffff;

describe('deriveSeed', () => {
  it('maps every seed and stream in [0, 2^32) to a seed in [0, 2^32) that createRng accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_MAX }), fc.integer({ min: 0, max: SEED_MAX }), (seed, stream) => {
        const d = deriveSeed(seed, stream);
        expect(Number.isInteger(d) && d >= 0 && d <= SEED_MAX).toBe(true);
        createRng(d);
      }),
    );
    expect(() => createRng(deriveSeed(SEED_MAX, 1))).not.toThrow();
  });

  it('gives different seeds for different streams of one seed (it is a bijection in the stream)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_MAX }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, a, b) => {
        fc.pre(a !== b);
        expect(deriveSeed(seed, a)).not.toBe(deriveSeed(seed, b));
      }),
    );
  });

  it('does not make stream 1 of seed s the same as stream 0 of seed s + 1, as seed + k did', () => {
    for (let s = 0; s < 100; s++) expect(deriveSeed(s, 1)).not.toBe(deriveSeed(s + 1, 0));
  });

  it('rejects seeds and streams outside [0, 2^32), naming the value', () => {
    expect(() => deriveSeed(2 ** 32, 0)).toThrow(/deriveSeed.*seed.*4294967296/);
    expect(() => deriveSeed(0, -1)).toThrow(/deriveSeed.*stream.*-1/);
    expect(() => deriveSeed(0.5, 0)).toThrow(/deriveSeed/);
  });

  it('lets mini-batch training run at the largest seed (it overflowed createRng before)', () => {
    const x = Float64Array.from({ length: 30 }, (_, i) => i / 30);
    const data = { x, y: x.map((v) => 2 * v + 1), n: 30, d: 1, name: 'line' };
    const problem = modelProblem(linearRegression({ inputs: 1 }), data, { batchSize: 7, seed: SEED_MAX });
    const run = train(problem, createOptimizer('sgd', { lr: 0.1 }), { steps: 20 });
    expect(run.stop).toBe('completed');
  });
});
