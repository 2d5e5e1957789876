/**
 * save() and load(): a run stopped after k steps and continued from its snapshot (in a fresh
 * optimizer, as a worker chunk or a saved file does) lands on the same weights, bit for bit, as
 * the run that never stopped; a fresh optimizer's snapshot has no vectors; bad snapshots are
 * rejected with the operation and the bad part named.
 */
import { describe, expect, it } from 'vitest';
import { adam, adamw, momentum, type Optimizer, sgd } from '../../../src/core';

const g = (w: Float64Array) => Float64Array.from(w, (x, i) => (i + 1) * x - 0.3 * Math.sin(x)); // some non-linear gradient

function run(opt: Optimizer, w: Float64Array, steps: number): void {
  for (let t = 0; t < steps; t++) opt.step(w, g(w), 0.05 * (1 + t % 3));
}

describe('optimizer snapshots', () => {
  const makers: [string, () => Optimizer][] = [
    ['sgd', () => sgd({ lr: 0.05 })],
    ['momentum', () => momentum({ lr: 0.05, beta: 0.9 })],
    ['adam', () => adam({ lr: 0.05 })],
    ['adamw', () => adamw({ lr: 0.05, weightDecay: 0.01 })],
  ];
  for (const [name, make] of makers) {
    it(`${name}: stop, save, load into a fresh one, go on: the same weights bit for bit`, () => {
      const whole = Float64Array.of(0.7, -1.1, 2.3), split = whole.slice();
      const a = make();
      run(a, whole, 4);
      // the schedule's learning rate depends on the step, so the split run continues the count
      const b = make();
      for (let t = 0; t < 2; t++) b.step(split, g(split), 0.05 * (1 + t % 3));
      const saved = b.save!();
      expect(saved.steps).toBe(2);
      const c = make();
      c.load!(saved);
      expect(c.steps).toBe(2);
      for (let t = 2; t < 4; t++) c.step(split, g(split), 0.05 * (1 + t % 3));
      expect(Array.from(split)).toEqual(Array.from(whole));
      expect(c.save!()).toEqual(a.save!());
    });
  }

  it('a snapshot is a copy: stepping on does not change it, and loading does not share it', () => {
    const opt = momentum({ lr: 0.1, beta: 0.5 }), w = Float64Array.of(1, 2);
    opt.step(w, Float64Array.of(1, 1));
    const saved = opt.save!();
    const v = saved.vectors.v.slice();
    opt.step(w, Float64Array.of(1, 1));
    expect(saved.vectors.v).toEqual(v);
    const other = momentum({ lr: 0.1, beta: 0.5 });
    other.load!(saved);
    other.step(Float64Array.of(0, 0), Float64Array.of(1, 1));
    expect(saved.vectors.v).toEqual(v);
  });

  it('a fresh optimizer saves no vectors, and loading that makes one fresh', () => {
    expect(adam({ lr: 0.1 }).save!()).toEqual({ steps: 0, vectors: {}, scalars: { beta1Power: 1, beta2Power: 1 } });
    const opt = adam({ lr: 0.1 }), w = Float64Array.of(1, 2, 3);
    opt.step(w, Float64Array.of(1, 1, 1));
    opt.load!({ steps: 0, vectors: {}, scalars: { beta1Power: 1, beta2Power: 1 } });
    opt.step(Float64Array.of(1, 2), Float64Array.of(1, 1)); // resized: the old length no longer binds
    expect(opt.steps).toBe(1);
  });

  it('rejects snapshots that do not fit, naming the part', () => {
    const v = Float64Array.of(1, 2);
    expect(() => momentum().load!({ steps: 1, vectors: { m: v }, scalars: {} })).toThrow(/momentum.*vector "m"; expected v/);
    expect(() => adam().load!({ steps: 1, vectors: { m: v }, scalars: { beta1Power: 0.9, beta2Power: 0.999 } })).toThrow(/adam.*lacks vector "v"/);
    expect(() => adam().load!({ steps: 1, vectors: { m: v, v: Float64Array.of(1) }, scalars: { beta1Power: 0.9, beta2Power: 0.999 } })).toThrow(/adam.*vector v has length 1, but m has 2/);
    expect(() => adam().load!({ steps: 1, vectors: {}, scalars: { beta1Power: NaN, beta2Power: 0.999 } })).toThrow(/adam.*beta1Power must be a finite number, got NaN/);
    expect(() => momentum().load!({ steps: 1, vectors: { v: Float64Array.of(1, Infinity) }, scalars: {} })).toThrow(/momentum.*v\[1\] is Infinity/);
    expect(() => sgd().load!({ steps: -1, vectors: {}, scalars: {} })).toThrow(/sgd.*steps must be a whole number ≥ 0, got -1/);
  });
});
