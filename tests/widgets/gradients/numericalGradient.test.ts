/**
 * The arithmetic behind "Numerical versus analytic gradient": the difference formulas by hand,
 * the classifier's gradient check, and the shape of the error-against-h curve (truncation
 * falling with slope 1 or 2, round-off rising like ε/h, the minimum in between).
 */
import { describe, expect, it } from 'vitest';
import { gradCheck } from '../../../src/core';
import {
  bestStep, compareGradients, EPSILON, errorCurves, logLogSlope, makeCheckProblem, numericalGradient, numericalPartial, stepGrid,
} from '../../../src/widgets/gradients/numericalGradient';

const problem = makeCheckProblem();
const curves = errorCurves(problem);
const at = (which: 'forward' | 'centred', h: number): number => compareGradients(problem, h, which).worst;

describe('difference formulas by hand', () => {
  // f(x) = x³ at x = 2: f′ = 12, f″ = 12, f‴ = 6. With h = 0.1, f(2.1) = 9.261, f(1.9) = 6.859.
  const cube = (w: Float64Array) => w[0] ** 3;
  it('forward: (9.261 − 8)/0.1 = 12.61, off by h·f″/2 + h²·f‴/6 = 0.6 + 0.01', () => {
    const w = Float64Array.of(2);
    expect(numericalPartial(cube, w, 0, 0.1, 'forward', 8)).toBeCloseTo(12.61, 10);
    expect(w[0]).toBe(2); // restored
  });
  it('centred: (9.261 − 6.859)/0.2 = 12.01, off by h²·f‴/6 = 0.01 only', () => {
    const w = Float64Array.of(2);
    expect(numericalPartial(cube, w, 0, 0.1, 'centred', 8)).toBeCloseTo(12.01, 10);
    expect(w[0]).toBe(2);
  });
});

describe('evaluation counts', () => {
  it('a forward-difference gradient calls f N + 1 times, a centred one 2N times', () => {
    for (const n of [1, 2, 9, 25]) {
      let calls = 0;
      const f = (w: Float64Array) => {
        calls++;
        return w.reduce((s, v) => s + v * v, 0);
      };
      const w = Float64Array.from({ length: n }, (_, i) => i / 3);
      numericalGradient(f, w, 1e-5, 'forward');
      expect(calls).toBe(n + 1);
      calls = 0;
      numericalGradient(f, w, 1e-5, 'centred');
      expect(calls).toBe(2 * n);
    }
  });
  it('leaves the weights as they were and refuses a step that is not positive', () => {
    const w = Float64Array.of(0.1, -0.2, 0.3);
    const copy = Float64Array.from(w);
    numericalGradient((x) => Math.exp(x[0] + 2 * x[1] - x[2]), w, 1e-3, 'centred');
    expect(Array.from(w)).toEqual(Array.from(copy));
    expect(() => numericalGradient(() => 0, w, 0, 'forward')).toThrow('numericalGradient: h must be a positive finite number, got 0');
  });
});

describe('the classifier check problem', () => {
  it('has 9 named weights, a loss near ln 3 or above, and a backprop gradient that passes a five-point check', () => {
    expect(problem.names).toEqual(['W₁₁', 'W₁₂', 'W₁₃', 'W₂₁', 'W₂₂', 'W₂₃', 'b₁', 'b₂', 'b₃']);
    expect(problem.examples).toBe(100);
    expect(problem.value).toBeGreaterThan(0.5);
    const check = gradCheck(problem.loss, Float64Array.from(problem.w), problem.analytic, { stencil: 'fivePoint', h: 1e-3 });
    expect(check.maxRelativeError).toBeLessThan(1e-8);
    // softmax cross-entropy: the biases' gradients (mean of p − onehot over classes) sum to 0
    expect(Math.abs(problem.analytic[6] + problem.analytic[7] + problem.analytic[8])).toBeLessThan(1e-12);
  });

  it('centred differences at h = 1e-5 agree with backprop to a relative error below 1e-8', () => {
    expect(at('centred', 1e-5)).toBeLessThan(1e-8);
    // and forward differences at the same h only to about h·L″/(2L′): far worse
    expect(at('forward', 1e-5)).toBeGreaterThan(1e-6);
  });

  it('every row of the comparison uses |a − n| / max(|a|, |n|)', () => {
    const c = compareGradients(problem, 1e-3, 'forward');
    for (const r of c.rows) expect(r.relativeError).toBe(Math.abs(r.analytic - r.numeric) / Math.max(Math.abs(r.analytic), Math.abs(r.numeric)));
    expect(c.worst).toBe(Math.max(...c.rows.map((r) => r.relativeError)));
    expect(c.rows[c.worstIndex].relativeError).toBe(c.worst);
  });
});

describe('the error curve against h', () => {
  it('forward: the minimum lies between 1e-10 and 1e-6 (√ε ≈ 1.5e-8), and is beaten at 1e-14 and 1e-2', () => {
    const best = curves.best.forward;
    expect(best.h).toBeGreaterThan(1e-10);
    expect(best.h).toBeLessThan(1e-6);
    expect(at('forward', 1e-14)).toBeGreaterThan(100 * best.error);
    expect(at('forward', 1e-2)).toBeGreaterThan(100 * best.error);
  });

  it('centred: the minimum lies between 1e-7 and 1e-3 (∛ε ≈ 6e-6), far below the forward minimum', () => {
    const best = curves.best.centred;
    expect(best.h).toBeGreaterThan(1e-7);
    expect(best.h).toBeLessThan(1e-3);
    expect(best.error).toBeLessThan(curves.best.forward.error / 100);
    expect(Math.sqrt(EPSILON)).toBeCloseTo(1.49e-8, 10);
  });

  it('truncation branches: slope 1 for forward, 2 for centred', () => {
    expect(curves.truncationSlope.forward).toBeGreaterThan(0.95);
    expect(curves.truncationSlope.forward).toBeLessThan(1.05);
    expect(curves.truncationSlope.centred).toBeGreaterThan(1.9);
    expect(curves.truncationSlope.centred).toBeLessThan(2.1);
  });

  it('round-off branches: the error grows like 1/h (slope about −1) as h shrinks', () => {
    for (const s of [curves.roundoffSlope.forward, curves.roundoffSlope.centred]) {
      expect(s).toBeGreaterThan(-1.4);
      expect(s).toBeLessThan(-0.6);
    }
  });

  it('below ε·|w| the step vanishes in w + h and the estimate is pure noise (relative error ~1)', () => {
    expect(at('forward', 1e-16)).toBeGreaterThan(0.5);
    expect(at('centred', 1e-16)).toBeGreaterThan(0.5);
  });
});

describe('helpers', () => {
  it('stepGrid: 8 per decade from 1e-16 to 1, both ends exact', () => {
    const hs = stepGrid();
    expect(hs.length).toBe(129);
    expect(hs[0]).toBe(1e-16);
    expect(hs[128]).toBe(1);
  });
  it('logLogSlope recovers the power of a power law, bestStep its minimum', () => {
    const hs = stepGrid(-6, 0, 4);
    expect(logLogSlope(hs, hs.map((h) => 3 * h ** 2), 1e-6, 1)).toBeCloseTo(2, 12);
    expect(logLogSlope(hs, hs.map((h) => 0.5 / h), 1e-6, 1)).toBeCloseTo(-1, 12);
    expect(logLogSlope(hs, hs, 2, 3)).toBeNaN(); // no points in range
    expect(bestStep([1, 2, 3], [5, 1, 4])).toEqual({ h: 2, error: 1 });
  });
});
