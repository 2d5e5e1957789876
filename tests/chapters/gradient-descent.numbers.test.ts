/**
 * Chapter 3's numbers: the module checks itself (it throws, and the build fails, if a check
 * breaks). These tests pin the values the prose and the challenges lean on to hand
 * computations, test its helpers against laws they must obey, and check that the shortcut the
 * module takes for the gradient-check widget's numbers gives what the widget itself computes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend, gd, gradientBySums, iterationsPerEpoch } from '../../chapters/gradient-descent.numbers';
import { LINREG7_XS, LINREG7_YS, createSurface } from '../../src/core';
import { errorCurves, makeCheckProblem } from '../../src/widgets/gradients/numericalGradient';

const mse = createSurface('linregMse', { xs: LINREG7_XS, ys: LINREG7_YS });

describe('chapter 3: the worked example on the seven points', () => {
  it('the gradient at (0, 0) is −(2/7)(Σxy, Σy) with Σxy = 52.308 and Σy = 14.09', () => {
    // Σxy = 2.4·1.7 + 2.8·1.85 + 3.2·1.79 + 3.6·1.95 + 4·2.1 + 4.2·2 + 5·2.7
    //     = 4.08 + 5.18 + 5.728 + 7.02 + 8.4 + 8.4 + 13.5 = 52.308
    // Σy  = 1.7 + 1.85 + 1.79 + 1.95 + 2.1 + 2 + 2.7 = 14.09
    expect(gd.seven.sumXYText).toBe('52.308');
    expect(gd.seven.sumYText).toBe('14.09');
    expect(gd.seven.gradM).toBeCloseTo((-2 / 7) * 52.308, 12);
    expect(gd.seven.gradB).toBeCloseTo((-2 / 7) * 14.09, 12);
    expect(gd.seven.gradMText).toBe('−14.9451');
    expect(gd.seven.gradBText).toBe('−4.0257');
  });

  it('the first step with α = 0.01 moves (0, 0) to (0.1495, 0.0403) and halves the MSE', () => {
    expect([gd.seven.step1MText, gd.seven.step1BText]).toEqual(['0.1495', '0.0403']);
    // J(0, 0) = mean of y² = (2.89 + 3.4225 + 3.2041 + 3.8025 + 4.41 + 4 + 7.29)/7 = 29.0191/7
    expect(gd.seven.path[0].mse).toBeCloseTo(29.0191 / 7, 12);
    expect(gd.seven.path[1].mse).toBeLessThan(gd.seven.path[0].mse / 1.9);
  });

  it('the MSE never rises along the α = 0.01 path, and the checkpoints are in order', () => {
    const path = descend({ m: 0, b: 0 }, 0.01, 200);
    for (let t = 1; t < path.length; t++) {
      expect(mse.value(path[t].m, path[t].b)).toBeLessThanOrEqual(mse.value(path[t - 1].m, path[t - 1].b));
    }
    const steps = gd.seven.path.map((r) => r.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('the Hessian is (2/7)[[Σx², Σx], [Σx, 7]] with Σx² = 95.44 and Σx = 25.2', () => {
    // Σx² = 5.76 + 7.84 + 10.24 + 12.96 + 16 + 17.64 + 25 = 95.44;  Σx = 25.2
    expect(gd.bowl.hmmText).toBe(((2 / 7) * 95.44).toFixed(2));
    expect(gd.bowl.hmbText).toBe(((2 / 7) * 25.2).toFixed(2));
    expect(gd.bowl.hbbText).toBe('2');
    // λmax, λmin are the roots of λ² − tr·λ + det: check 2/λmax from them.
    const a = (2 / 7) * 95.44, c = (2 / 7) * 25.2;
    const tr = a + 2, det = 2 * a - c * c;
    const lmax = (tr + Math.sqrt(tr * tr - 4 * det)) / 2;
    expect(gd.bowl.alphaLimit).toBeCloseTo(2 / lmax, 12);
  });

  it('just below 2/λmax the descent converges, just above it diverges (any start)', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (m, b) => {
        const distance = (p: { m: number; b: number }) => Math.hypot(p.m - mse.minima[0][0], p.b - mse.minima[0][1]);
        const start = { m, b };
        fc.pre(distance(start) > 1e-3);
        const below = descend(start, gd.bowl.alphaLimit * 0.98, 3000);
        const above = descend(start, gd.bowl.alphaLimit * 1.02, 3000);
        expect(distance(below[below.length - 1])).toBeLessThan(distance(start));
        expect(distance(above[above.length - 1])).toBeGreaterThan(1e3 * distance(start));
      }),
      { numRuns: 30 },
    );
  });
});

describe('chapter 3: the helpers obey their laws', () => {
  it('the gradient by sums equals the core surface and centred differences at any line', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (m, b) => {
        const mine = gradientBySums({ m, b });
        const core = mse.gradient(m, b);
        const h = 1e-5;
        const dm = (mse.value(m + h, b) - mse.value(m - h, b)) / (2 * h);
        const db = (mse.value(m, b + h) - mse.value(m, b - h)) / (2 * h);
        expect(mine.gm).toBeCloseTo(core[0], 9);
        expect(mine.gb).toBeCloseTo(core[1], 9);
        expect(mine.gm).toBeCloseTo(dm, 5);
        expect(mine.gb).toBeCloseTo(db, 5);
      }),
    );
  });

  it('an epoch of ⌈n/B⌉ iterations covers every example once and has no empty batch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 5_000 }), (n, batch) => {
        const iters = iterationsPerEpoch(n, batch);
        expect(iters * batch).toBeGreaterThanOrEqual(n);
        expect((iters - 1) * batch).toBeLessThan(n);
      }),
    );
  });
});

describe('chapter 3: the challenges', () => {
  it('one step from (0.5, 0): Σxᵢrᵢ = 4.588, so m becomes 0.5 + 0.01·(2/7)·4.588', () => {
    // residuals y − 0.5x: 0.5, 0.45, 0.19, 0.15, 0.1, −0.1, 0.2
    // Σxr = 1.2 + 1.26 + 0.608 + 0.54 + 0.4 − 0.42 + 1.0 = 4.588
    expect(gd.handStep.sumXRText).toBe('4.5880');
    expect(gd.handStep.newM).toBeCloseTo(0.5 + 0.01 * (2 / 7) * 4.588, 12);
    expect(gd.handStep.newMText).toBe('0.5131');
  });

  it('50,000 examples in batches of 64: 781 full batches and one of 16, 782 iterations', () => {
    expect(gd.epochs.challengeIters).toBe(782);
    expect(gd.epochs.challengeLastText).toBe('16');
    expect(gd.epochs.exampleItersText).toBe('469'); // 60,000/128 = 468.75
  });

  it('3w₁² + ¼w₂² has curvatures 6 and ½, so α < 2/6 = 1/3', () => {
    expect(gd.stability.limit).toBeCloseTo(1 / 3, 15);
    expect(gd.stability.curvatureTexts).toEqual(['6', '0.5']);
  });

  it('784–30–20–10 has 24,380 parameters, so a centred gradient costs 48,760 evaluations', () => {
    // 784·30 + 30 + 30·20 + 20 + 20·10 + 10 = 23,520 + 30 + 600 + 20 + 200 + 10
    expect(gd.cost.challengeParams).toBe(24_380);
    expect(gd.cost.challengeCentred).toBe(48_760);
    expect(gd.cost.digitParamsText).toBe('11,935');
    expect(gd.cost.digitForwardText).toBe('11,936');
  });

  it('the ½-convention bug halves the gradient: relative error exactly 0.5', () => {
    expect(gd.numerical.halfBugErrText).toBe('0.50');
  });
});

describe("chapter 3: the widgets' default numbers", () => {
  it("the widget's own lowest points lie in the printed decades, below the printed errors", () => {
    const curves = errorCurves(makeCheckProblem());
    for (const formula of ['forward', 'centred'] as const) {
      const printed = gd.blobs.gradCheck[formula];
      const best = curves.best[formula];
      expect(best.h).toBeGreaterThanOrEqual(10 ** printed.lo);
      expect(best.h).toBeLessThan(10 ** (printed.lo + 1));
      expect(best.error).toBeLessThan(10 ** printed.errorBelow);
      expect(best.error).toBeGreaterThan(10 ** (printed.errorBelow - 1));
    }
    // Both curves' bottoms agree with the rules of thumb √ε and ∛ε to within a decade.
    expect(Math.abs(Math.log10(curves.best.forward.h) - Math.log10(Math.sqrt(Number.EPSILON)))).toBeLessThan(1);
    expect(Math.abs(Math.log10(curves.best.centred.h) - Math.log10(Math.cbrt(Number.EPSILON)))).toBeLessThan(1);
  });

  it('the step-size table overshoots: the last step ends above the start, the best below', () => {
    const rows = gd.blobs.stepSize.rows;
    const start = Number(gd.blobs.stepSize.startLossText);
    expect(rows[rows.length - 1].loss).toBeGreaterThan(start);
    expect(Math.min(...rows.map((r) => r.loss))).toBeLessThan(start);
    // For tiny steps the change equals the first-order prediction −s‖g‖².
    expect(rows[0].change).toEqual(rows[0].predicted);
  });

  it('the race: gradient descent ends lowest, random search highest', () => {
    const r = gd.blobs.race;
    expect(r.gradient.loss).toBeLessThan(r.local.loss);
    expect(r.local.loss).toBeLessThan(r.random.loss);
    expect(r.numericalCostText).toBe('10'); // N + 1 with N = 9
  });
});
