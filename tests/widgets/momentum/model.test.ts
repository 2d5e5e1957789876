/**
 * The explorer's arithmetic: runs of momentum on the bowl (by hand, and against the core's
 * step matrix), divergence and its reason, each direction's regime and rate, Polyak's α*, β*,
 * and the phase diagram's grid against the core's roots.
 */
import { describe, expect, it } from 'vitest';
import { momentumMatrix, momentumRoots } from '../../../src/core';
import { BOWL_START, bowlCurvatures } from '../../../src/widgets/momentum/bowl';
import { directionReport, explorerReport, stepsPerTenfold } from '../../../src/widgets/momentum/directionReport';
import { DIVERGENCE_FACTOR, directionErrors, runMomentum } from '../../../src/widgets/momentum/momentumRun';
import { alphaAt, betaAt, criticalCurve, phaseGrid, rateToT, stabilityBoundary } from '../../../src/widgets/momentum/phaseGrid';
import { comparisonSentence, describeErrors, describePath, directionSentence, divergenceNote, regimeLabel } from '../../../src/widgets/momentum/regimeText';

describe('a run of momentum on the bowl', () => {
  it('takes the first two steps as worked by hand', () => {
    // κ = 25, α = 0.1, β = 0.9 from (−2.5, 2): ∇f = (x, 25y).
    // step 1: v = ∇f = (−2.5, 50);              w = (−2.5, 2) − 0.1·v = (−2.25, −3)
    // step 2: v = 0.9·(−2.5, 50) + (−2.25, −75) = (−4.5, −30);  w = (−2.25, −3) − 0.1·v = (−1.8, 0)
    const path = runMomentum(25, 0.1, 0.9, 2, [-2.5, 2]);
    expect(path.points[2]).toBeCloseTo(-2.25, 12);
    expect(path.points[3]).toBeCloseTo(-3, 12);
    expect(path.points[4]).toBeCloseTo(-1.8, 12);
    expect(path.points[5]).toBeCloseTo(0, 12);
    // f = ½(x² + 25y²): ½(6.25 + 100) = 53.125 at the start, ½(5.0625 + 225) = 115.03125 after one step
    expect(path.losses[0]).toBeCloseTo(53.125, 12);
    expect(path.losses[1]).toBeCloseTo(115.03125, 12);
    expect(path.divergedAt).toBeNull();
  });

  it('agrees with powers of the core step matrix along each direction', () => {
    // Each coordinate is one eigen-direction's error, moving by [e, v] ← M [e, v] with v₀ = 0.
    const kappa = 40, alpha = 0.03, beta = 0.75, steps = 60;
    const path = runMomentum(kappa, alpha, beta, steps, BOWL_START);
    const { lambdaMin, lambdaMax } = bowlCurvatures(kappa);
    [lambdaMin, lambdaMax].forEach((lambda, i) => {
      const [a, b, c, d] = momentumMatrix(alpha, beta, lambda);
      let e = BOWL_START[i], v = 0;
      const errors = directionErrors(path, i === 0 ? 'slow' : 'fast');
      for (let t = 1; t <= steps; t++) {
        [e, v] = [a * e + b * v, c * e + d * v];
        expect(errors[t]).toBeCloseTo(e, 10);
      }
    });
  });

  it('with β = 0 stops where gradient descent passes 10⁸ × the start, and blames the fast direction', () => {
    // κ = 25, α = 0.1: along y the factor is 1 − 2.5 = −1.5, so the loss is about 50·2.25ᵗ against a
    // start of 53.125: 2.25ᵗ > 1.0625·10⁸ first at t = 23 (2.25²² ≈ 5.6·10⁷, 2.25²³ ≈ 1.3·10⁸).
    const path = runMomentum(25, 0.1, 0, 100, BOWL_START);
    expect(path.divergedAt).toBe(23);
    expect(path.divergedAlong).toBe('fast');
    expect(path.losses[22]).toBeLessThanOrEqual(DIVERGENCE_FACTOR * path.losses[0]);
    expect(path.losses[23]).toBeGreaterThan(DIVERGENCE_FACTOR * path.losses[0]);
    const note = divergenceNote(path, explorerReport(25, 0.1, 0));
    expect(note).toBe('Diverged at step 23 along the fast direction: α·λmax = 2.5 > 2(1 + β) = 2, so its error grows by 1.5 per step.');
  });

  it('with momentum, diverges past α = 2(1 + β)/λmax and not before', () => {
    // κ = 25, β = 0.9: the boundary is 3.8/25 = 0.152.
    expect(runMomentum(25, 0.15, 0.9, 300, BOWL_START).divergedAt).toBeNull();
    const path = runMomentum(25, 0.2, 0.9, 300, BOWL_START);
    expect(path.divergedAt).not.toBeNull();
    expect(divergenceNote(path, explorerReport(25, 0.2, 0.9))).toMatch(/along the fast direction: α·λmax = 5 > 2\(1 \+ β\) = 3.8/);
  });

  it('names the operation and the bad value', () => {
    expect(() => runMomentum(25, 0.1, 1, 10, BOWL_START)).toThrow(/runMomentum.*beta.*got 1/);
    expect(() => runMomentum(25, -0.1, 0.5, 10, BOWL_START)).toThrow(/runMomentum.*alpha.*got -0.1/);
    expect(() => runMomentum(25, 0.1, 0.5, 10, [0, 0])).toThrow(/runMomentum.*minimum/);
  });
});

