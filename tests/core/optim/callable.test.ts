/**
 * Every optimizer module is its own factory: `sgd({ lr: 0.1 })` is what it looks like, the same
 * optimizer as `sgd.create(…)` and `createOptimizer('sgd', …)`, validated the same way.
 */
import { describe, expect, it } from 'vitest';
import { adam, createOptimizer, optimizerNames, optimizers, sgd } from '../../../src/core/optim';

describe('optimizer modules are callable', () => {
  it('sgd({ lr }) steps w ← w − αg', () => {
    // α = 0.1, g = (1, −2): w = (0, 0) − 0.1·(1, −2) = (−0.1, 0.2)
    const opt = sgd({ lr: 0.1 });
    const w = new Float64Array(2);
    opt.step(w, Float64Array.of(1, -2));
    expect(Array.from(w)).toEqual([-0.1, 0.2]);
  });

  it('adam() takes its documented defaults and validates its config like createOptimizer', () => {
    expect({ ...adam().config }).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true });
    expect(() => adam({ beta1: 1.5 })).toThrow('adam: beta1 must be in [0, 0.999999], got 1.5');
  });

  it('for every optimizer, the call, create() and createOptimizer() give the same steps; the module keeps its spec', () => {
    for (const name of optimizerNames) {
      const module = optimizers[name];
      expect(module.name).toBe(name);
      expect(module.formula.length).toBeGreaterThan(0);
      const paths = [module(), module.create(), createOptimizer(name)].map((opt) => {
        expect(opt.name).toBe(name);
        // f = ½‖w‖² (gradient w, Hessian I) for three steps from (1, −2); Newton and L-BFGS need f itself.
        const f = { dim: 2, valueAndGrad: (w: Float64Array, g: Float64Array) => (g.set(w), 0.5 * (w[0] ** 2 + w[1] ** 2)), hessian: (_w: Float64Array, h: Float64Array) => h.set([1, 0, 0, 1]) };
        const w = Float64Array.of(1, -2), g = new Float64Array(2);
        for (let t = 0; t < 3; t++) {
          f.valueAndGrad(w, g);
          opt.step(w, g, undefined, f);
        }
        return Array.from(w);
      });
      expect(paths[0]).toEqual(paths[1]);
      expect(paths[0]).toEqual(paths[2]);
    }
  });
});
