/**
 * Behaviour every optimizer shares: defaults and specs agree, configs are validated, lr = 0
 * leaves w alone, shapes are checked, state resets.
 */
import { describe, expect, it } from 'vitest';
import { NonFiniteError, RangeError_, ShapeError, UnknownNameError } from '../../../src/core/errors';
import type { Objective } from '../../../src/core/optim/objective';
import type { OptimizerName } from '../../../src/core/optim/optimizer';
import { createOptimizer, optimizerNames, optimizers } from '../../../src/core/optim/registry';

/** f = ½Σ cᵢwᵢ² in 3-D, with its Hessian, so that Newton and L-BFGS can run too. */
const bowl: Objective = {
  dim: 3,
  valueAndGrad(w, g) {
    let f = 0;
    for (let i = 0; i < 3; i++) {
      g[i] = (i + 1) * w[i];
      f += 0.5 * (i + 1) * w[i] * w[i];
    }
    return f;
  },
  hessian(_w, h) {
    h.fill(0);
    h[0] = 1;
    h[4] = 2;
    h[8] = 3;
  },
};

function run(name: OptimizerName, config: Record<string, unknown>, steps: number, lr?: number): Float64Array {
  const opt = createOptimizer(name, config);
  const w = Float64Array.from([0.4, -1.2, 2.5]);
  const g = new Float64Array(3);
  for (let t = 0; t < steps; t++) {
    bowl.valueAndGrad(w, g);
    opt.step(w, g, lr, bowl);
  }
  return w;
}

describe('registry', () => {
  it('lists the ten optimizers under their own names', () => {
    expect(optimizerNames).toEqual(['sgd', 'momentum', 'nesterov', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'newton', 'lbfgs']);
    for (const name of optimizerNames) {
      expect(optimizers[name].name).toBe(name);
      expect(createOptimizer(name).name).toBe(name);
    }
  });

  it('rejects an unknown optimizer name with UnknownNameError naming it and listing the known names', () => {
    expect(() => createOptimizer('adamm')).toThrow(UnknownNameError);
    expect(() => createOptimizer('adamm')).toThrow(
      'createOptimizer: unknown name "adamm" (known: sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw, newton, lbfgs)',
    );
    expect(() => createOptimizer('toString')).toThrow(UnknownNameError);
  });

  it('rejects an unknown config key listing the keys the optimizer has', () => {
    expect(() => createOptimizer('adam', { learningRate: 0.1 })).toThrow(
      'adam: unknown hyperparameter "learningRate" (known: lr, beta1, beta2, eps, biasCorrection)',
    );
    expect(() => createOptimizer('sgd', { momentum: 0.9 })).toThrow('sgd: unknown hyperparameter "momentum" (known: lr)');
  });

  it('gives messages naming the optimizer and the bad value', () => {
    expect(() => createOptimizer('adam', { beta1: 1.5 })).toThrow(RangeError_);
    expect(() => createOptimizer('adam', { beta1: 1.5 })).toThrow('adam: beta1 must be in [0, 0.999999], got 1.5');
    expect(() => createOptimizer('momentum', { beta: 1.5 })).toThrow('momentum: beta must be in [0, 0.999999], got 1.5');
    expect(() => createOptimizer('sgd', { lr: -1 })).toThrow('sgd: lr must be in [0, 10], got -1');
    expect(() => createOptimizer('rmsprop', { eps: Number.NaN })).toThrow(NonFiniteError);
    expect(() => createOptimizer('rmsprop', { eps: Number.NaN })).toThrow('rmsprop: eps must be finite, got NaN');
    expect(() => createOptimizer('lbfgs', { history: 2.5 })).toThrow('lbfgs: history must be a whole number, got 2.5');
  });
});

