/** Revealing the map: which valley a point drains into, and the sentences the widget says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basinOf, minimaOf } from '../../../src/widgets/descent/basin';
import { altitudeText, revealText, slopeAt, walkMessage } from '../../../src/widgets/descent/darkText';
import { LANDSCAPES, mapSpan } from '../../../src/widgets/descent/landscapes';
import { formatFixed, formatNumber, formatPercent } from '../../../src/widgets/descent/numberText';
import { gradientStep, manualStep, startWalk } from '../../../src/widgets/descent/walk';

const H = LANDSCAPES.himmelblau;
const C = LANDSCAPES.sixHumpCamel;
const step = (land: typeof H) => mapSpan(land) / 400;

describe('basins', () => {
  it('Himmelblau: near (3, 2) the slope leads to (3, 2), one of four equally low minima', () => {
    const b = basinOf(H.surface, [2.6, 2.4], step(H));
    expect(b).toMatchObject({ point: [3, 2], kind: 'minimum', global: true });
    expect(b?.f).toBe(0);
  });

  it('the camel: from the widget’s start, a valley that is not the lowest', () => {
    // The camel's lowest points are (±0.0898, ∓0.7127), f ≈ −1.0316; (−1.7036, 0.7961) is a
    // local minimum with f ≈ −0.2155.
    const b = basinOf(C.surface, C.start, step(C));
    expect(b?.kind).toBe('minimum');
    expect(b?.global).toBe(false);
    expect(b?.point[0]).toBeCloseTo(-1.7036067149699812, 12);
    expect(b?.f).toBeCloseTo(-0.2155, 4);
  });

  it('a point exactly on a saddle stays there (the gradient is zero)', () => {
    expect(basinOf(C.surface, [0, 0], step(C))).toMatchObject({ kind: 'saddle', point: [0, 0] });
  });

  it('a point a little off a minimum drains back into it (property)', () => {
    const minima = minimaOf(C.surface);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: minima.length - 1 }), fc.double({ min: -0.02, max: 0.02, noNaN: true }), fc.double({ min: -0.02, max: 0.02, noNaN: true }), (k, dx, dy) => {
        const m = minima[k].point;
        const b = basinOf(C.surface, [m[0] + dx, m[1] + dy], step(C));
        expect(b?.point).toEqual(m);
      }),
      { numRuns: 100 },
    );
  });

  it('lists the camel’s six minima lowest first, the two lowest marked', () => {
    const minima = minimaOf(C.surface);
    expect(minima.length).toBe(6);
    expect(minima.filter((m) => m.global).length).toBe(2);
    for (let i = 1; i < minima.length; i++) expect(minima[i].f).toBeGreaterThanOrEqual(minima[i - 1].f);
  });
});

describe('what the widget says', () => {
  it('names a local valley and where the lowest points are', () => {
    const text = revealText(basinOf(C.surface, C.start, step(C)), C, false, C.lampRadius);
    expect(text).toContain('valley floor at (−1.70, 0.80), altitude −0.2155');
    expect(text).toContain('It is not the lowest');
    expect(text).toContain('(0.09, −0.71) and (−0.09, 0.71)');
  });

  it('calls a Himmelblau minimum one of the four lowest, printing its altitude as 0', () => {
    const text = revealText(basinOf(H.surface, [-2.7, 3], step(H)), H, false, H.lampRadius);
    expect(text).toContain('(−2.81, 3.13), altitude 0: one of the four lowest points');
  });

  it('reports a lost climber with the step, the slope and the step length', () => {
    const w = gradientStep(startWalk(H, [-5, -5]), H, 0.1);
    const msg = walkMessage(w, H, null);
    expect(msg?.tone).toBe('danger');
    // |∇f| at (−5, −5) = |(−154, −242)| = 286.8…; α·|∇f| = 28.7
    expect(msg?.text).toContain('Gradient step 1 threw the climber off the map');
    expect(msg?.text).toContain('the slope is 287');
    expect(msg?.text).toContain('was 28.7 long');
  });

  it('says where the map ends', () => {
    const w = manualStep(startWalk(H, [5, 0]), H, 'E', 0.4);
    expect(walkMessage(w, H, 'east')?.text).toBe('The map ends here: no further east.');
  });

  it('gives no downhill direction on level ground', () => {
    expect(slopeAt(H, [3, 2]).downhill).toBeNull();
    expect(slopeAt(H, [0, 0]).downhill).toBe('north-east'); // −∇f = (14, 22)
    expect(slopeAt(H, [3.0001, 2], 1).downhill).toBeNull();
  });
});

describe('numbers in words', () => {
  it('writes powers of ten and a real minus sign', () => {
    expect(formatNumber(5.2e-10)).toBe('5.2 × 10⁻¹⁰');
    expect(formatNumber(1e8)).toBe('10⁸');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(12345)).toBe('12,300');
    expect(formatNumber(1.96)).toBe('1.96');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatPercent(0.0462)).toBe('4.62%');
    expect(formatFixed(-0.001)).toBe('0.00');
    expect(formatFixed(-2.5)).toBe('−2.50');
    expect(altitudeText(7.9e-31)).toBe('0');
    expect(altitudeText(179.123)).toBe('179.1');
  });
});