describe('each direction', () => {
  it('κ = 25, α = 0.1, β = 0.9: both underdamped at ρ = √0.9', () => {
    const r = explorerReport(25, 0.1, 0.9);
    const [slow, fast] = r.directions;
    // slow: μ² − (1.9 − 0.1)μ + 0.9 = 0 → μ = 0.9 ± 0.3i; fast: μ² − (1.9 − 2.5)μ + 0.9 → μ = −0.3 ± 0.9i
    expect(slow.roots.roots[0].re).toBeCloseTo(0.9, 12);
    expect(Math.abs(slow.roots.roots[0].im)).toBeCloseTo(0.3, 12);
    expect(fast.roots.roots[0].re).toBeCloseTo(-0.3, 12);
    expect(slow.regime).toBe('underdamped');
    expect(fast.regime).toBe('underdamped');
    expect(r.rate).toBeCloseTo(Math.sqrt(0.9), 12);
    // ln 10 / ln(1/√0.9) = 43.709 steps per tenfold
    expect(r.stepsPerTenfold).toBeCloseTo(43.709, 3);
    expect(directionSentence(slow, 0.9)).toBe('Complex roots 0.9 ± 0.3i of modulus √β = 0.949: the error oscillates as it shrinks, by 0.949 per step, 10× smaller every 43.7 steps.');
  });

  it('β = 0, α·λmax = 1.5: the fast direction is overdamped and zig-zags', () => {
    // κ = 25, α = 0.06: roots 1 − αλ and 0, so −0.5 along y and 0.94 along x.
    const fast = directionReport('fast', 0.06, 0, bowlCurvatures(25));
    expect(fast.regime).toBe('overdamped');
    expect(fast.zigzag).toBe(true);
    expect(fast.rate).toBeCloseTo(0.5, 12);
    expect(regimeLabel(fast)).toBe('overdamped, zig-zag');
    expect(regimeLabel(directionReport('slow', 0.06, 0, bowlCurvatures(25)))).toBe('overdamped');
  });

  it('at α*, β* as a link keeps them (6 digits), both directions read as critically damped', () => {
    // κ = 25: α* = (2/(1 + 5))² = 1/9, β* = ((5 − 1)/(5 + 1))² = 4/9, ρ = 2/3
    const r = explorerReport(25, 0.111111, 0.444444);
    expect(r.directions.map((d) => d.regime)).toEqual(['critically damped', 'critically damped']);
    expect(r.directions[0].zigzag).toBe(false);
    expect(r.directions[1].zigzag).toBe(true); // the fast direction's double root is −2/3
    expect(r.rate).toBeCloseTo(2 / 3, 3);
  });

  it('α* and β* for κ = 100 are (2/11)² and (9/11)², against gradient descent’s (κ − 1)/(κ + 1)', () => {
    const r = explorerReport(100, 0.01, 0.5);
    expect(r.optimal.alpha).toBeCloseTo(4 / 121, 14);
    expect(r.optimal.beta).toBeCloseTo(81 / 121, 14);
    expect(r.optimal.rate).toBeCloseTo(9 / 11, 14);
    expect(r.gradientDescent.alpha).toBeCloseTo(2 / 101, 14);
    expect(r.gradientDescent.rate).toBeCloseTo(99 / 101, 14);
    // per tenfold: ln 10 / ln(11/9) = 11.47 steps against ln 10 / ln(101/99) = 115.1
    expect(r.optimal.stepsPerTenfold).toBeCloseTo(11.475, 2);
    expect(r.gradientDescent.stepsPerTenfold).toBeCloseTo(115.12, 1);
    expect(comparisonSentence(r)).toMatch(/gradient descent at its best α = 2\/\(λmin \+ λmax\) = 0.0198 needs 115 steps per tenfold/);
  });

  it('describes the plots for screen readers with the numbers', () => {
    const r = explorerReport(25, 0.1, 0.9);
    const path = runMomentum(25, 0.1, 0.9, 2, BOWL_START);
    // after two steps (worked above) the point is (−1.8, 0): f = ½·3.24 = 1.62 = 0.0305 of 53.125
    expect(describePath(r, path, 2, BOWL_START)).toBe(
      'Momentum on the bowl ½(x² + 25·y²) from (−2.50, 2.00) with κ = 25, α = 0.1, β = 0.9. After 2 steps the point is at (−1.80, 0.00) and the loss is 0.0305 of the start.',
    );
    expect(describeErrors(r, path, 1)).toBe(
      "κ = 25, α = 0.1, β = 0.9: the slow direction is underdamped, its error shrinks by 0.949 per step; the fast direction is underdamped, its error shrinks by 0.949 per step. After 1 step the slow direction's error is 0.9 of its start and the fast direction's 1.5.",
    );
  });

  it('counts steps per tenfold shrink', () => {
    expect(stepsPerTenfold(0.1)).toBeCloseTo(1, 12);
    expect(stepsPerTenfold(0)).toBe(0);
    expect(stepsPerTenfold(1)).toBe(Infinity);
    expect(stepsPerTenfold(0.9)).toBeCloseTo(21.854, 3);
  });
});

