/**
 * "Activations and initialization"'s arithmetic: each function's slope, as the engine's
 * backward() gives it, against the closed forms (σ′ = σ(1 − σ), tanh′ = 1 − tanh², ReLU′ =
 * [x > 0], leaky′ = 1 or 0.01) and against central differences; the peaks (σ′(0) = 1/4,
 * tanh′(0) = 1); the verdicts each initialization earns, decided from the worker's numbers; and
 * what the numbers file prints at the defaults.
 */
import { describe, expect, it } from 'vitest';
import { gradCheck } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { ACT_BATCH, ACT_FUNCTIONS, type ActFunction, type ActInit, LEAKY_SLOPE } from '../../src/worker/tasks/activationStats';
import { activationTrend, batchFor, curves, CURVE_POINTS, evaluate, gradientTrend, maxSlope, MIN_BATCH, statsInput, valueAt } from '../../src/widgets/activations/activationsModel';
import { activationsNumbers } from '../../src/widgets/activations/activationsNumbers';
import type { ActivationsState } from '../../src/widgets/activations/activationsSchema';
import { activationVerdict, gradientVerdict, readout, slopeSentence } from '../../src/widgets/activations/activationsText';

const sig = (x: number) => 1 / (1 + Math.exp(-x));
/** The closed forms, written out here: what the engine is held to. */
const CLOSED: Readonly<Record<ActFunction, { f: (x: number) => number; df: (x: number) => number }>> = {
  sigmoid: { f: sig, df: (x) => sig(x) * (1 - sig(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  leakyRelu: { f: (x) => (x > 0 ? x : LEAKY_SLOPE * x), df: (x) => (x > 0 ? 1 : LEAKY_SLOPE) },
};

const DEFAULT: ActivationsState = { fn: 'tanh', x: 1, init: 'small', width: 100, bn: false, seed: 1 };
const stats = (s: Partial<ActivationsState>) => runTaskSync('activationStats', statsInput({ ...DEFAULT, ...s }));

describe('the functions and their slopes', () => {
  for (const fn of ACT_FUNCTIONS) {
    it(`${fn}: backward() gives the closed-form slope at every point of the curve`, () => {
      const c = curves()[fn];
      expect(c.x.length).toBe(CURVE_POINTS);
      c.x.forEach((x, i) => {
        expect(c.y[i]).toBeCloseTo(CLOSED[fn].f(x), 14);
        expect(c.dy[i]).toBeCloseTo(CLOSED[fn].df(x), 14);
      });
    });

    it(`${fn}: backward() equals central differences away from 0 (seeded random points)`, () => {
      // x from a fixed list spread over [−6, 6]; 0 left out, where ReLU has a kink
      const xs = [-5.3, -2.71, -1, -0.37, -0.004, 0.02, 0.5, 1.3, 2.9, 5.95];
      const analytic = evaluate(fn, xs).dy;
      const check = gradCheck((w) => evaluate(fn, w).y.reduce((a, b) => a + b, 0), Float64Array.from(xs), analytic, { stencil: 'fivePoint', h: 1e-3, floor: 1e-9 });
      expect(check.maxRelativeError).toBeLessThan(1e-8);
    });
  }

  it('the peaks: σ′ is 1/4 at 0, tanh′ is 1 at 0; the ReLUs’ slope is 1 for x > 0', () => {
    expect(maxSlope('sigmoid')).toEqual({ slope: 0.25, at: 0 });
    expect(maxSlope('tanh')).toEqual({ slope: 1, at: 0 });
    expect(maxSlope('relu').slope).toBe(1);
    expect(maxSlope('leakyRelu').slope).toBe(1);
  });

  it('at the kink x = 0 the engine takes the left slope: ReLU 0, leaky 0.01', () => {
    expect(valueAt('relu', 0)).toEqual({ f: 0, df: 0 });
    expect(valueAt('leakyRelu', 0).df).toBe(LEAKY_SLOPE);
    expect(valueAt('leakyRelu', -2)).toEqual({ f: -0.02, df: 0.01 });
  });

  it('the readout and the slope sentence', () => {
    // tanh 1 = 0.76159, 1 − 0.76159² = 0.41997
    expect(readout('tanh', 1, valueAt('tanh', 1).f, valueAt('tanh', 1).df)).toEqual({ value: 'tanh(1.0) = 0.762', slope: 'tanh′(1.0) = 0.420' });
    expect(readout('sigmoid', -2, sig(-2), sig(-2) * (1 - sig(-2)))).toEqual({ value: 'σ(−2.0) = 0.119', slope: 'σ′(−2.0) = 0.105' });
    expect(slopeSentence('sigmoid')).toContain('where it is 1/4 = 0.250');
    expect(slopeSentence('tanh')).toContain('|x| > 2.65'); // atanh 0.99 = 2.6467
  });
});

describe('batchFor', () => {
  it('keeps the work of a pass about constant: width² × inputs, capped at the full batch and floored', () => {
    expect(batchFor(45)).toBe(ACT_BATCH);
    expect(batchFor(20)).toBe(ACT_BATCH);
    expect(batchFor(100)).toBe(41); // 200 × (45/100)² = 40.5
    expect(batchFor(200)).toBe(MIN_BATCH); // 200 × (45/200)² = 10.1
    expect(batchFor(2000)).toBe(MIN_BATCH);
    const work = (w: number) => w * w * batchFor(w);
    for (const w of [45, 100, 120, 150, 180, 200]) expect(work(w) / work(45)).toBeCloseTo(1, 1);
  });
});

describe('the verdicts', () => {
  const cases: [ActFunction, ActInit, boolean, string, string][] = [
    ['tanh', 'small', false, 'vanished', 'vanished'],
    ['tanh', 'large', false, 'saturated', 'exploded'],
    ['tanh', 'xavier', false, 'healthy', 'healthy'],
    ['relu', 'he', false, 'healthy', 'healthy'],
    ['relu', 'large', false, 'exploded', 'exploded'],
    ['relu', 'xavier', false, 'shrinking', 'shrinking'],
    ['sigmoid', 'xavier', false, 'healthy', 'vanished'],
    ['sigmoid', 'small', false, 'collapsed', 'vanished'], // ½ ± 0.013 for every input
    ['tanh', 'zeros', false, 'copies', 'copies'],
    ['sigmoid', 'zeros', true, 'copies', 'copies'],
    ['tanh', 'small', true, 'healthy', 'healthy'],
    ['tanh', 'large', true, 'healthy', 'healthy'],
    ['relu', 'large', true, 'healthy', 'healthy'], // ∂L/∂h grows ×5.7 in 9 layers: ×1.2 each, inside DRIFT
  ];
  for (const [fn, init, bn, act, grad] of cases) {
    it(`${fn}, ${init}${bn ? ', batch norm' : ''}: activations ${act}, gradients ${grad}`, () => {
      const o = stats({ fn, init, bn });
      expect(activationTrend(o)).toBe(act);
      expect(gradientTrend(o)).toBe(grad);
    });
  }

  it('says the numbers it decided from', () => {
    const o = stats({});
    expect(activationVerdict(o)).toMatch(/^The last layer’s activations have std \d\.\d × 10⁻¹¹ \(layer 1: 0\.(099|10)\): they have vanished, shrinking about ×0\.(10|099) per layer\.$/);
    expect(gradientVerdict(o)).toMatch(/^The gradient vanishes on its way down: std (1\.0|0\.99) at layer 10, (.* × )?10⁻(⁹|¹⁰) at layer 1/);
    expect(activationVerdict(stats({ init: 'large' }))).toMatch(/^\d\d % of the tanh units are saturated \(\|h\| > 0\.99\)/);
    expect(activationVerdict(stats({ init: 'zeros' }))).toContain('symmetry problem');
    expect(activationVerdict(stats({ init: 'zeros', bn: true }))).toContain('Batch norm cannot');
  });
});

describe('the numbers file', () => {
  it('prints what the widget shows at its defaults', () => {
    const n = activationsNumbers();
    expect(n.state).toEqual(DEFAULT);
    expect(n.sigmoidMaxSlope).toBe(0.25);
    expect(n.tanhMaxSlope).toBe(1);
    expect(n.point.valueText).toBe('tanh(1.0) = 0.762');
    expect(n.actStd).toHaveLength(10);
    expect(n.firstActStd).toBeCloseTo(0.1, 2); // std 0.01 · √100 inputs · std 1 = 0.1, up to sampling
    expect(n.lastActStd).toBeLessThan(1e-9);
    expect(n.lastGradStd).toBeCloseTo(1, 1);
    expect(n.firstGradStd).toBeLessThan(1e-8);
    expect(n.saturatedShare).toBe(0);
    expect([n.activationTrend, n.gradientTrend]).toEqual(['vanished', 'vanished']);
    expect(n.activationVerdict).toBe(activationVerdict(n.stats));
  });
});