describe.each(optimizerNames.map((name) => [name]))('%s', (name) => {
  const module = optimizers[name];
  const defaults: Readonly<Record<string, unknown>> = { ...module.defaults };

  it('has specs whose defaults match its defaults and whose symbols appear in its formula', () => {
    expect(module.hyperparameters.length).toBeGreaterThan(0);
    for (const spec of module.hyperparameters) {
      expect(defaults[spec.name]).toBe(spec.default);
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(module.formula).toContain(spec.symbol);
    }
    const opt = createOptimizer(name);
    expect({ ...opt.config }).toEqual(defaults);
    expect(Object.isFrozen(opt.config)).toBe(true);
  });

  it('rejects unknown keys, wrong types and out-of-range values, naming them', () => {
    expect(() => createOptimizer(name, { learningRate: 0.1 })).toThrow(UnknownNameError);
    expect(() => createOptimizer(name, { learningRate: 0.1 })).toThrow(`${name}: unknown hyperparameter "learningRate"`);
    expect(() => createOptimizer(name, { lr: '0.1' })).toThrow(`${name}: lr must be a number, got "0.1"`);
    for (const spec of module.hyperparameters) {
      const below = spec.min - Math.max(1e-3, Math.abs(spec.min));
      const above = spec.max + Math.max(1e-3, Math.abs(spec.max));
      expect(() => createOptimizer(name, { [spec.name]: below })).toThrow(`${name}: ${spec.name} must be in`);
      expect(() => createOptimizer(name, { [spec.name]: above })).toThrow(`${name}: ${spec.name} must be in`);
      expect(() => createOptimizer(name, { [spec.name]: Number.POSITIVE_INFINITY })).toThrow(NonFiniteError);
      expect(createOptimizer(name, { [spec.name]: spec.max }).config).toMatchObject({ [spec.name]: spec.max });
    }
    for (const [key, value] of Object.entries(defaults)) {
      if (typeof value === 'boolean') {
        expect(() => createOptimizer(name, { [key]: 'yes' })).toThrow(`${name}: ${key} must be true or false, got "yes"`);
        expect(createOptimizer(name, { [key]: !value }).config).toMatchObject({ [key]: !value });
      }
    }
  });

  it('leaves w unchanged with lr = 0 (config or per-step override)', () => {
    const start = [0.4, -1.2, 2.5];
    expect(Array.from(run(name, { lr: 0 }, 3))).toEqual(start);
    expect(Array.from(run(name, {}, 3, 0))).toEqual(start);
    if (name === 'lbfgs') expect(Array.from(run(name, { lr: 0, lineSearch: false }, 3))).toEqual(start);
  });

  it('moves w with its defaults (so the lr = 0 test can fail)', () => {
    const w = run(name, {}, 3);
    expect(Array.from(w)).not.toEqual([0.4, -1.2, 2.5]);
  });

  it('rejects a per-step lr out of range', () => {
    const opt = createOptimizer(name);
    expect(() => opt.step(new Float64Array(3), new Float64Array(3), -0.5, bowl)).toThrow(`${name}: lr must be in`);
  });

  it('throws ShapeError naming both lengths when g does not match w', () => {
    const opt = createOptimizer(name);
    const step = (): void => opt.step(new Float64Array(3), new Float64Array(2), undefined, bowl);
    expect(step).toThrow(ShapeError);
    expect(step).toThrow(`${name}: gradient has length 2 but w has length 3`);
  });

  it('throws ShapeError when w changes length without reset(), and accepts it after', () => {
    const opt = createOptimizer(name);
    const w = Float64Array.from([0.4, -1.2, 2.5]);
    const g = new Float64Array(3);
    bowl.valueAndGrad(w, g);
    opt.step(w, g, undefined, bowl);
    expect(opt.steps).toBe(1);
    const w2 = new Float64Array(2);
    const step = (): void => opt.step(w2, new Float64Array(2));
    expect(step).toThrow(ShapeError);
    expect(step).toThrow(`${name}: w has length 2 but the optimizer state was sized for length 3`);
    opt.reset();
    expect(opt.steps).toBe(0);
    const line: Objective = { dim: 2, valueAndGrad: (_w, gr) => (gr.fill(0), 0), hessian: (_w, h) => h.set([1, 0, 0, 1]) };
    opt.step(w2, new Float64Array(2), undefined, line);
    expect(opt.steps).toBe(1);
  });

  it('is deterministic and reset() forgets everything', () => {
    const opt = createOptimizer(name);
    const runFrom = (): number[] => {
      const w = Float64Array.from([0.4, -1.2, 2.5]);
      const g = new Float64Array(3);
      for (let t = 0; t < 5; t++) {
        bowl.valueAndGrad(w, g);
        opt.step(w, g, undefined, bowl);
      }
      return Array.from(w);
    };
    const first = runFrom();
    opt.reset();
    expect(runFrom()).toEqual(first);
  });
});
