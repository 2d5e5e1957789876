/**
 * "Penalty geometry"'s arithmetic: the two-weight problem's optimum against hand solutions and
 * the optimality conditions, its λ path, the elastic net's two ends, the level sets through the
 * optimum, and the polynomial's coefficient bars (L1's exact zeros, L2's none).
 *
 * The two-weight data loss, worked once: X = 0.1·[1 1; 1 0; 0 1; −1 −1; −1 0; 0 −1], n = 6, so
 *   A = XᵀX/n = (0.01/6)·[4 2; 2 4] = (1/150)·[1 ½; ½ 1]: a₁₁ = a₂₂ = 1/150, a₁₂ = 1/300,
 *   and L(w) = 0.01 + (w − w*)ᵀA(w − w*) with w* = (1.6, 0.5); ∇L(w) = 2A(w − w*).
 */
import { describe, expect, it } from 'vitest';
import { NO_PENALTY, penalizedLeastSquares, penalizedObjective, polynomialDesign } from '../../src/core';
import {
  COEFFICIENT_DATA as DATA,
  COEFFICIENT_DEGREE,
  COEFFICIENT_RANGE,
  coefficientFit,
  DATA_LOSS_FLOOR,
  dataGradient,
  dataLoss,
  GEOMETRY_CURVATURE,
  GEOMETRY_N,
  GEOMETRY_X,
  GEOMETRY_Y,
  geometryGrid,
  geometryOptimum,
  geometryPath,
  logGrid,
  lossLevelSet,
  mixOf,
  originThreshold,
  penaltyLevelSet,
  penaltyOf,
  penaltyReport,
  penaltyShape,
  UNPENALIZED_OPTIMUM,
  unpenalizedFit,
  w2ZeroThreshold,
} from '../../src/widgets/penalty/penaltyModel';
import { penaltySchema } from '../../src/widgets/penalty/penaltySchema';
import { coefficientList, describeCoefficients, describeGeometry, normsText, optimumSentence, zerosText } from '../../src/widgets/penalty/penaltyText';

const LAMBDA = penaltySchema.lambda.default; // 0.015
const A11 = 1 / 150, A12 = 1 / 300, A22 = 1 / 150;
const PHI = polynomialDesign(DATA.x, COEFFICIENT_DEGREE);

/** The MSE of the polynomial at coefficients w. */
const mseAt = (w: Float64Array): number => penalizedObjective(PHI, DATA.y, DATA.n, COEFFICIENT_DEGREE + 1, w, NO_PENALTY);

describe('the two-weight data loss', () => {
  it('is the quadratic worked above: A = (1/150)[1 ½; ½ 1], w* = (1.6, 0.5), L* = 0.01', () => {
    expect(GEOMETRY_CURVATURE[0]).toBeCloseTo(A11, 15);
    expect(GEOMETRY_CURVATURE[1]).toBeCloseTo(A12, 15);
    expect(GEOMETRY_CURVATURE[2]).toBeCloseTo(A22, 15);
    expect(UNPENALIZED_OPTIMUM[0]).toBeCloseTo(1.6, 12);
    expect(UNPENALIZED_OPTIMUM[1]).toBeCloseTo(0.5, 12);
    expect(DATA_LOSS_FLOOR).toBeCloseTo(0.01, 14);
    // the core's unpenalized least squares agrees (to its 1e-10 interpolation ridge)
    const core = penalizedLeastSquares(GEOMETRY_X, GEOMETRY_Y, GEOMETRY_N, 2, NO_PENALTY, { unpenalized: 0 }).w;
    expect(core[0]).toBeCloseTo(1.6, 6);
    expect(core[1]).toBeCloseTo(0.5, 6);
    // L at (0, 0): 0.01 + w*ᵀAw* = 0.01 + (2.56 + 2·0.8·½ + 0.25)/150 = 0.01 + 3.61/150
    expect(dataLoss(0, 0)).toBeCloseTo(0.01 + 3.61 / 150, 14);
    const g = dataGradient([0, 0]); // −2Aw* = −(2/150)(1.6 + 0.25, 0.8 + 0.5)
    expect(g[0]).toBeCloseTo((-2 / 150) * 1.85, 14);
    expect(g[1]).toBeCloseTo((-2 / 150) * 1.3, 14);
  });

  it('its grid is 81 × 81 over the picture, computed once', () => {
    const grid = geometryGrid();
    expect(grid.nx).toBe(81);
    expect(grid.values).toHaveLength(81 * 81);
    expect(grid.values[0]).toBeCloseTo(dataLoss(grid.x[0], grid.y[0]), 14);
    expect(grid.values[81 * 81 - 1]).toBeCloseTo(dataLoss(grid.x[1], grid.y[1]), 14);
    expect(geometryGrid()).toBe(grid);
  });
});

