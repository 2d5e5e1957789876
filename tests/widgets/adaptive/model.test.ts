/**
 * The effective per-coordinate step size α_eff,i(t) = −(w_{t+1,i} − w_{t,i}) / g_i(w_t), read off
 * the worker's paths, against hand calculations, on the bowl ½(x² + κy²) from (−2.5, 1).
 */
import { describe, expect, it } from 'vitest';
import { runTaskSync } from '../../../src/worker';
import { ADAPTIVE_OPTIMIZERS, adaptiveRaceInput, adaptiveSurface, effectiveSteps, firstMoves, logRange, OTHER_ADAM, againstGradient } from '../../../src/widgets/adaptive/adaptiveModel';
import { adaptiveSchema } from '../../../src/widgets/adaptive/adaptiveSchema';
import { defaultState } from '../../../src/widgets/state';
import { describeRates, sgdDivergence } from '../../../src/widgets/adaptive/adaptiveText';

const base = defaultState(adaptiveSchema);
const run = (s = base) => runTaskSync('optimizerRace', adaptiveRaceInput(s));
const at = (name: (typeof ADAPTIVE_OPTIMIZERS)[number]) => ADAPTIVE_OPTIMIZERS.indexOf(name);

describe('effective step sizes', () => {
  it('a hand-made path: the ratio of the move to the gradient, NaN where the gradient is 0', () => {
    // κ = 10: g(x, y) = (x, 10y). From (2, 1) to (1.5, 0.5): −(−0.5)/2 = 0.25 along x, −(−0.5)/10 = 0.05 along y.
    // From (1.5, 0.5) to (1.5, 0): g_x = 1.5 but no move, 0; along y −(−0.5)/5 = 0.1. From (0, 0): g = 0, NaN.
    const e = effectiveSteps(adaptiveSurface(10), [2, 1, 1.5, 0.5, 1.5, 0, 0, 0, 1, 1]);
    expect(e.x[0]).toBe(0.25);
    expect(e.y[0]).toBeCloseTo(0.05, 15);
    expect(e.x[1]).toBe(0);
    expect(e.y[1]).toBeCloseTo(0.1, 15);
    expect(e.x[2]).toBeCloseTo(1, 15); // from (1.5, 0) to (0, 0): 1.5 / 1.5
    expect(Number.isNaN(e.y[2])).toBe(true); // g_y = 0 at y = 0
    expect(Number.isNaN(e.x[3])).toBe(true); // g = 0 at the minimum
  });

  it('SGD’s effective step size is α on both axes, at every step', () => {
    const out = run();
    const e = effectiveSteps(adaptiveSurface(100), out.racers[at('sgd')].params);
    expect(e.x.length).toBe(200);
    for (let t = 0; t < 200; t++) {
      expect(e.x[t]).toBeCloseTo(0.015, 12);
      expect(e.y[t]).toBeCloseTo(0.015, 12);
    }
  });

  it('AdaGrad’s first step is α/(|g| + ε) per coordinate, and its rate never grows', () => {
    // at (−2.5, 1) with κ = 100: g = (−2.5, 100). G = g², so α_eff = 0.5/(2.5 + 1e-8) ≈ 0.2 and 0.5/(100 + 1e-8) = 0.005
    const out = run();
    const e = effectiveSteps(adaptiveSurface(100), out.racers[at('adagrad')].params);
    expect(e.x[0]).toBeCloseTo(0.5 / (2.5 + 1e-8), 12);
    expect(e.y[0]).toBeCloseTo(0.5 / (100 + 1e-8), 12);
    for (let t = 1; t < 60; t++) {
      if (Number.isFinite(e.x[t]) && Number.isFinite(e.x[t - 1])) expect(e.x[t]).toBeLessThanOrEqual(e.x[t - 1] * (1 + 1e-9));
    }
    // the adaptive rate is about κ times larger along the flat axis at the start: 0.2 / 0.005 = 40 = 100/2.5
    expect(e.x[0] / e.y[0]).toBeCloseTo(40, 6);
  });

  it('Adam’s first step is α on each coordinate with bias correction, (1 − β₁)/√(1 − β₂)·α ≈ 3.16α without', () => {
    // m = 0.1g, v = 0.001g²; corrected: m̂ = g, v̂ = g², step α·g/(|g| + ε) ≈ α. Uncorrected: α·0.1g/(√0.001|g|) = 3.162α
    const out = run();
    const on = firstMoves(out.racers[at('adam')].params, 3);
    const off = firstMoves(out.racers[OTHER_ADAM].params, 3);
    expect(on.x[0]).toBeCloseTo(0.05, 8);
    expect(on.y[0]).toBeCloseTo(0.05, 8);
    // exactly, with ε = 1e-8 outside the root: α·0.1|g| / (√(0.001 g²) + ε), |g| = 2.5 along x and 100 along y
    expect(off.x[0]).toBeCloseTo((0.05 * 0.1 * 2.5) / (Math.sqrt(0.001 * 6.25) + 1e-8), 14);
    expect(off.y[0]).toBeCloseTo((0.05 * 0.1 * 100) / (Math.sqrt(0.001 * 1e4) + 1e-8), 14);
    expect(off.x[0] / on.x[0]).toBeCloseTo(0.1 / Math.sqrt(0.001), 5); // 3.16228
    const flipped = runTaskSync('optimizerRace', adaptiveRaceInput({ ...base, bias: false }));
    expect(Array.from(flipped.racers[at('adam')].params)).toEqual(Array.from(out.racers[OTHER_ADAM].params));
  });

  it('SGD above 2/κ diverges along the steep axis, and the sentence says why', () => {
    const out = run({ ...base, sgdLr: 0.05 });
    expect(out.racers[at('sgd')].divergence).not.toBeNull();
    // 1 − 0.05·100 = −4
    expect(sgdDivergence(0.05, 100)).toMatch(/1 − α·κ = −4: α·λmax = 0.05 × 100 = 5 > 2/);
  });
});

describe('helpers', () => {
  it('logRange widens to whole decades and ignores non-positive values', () => {
    expect(logRange([Float64Array.of(0.015, 0.2, -3, NaN), Float64Array.of(0.004)])).toEqual([1e-3, 1]);
    expect(logRange([])).toEqual([1e-3, 1]);
  });

  it('counts steps against the gradient and describes the curves', () => {
    expect(againstGradient(Float64Array.of(0.1, -0.2, NaN, -1))).toBe(2);
    const text = describeRates('x', 1, [{ name: 'sgd', title: 'SGD', effX: Float64Array.of(0.015, 0.015), effY: Float64Array.of(0.015), finalLoss: 0.1, divergedAt: null, reason: null }], (r) => r.effX);
    expect(text).toBe('Effective step size along x (curvature 1, so 1/λ = 1), log scale: SGD from 0.015 at the first step to 0.015 at the last.');
  });
});
