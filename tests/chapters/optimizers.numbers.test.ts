/**
 * Chapter 4's numbers: the module checks its sentences itself (it throws, and the build fails, if
 * one breaks). These tests pin the values the prose and the challenges lean on to computations
 * by hand, from the closed forms the chapter prints.
 */
import { describe, expect, it } from 'vitest';
import { op } from '../../chapters/optimizers.numbers';

describe('chapter 4: momentum on a quadratic', () => {
  it('at κ = 25, α = 0.1, β = 0.9 both directions are underdamped: ρ = √0.9, ln 10 / ln(1/ρ) steps per tenfold', () => {
    // Slow: αλ = 0.1, discriminant (1 + 0.9 − 0.1)² − 4·0.9 = 3.24 − 3.6 < 0.
    // Fast: αλ = 2.5, discriminant (1.9 − 2.5)² − 3.6 = 0.36 − 3.6 < 0.
    expect(op.momentum.rateText).toBe('0.949');
    expect(op.momentum.tenfold).toBeCloseTo(Math.log(10) / -Math.log(Math.sqrt(0.9)), 12);
    expect(op.momentum.tenfoldText).toBe('43.7');
  });

  it('Polyak’s pair for curvatures 1 and 25 is α* = (2/6)² = 1/9, β* = (4/6)² = 4/9, rate 2/3', () => {
    expect(op.momentum.bestAlphaText).toBe('0.111');
    expect(op.momentum.bestBetaText).toBe('0.444');
    expect(op.momentum.bestRateText).toBe('0.667');
    // ln 10 / ln(3/2) = 5.68; gradient descent at α = 2/26: rate 24/26, ln 10 / ln(26/24) = 28.8.
    expect(op.momentum.bestTenfoldText).toBe('5.68');
    expect(op.momentum.gdTenfoldText).toBe('28.8');
  });

  it('κ = 100: √κ = 10 gives rate 9/11 against 99/101', () => {
    expect(op.momentum.tenfold100MomentumText).toBe((Math.log(10) / Math.log(11 / 9)).toFixed(1));
    expect(op.momentum.tenfold100GdText).toBe((Math.log(10) / Math.log(101 / 99)).toFixed(0));
  });

  it('the challenges: β* = (6/8)² for curvatures 1 and 49; α < 2(1 + 0.5)/10', () => {
    expect(op.momentum.pairBeta).toBe(0.5625);
    expect(op.momentum.pairAlphaText).toBe('0.0625');
    expect(op.momentum.pairRateText).toBe('0.75');
    expect(op.momentum.pairGdRateText).toBe('0.96');
    expect(op.momentum.limitAlpha).toBeCloseTo(0.3, 15);
    expect(op.momentum.limitWithoutText).toBe('0.2');
  });
});

describe('chapter 4: Adam’s first step', () => {
  it('without the bias correction it is (1 − β₁)/√(1 − β₂) = 0.1/√0.001 times α', () => {
    expect(op.adaptive.firstOff).toBeCloseTo(0.1 / Math.sqrt(0.001), 5);
    expect(op.adaptive.firstOffText).toBe('3.16');
  });
});

describe('chapter 4: the Hessian’s price', () => {
  it('11,935 weights: 11,935² = 142,444,225 entries, 1.14 GB', () => {
    expect(op.second.digitWeightsText).toBe('11,935');
    expect(op.second.digitEntriesText).toBe('142 million');
    expect(op.second.digitBytesText).toBe('1.14 GB');
  });

  it('a million weights: 8 × 10¹² bytes; (2/3)·10¹⁸ operations at 10¹¹ a second is 6.67 × 10⁶ s = 77.2 days', () => {
    expect(op.second.millionBytesText).toBe('8.00 TB');
    expect(op.second.millionSolveText).toBe(`${((2 / 3) * 1e7 / 86400).toFixed(1)} days`);
    // L-BFGS, m = 10: 2 · 10 · 10⁶ numbers of 8 bytes.
    expect(op.second.lbfgsBytesText).toBe('160 MB');
  });

  it('the challenge: 100,000 weights take 8 × 10¹⁰ bytes = 80 GB; L-BFGS 16 MB', () => {
    expect(op.second.challengeGigabytes).toBe(80);
    expect(op.second.challengeLbfgsText).toBe('16.0 MB');
  });
});

describe('chapter 4: the race’s presets', () => {
  it('in the long narrow valley Nesterov arrives before momentum, momentum before SGD', () => {
    expect(op.valley.nesterovArrives).toBeGreaterThan(0);
    expect(Number(op.valley.momentumText)).toBeGreaterThan(op.valley.nesterovArrives);
    expect(op.valley.sgdArrives).toBeGreaterThan(Number(op.valley.momentumText));
  });

  it('the saddle question’s right answer is one of its choices', () => {
    expect(op.saddle.choices).toContain(op.saddle.stays);
    expect(op.saddle.stays).toBe('Newton');
  });
});