describe('the penalized optimum of two weights', () => {
  it('L2 solves ∇L + λw = 0: (2A + λI)w = 2Aw*, by hand', () => {
    // λ = 0.015: 2A + λI = [0.028333 0.006667; 0.006667 0.028333], 2Aw* = (0.024667, 0.017333)
    // det = 0.028333² − 0.006667² = 0.00075833
    // w₁ = (0.028333·0.024667 − 0.006667·0.017333)/det = 0.76923 = 10/13
    // w₂ = (0.028333·0.017333 − 0.006667·0.024667)/det = 0.43077 = 5.6/13
    const m11 = 2 * A11 + LAMBDA, m12 = 2 * A12, r1 = 2 * (A11 * 1.6 + A12 * 0.5), r2 = 2 * (A12 * 1.6 + A22 * 0.5);
    const det = m11 * m11 - m12 * m12;
    const hand = [(m11 * r1 - m12 * r2) / det, (m11 * r2 - m12 * r1) / det];
    expect(hand[0]).toBeCloseTo(10 / 13, 12);
    expect(hand[1]).toBeCloseTo(5.6 / 13, 12);
    const w = geometryOptimum('l2', LAMBDA);
    expect(w[0]).toBeCloseTo(hand[0], 7);
    expect(w[1]).toBeCloseTo(hand[1], 7);
    const g = dataGradient(w);
    expect(g[0] + LAMBDA * w[0]).toBeCloseTo(0, 9);
    expect(g[1] + LAMBDA * w[1]).toBeCloseTo(0, 9);
    expect(w[1]).not.toBe(0);
  });

  it('L1 at the default λ puts w₂ exactly at 0 and satisfies the optimality conditions', () => {
    const w = geometryOptimum('l1', LAMBDA);
    expect(w[1]).toBe(0);
    // with w₂ = 0: ∂L/∂w₁ + λ = 0 → 2(a₁₁(w₁ − 1.6) − a₁₂·0.5) = −λ → w₁ = 1.6 + 0.25 − 75λ = 0.725
    expect(w[0]).toBeCloseTo(0.725, 10);
    const g = dataGradient(w);
    expect(g[0] + LAMBDA * Math.sign(w[0])).toBeCloseTo(0, 10); // nonzero: balances its penalty
    expect(Math.abs(g[1])).toBeLessThanOrEqual(LAMBDA); // zero: the data pulls less than λ
    // and it is the minimum of J: no nearby point does better
    const J = (a: number, b: number) => penalizedObjective(GEOMETRY_X, GEOMETRY_Y, GEOMETRY_N, 2, [a, b], { l1: LAMBDA, l2: 0 }, 0);
    for (const [da, db] of [[1e-3, 0], [-1e-3, 0], [0, 1e-3], [0, -1e-3], [1e-3, 1e-3]]) expect(J(w[0] + da, w[1] + db)).toBeGreaterThan(J(w[0], w[1]));
  });

  it('L1 zeroes w₂ from λ = 2·a₂₂(1 − ρ²)w₂*/(1 − ρ) = 0.01 and both weights from ‖∇L(0)‖∞ = 0.02467; L2 never', () => {
    expect(w2ZeroThreshold('l1')).toBeCloseTo(0.01, 8);
    expect(originThreshold('l1')).toBeCloseTo((2 / 150) * 1.85, 12);
    expect(geometryOptimum('l1', 0.0099)[1]).not.toBe(0);
    expect(geometryOptimum('l1', 0.0101)[1]).toBe(0);
    expect(geometryOptimum('l1', 0.025)).toEqual([0, 0]);
    expect(w2ZeroThreshold('l2')).toBeNull();
    expect(originThreshold('l2')).toBeNull();
    // the elastic net at α = 0.5 needs twice the λ to reach the origin
    expect(originThreshold('elasticNet', 0.5)).toBeCloseTo((4 / 150) * 1.85, 12);
  });

  it('the elastic net with mix 1 is L1, with mix 0 is L2', () => {
    for (const lambda of [1e-4, 0.005, LAMBDA, 0.03]) {
      expect(geometryOptimum('elasticNet', lambda, 1)).toEqual(geometryOptimum('l1', lambda));
      expect(geometryOptimum('elasticNet', lambda, 0)).toEqual(geometryOptimum('l2', lambda));
      expect(coefficientFit('elasticNet', lambda, 1).w).toEqual(coefficientFit('l1', lambda).w);
      expect(coefficientFit('elasticNet', lambda, 0).w).toEqual(coefficientFit('l2', lambda).w);
    }
    expect(penaltyOf('elasticNet', 0.02, 0.25)).toEqual({ l1: 0.005, l2: 0.015 });
    expect(mixOf('l1', 0.3)).toBe(1);
    expect(mixOf('l2', 0.3)).toBe(0);
  });

  it('refuses a bad λ, mix or kind, naming it', () => {
    expect(() => penaltyOf('l1', -1)).toThrow(/penaltyOf: lambda must be in \[0, 1000000\], got -1/);
    expect(() => mixOf('elasticNet', 1.5)).toThrow(/penalty mix: mix must be in \[0, 1\], got 1.5/);
    // @ts-expect-error: a kind the schema does not have
    expect(() => mixOf('l3', 0.5)).toThrow(/penalty mix: kind must be one of l2, l1, elasticNet, got l3/);
    expect(() => logGrid(1, 0.1, 5)).toThrow(/logGrid: need 0 < lo < hi/);
  });
});