describe('the phase diagram', () => {
  const grid = phaseGrid(25);

  it('each cell is the worse direction’s spectral radius from the core', () => {
    for (const [i, j] of [[0, 0], [17, 40], [60, 79], [119, 5], [90, 60]]) {
      const alpha = alphaAt(i), beta = betaAt(j);
      const want = Math.max(momentumRoots(alpha, beta, 1).spectralRadius, momentumRoots(alpha, beta, 25).spectralRadius);
      expect(grid.rates[j * grid.nx + i]).toBe(want);
    }
    // another κ after it (the slow direction's field is kept between calls)
    const steep = phaseGrid(100);
    for (const [i, j] of [[3, 70], [50, 50], [100, 10]]) {
      const alpha = alphaAt(i), beta = betaAt(j);
      expect(steep.rates[j * steep.nx + i]).toBe(Math.max(momentumRoots(alpha, beta, 1).spectralRadius, momentumRoots(alpha, beta, 100).spectralRadius));
    }
  });

  it('spans the axes edge to edge: log-uniform α, uniform β, cell centres', () => {
    // 120 columns over [0.001, 4]: the first centre is half a column in, 0.001·4000^(1/240)
    expect(alphaAt(0)).toBeCloseTo(0.001 * Math.pow(4000, 1 / 240), 15);
    expect(alphaAt(119)).toBeCloseTo(4 / Math.pow(4000, 1 / 240), 12);
    expect(betaAt(0)).toBeCloseTo(0.99 / 160, 15);
  });

  it('is underdamped at ρ = √β above the critical curves, and diverges right of the boundary', () => {
    const i = 80, j = 72; // α ≈ 0.26 > 2(1 + 0.89)/25 = 0.151: diverging
    expect(alphaAt(i)).toBeGreaterThan(2 * (1 + betaAt(j)) / 25);
    expect(grid.rates[j * grid.nx + i]).toBeGreaterThanOrEqual(1);
    expect(rateToT(grid.rates[j * grid.nx + i])).toBeNaN();
    // α = 0.05, β = 0.9: both directions complex (0.9 > (1 − √0.05)² and > (1 − √1.25)²), ρ = √0.9
    expect(explorerReport(25, 0.05, 0.9).rate).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(phaseGrid(25, 1, 1).rates.length).toBe(1);
  });

  it('colours ρ logarithmically in 1 − ρ', () => {
    expect(rateToT(0)).toBe(0);
    expect(rateToT(0.9)).toBeCloseTo(1 / 3, 12);
    expect(rateToT(0.99)).toBeCloseTo(2 / 3, 12);
    expect(rateToT(0.9999)).toBe(1);
    expect(rateToT(1)).toBeNaN();
  });

  it('draws the stability boundary and the critical curves from the core', () => {
    const b = stabilityBoundary(25, 3);
    expect(Array.from(b.betas)).toEqual([0, 0.495, 0.99]);
    expect(b.alphas[0]).toBeCloseTo(0.08, 14); // 2/25
    expect(b.alphas[2]).toBeCloseTo(3.98 / 25, 14);
    const c = criticalCurve(1, 3); // α = 0.001, √(0.004) = 0.0632, 4
    expect(c.betas[0]).toBeCloseTo((1 - Math.sqrt(0.001)) ** 2, 14);
    expect(c.betas[1]).toBeCloseTo((1 - Math.sqrt(Math.sqrt(0.004))) ** 2, 14);
    expect(c.betas[2]).toBeNaN(); // (1 − √4)² = 1 > 0.99: above the axis, so the line breaks
    expect(criticalCurve(0.25, 3).betas[2]).toBe(0); // (1 − √(4·0.25))² = 0: critical at β = 0
  });
});