describe('the λ path', () => {
  for (const kind of ['l2', 'l1', 'elasticNet'] as const) {
    it(`${kind}: starts at the unpenalized optimum, ends at the origin, shrinks ‖w‖ on the way`, () => {
      const path = geometryPath(kind);
      const last = path.w1.length - 1;
      expect(path.lambdas[0]).toBe(0);
      expect(path.lambdas[last]).toBe(Infinity);
      expect(path.w1[0]).toBeCloseTo(1.6, 12);
      expect(path.w2[0]).toBeCloseTo(0.5, 12);
      // the last solved point (λ = 10) is already near 0; the limit λ → ∞ is the origin itself
      expect(Math.hypot(path.w1[last - 1], path.w2[last - 1])).toBeLessThan(0.01);
      expect([path.w1[last], path.w2[last]]).toEqual([0, 0]);
      for (let k = 1; k <= last; k++) {
        expect(path.lambdas[k]).toBeGreaterThanOrEqual(path.lambdas[k - 1]);
        expect(penaltyShape([path.w1[k], path.w2[k]], mixOf(kind, 0.5))).toBeLessThanOrEqual(penaltyShape([path.w1[k - 1], path.w2[k - 1]], mixOf(kind, 0.5)) + 1e-12);
      }
      // every solved point is the optimum at its λ (warm starts change nothing)
      const k = Math.floor(last / 2);
      const cold = geometryOptimum(kind, path.lambdas[k]);
      expect(path.w1[k]).toBeCloseTo(cold[0], 9);
      expect(path.w2[k]).toBeCloseTo(cold[1], 9);
    });
  }

  it('L1’s path has its corner exactly where w₂ reaches 0', () => {
    const path = geometryPath('l1');
    const corner = path.lambdas.indexOf(w2ZeroThreshold('l1') ?? NaN);
    expect(corner).toBeGreaterThan(0);
    expect(path.w2[corner]).toBe(0);
    expect(path.w2[corner - 1]).toBeGreaterThan(0);
  });
});

describe('level sets through the optimum', () => {
  it('the penalty’s: a circle for L2, a diamond with corners on the axes for L1, through the optimum', () => {
    const w = [0.6, 0.8] as const;
    const circle = penaltyLevelSet(w, 0);
    for (let k = 0; k < circle.x.length; k += 17) expect(Math.hypot(circle.x[k], circle.y[k])).toBeCloseTo(1, 12);
    const diamond = penaltyLevelSet(w, 1);
    for (let k = 0; k < diamond.x.length; k += 13) expect(Math.abs(diamond.x[k]) + Math.abs(diamond.y[k])).toBeCloseTo(1.4, 12);
    // corners: the angle 0, π/2, … samples are exactly on the axes at distance 1.4
    expect(diamond.x[0]).toBeCloseTo(1.4, 12);
    expect(diamond.y[90]).toBeCloseTo(1.4, 12);
    const mixed = penaltyLevelSet(w, 0.3);
    const c = penaltyShape(w, 0.3);
    for (let k = 0; k < mixed.x.length; k += 11) expect(penaltyShape([mixed.x[k], mixed.y[k]], 0.3)).toBeCloseTo(c, 12);
    expect(penaltyLevelSet([0, 0], 0.5).x).toHaveLength(0);
  });

  it('the data loss’s: every point has the loss of the optimum', () => {
    const w = geometryOptimum('l1', LAMBDA);
    const ellipse = lossLevelSet(w);
    const level = dataLoss(w[0], w[1]);
    for (let k = 0; k < ellipse.x.length; k += 7) expect(dataLoss(ellipse.x[k], ellipse.y[k])).toBeCloseTo(level, 12);
    expect(lossLevelSet(UNPENALIZED_OPTIMUM).x).toHaveLength(0);
  });
});

describe('the polynomial’s coefficient bars', () => {
  it('L1’s count of exact zeros grows with λ; L2 has none at any λ', () => {
    const lambdas = [1e-4, 1e-3, 0.01, 0.1, 1];
    const l1 = lambdas.map((l) => coefficientFit('l1', l).zeros);
    for (let k = 1; k < l1.length; k++) expect(l1[k]).toBeGreaterThanOrEqual(l1[k - 1]);
    expect(l1[l1.length - 1]).toBe(COEFFICIENT_DEGREE); // λ = 1: everything but the constant is 0
    expect(l1[l1.length - 1]).toBeGreaterThan(l1[0]);
    for (const l of lambdas) expect(coefficientFit('l2', l).zeros).toBe(0);
    expect(coefficientFit('l1', LAMBDA).zeros).toBe(6);
  });

  it('L1’s zeros satisfy the optimality conditions of the polynomial’s objective', () => {
    const fit = coefficientFit('l1', LAMBDA);
    // the constant is free: its data gradient is 0; others balance λ or pull less than λ
    // (central differences of the MSE, h = 1e-6: error ~h², far below the digits checked)
    const h = 1e-6;
    for (let j = 0; j <= COEFFICIENT_DEGREE; j++) {
      const plus = Float64Array.from(fit.w), minus = Float64Array.from(fit.w);
      plus[j] += h;
      minus[j] -= h;
      const g = (mseAt(plus) - mseAt(minus)) / (2 * h);
      if (j === 0) expect(Math.abs(g)).toBeLessThan(1e-5);
      else if (fit.w[j] === 0) expect(Math.abs(g)).toBeLessThanOrEqual(LAMBDA + 1e-5);
      else expect(g + LAMBDA * Math.sign(fit.w[j])).toBeCloseTo(0, 5);
    }
  });

  it('the fixed axis holds every penalized coefficient on the slider; the unpenalized ones go beyond it', () => {
    for (const kind of ['l2', 'l1', 'elasticNet'] as const) {
      const w = coefficientFit(kind, penaltySchema.lambda.min).w;
      for (let j = 1; j < w.length; j++) expect(Math.abs(w[j])).toBeLessThan(COEFFICIENT_RANGE);
    }
    const un = unpenalizedFit();
    expect(Math.max(...Array.from(un.w.slice(1), Math.abs))).toBeGreaterThan(COEFFICIENT_RANGE);
    expect(un.zeros).toBe(0);
  });
});

describe('what the chapter prints, and the widget says', () => {
  it('the report at the defaults', () => {
    const r = penaltyReport();
    const [l2, l1, en] = r.kinds;
    expect(l2.optimum[0]).toBeCloseTo(10 / 13, 7);
    expect(l1.optimum).toEqual([0.7250000000000002, 0].map((v) => expect.closeTo(v, 12)));
    expect(l1.w2Zero).toBeCloseTo(0.01, 8);
    expect(l1.zeros).toBe(6);
    expect(l2.zeros).toBe(0);
    expect(en.zeros).toBe(3);
    expect(en.optimum[1]).toBeGreaterThan(0); // α = 0.5 at λ = 0.015 has not zeroed w₂ yet
    expect(en.w2Zero).toBeGreaterThan(LAMBDA);
  });

  it('readouts and descriptions', () => {
    const l1 = coefficientFit('l1', LAMBDA);
    expect(zerosText(l1)).toBe('6 of 9 coefficients are exactly zero');
    expect(zerosText(coefficientFit('l2', LAMBDA))).toBe('0 of 9 coefficients are exactly zero');
    expect(normsText(l1)).toMatch(/^‖w‖₁ = \d\.\d+, ‖w‖₂ = \d\.\d+$/);
    expect(optimumSentence([0.725, 0])).toBe('Penalized optimum (w₁, w₂) = (0.725, 0): w₂ is exactly 0.');
    expect(optimumSentence([0.7692, 0.4308])).toBe('Penalized optimum (w₁, w₂) = (0.769, 0.431): neither weight is zero.');
    expect(coefficientList([2, 4, 9])).toBe('w₂, w₄ and w₉');
    const geometry = describeGeometry({ kind: 'l1', lambda: LAMBDA, mix: 0.5, optimum: [0.725, 0], unpenalized: UNPENALIZED_OPTIMUM, w2Zero: 0.01, origin: 0.0247 });
    expect(geometry).toContain('(0.725, 0): w₂ is exactly 0');
    expect(geometry).toContain('a diamond, touches the data-loss contour through the same point, at its corner on the w₁ axis');
    expect(describeCoefficients('l1', LAMBDA, l1, unpenalizedFit())).toMatch(/6 of 9 coefficients are exactly zero\. w\S+(, w\S+)* and w\S+ are exactly zero\./);
  });
});

