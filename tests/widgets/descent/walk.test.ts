/** The climber's walk in "Descending in the dark": strides, gradient steps, the edge, getting lost. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANDSCAPES } from '../../../src/widgets/descent/landscapes';
import {
  canStep,
  compassOf,
  currentPoint,
  gradientStep,
  manualStep,
  MAX_STEPS,
  startWalk,
  stepCounts,
  type Walk,
} from '../../../src/widgets/descent/walk';

const H = LANDSCAPES.himmelblau; // f = (x² + y − 11)² + (x + y² − 7)² on [−5, 5]²

describe('strides by hand', () => {
  it('go exactly one step length in the chosen direction (north is +y)', () => {
    let w = startWalk(H, [0, 0]);
    w = manualStep(w, H, 'N', 0.4);
    expect(currentPoint(w)).toMatchObject({ x: 0, y: 0.4, kind: 'manual' });
    w = manualStep(w, H, 'NE', 0.4);
    // a diagonal stride of 0.4 moves 0.4·√½ ≈ 0.28284 along each axis
    expect(currentPoint(w).x).toBeCloseTo(0.28284271247461906, 15);
    expect(currentPoint(w).y).toBeCloseTo(0.4 + 0.28284271247461906, 15);
    // altitude by hand at (0, 0.4): (0.4 − 11)² + (0.16 − 7)² = 112.36 + 46.7856
    expect(w.points[1].f).toBeCloseTo(159.1456, 10);
    expect(stepCounts(w)).toEqual({ manual: 2, gradient: 0 });
  });

  it('stop at the edge of the map, and say so', () => {
    let w = startWalk(H, [4.9, 0]);
    w = manualStep(w, H, 'E', 0.4);
    expect(currentPoint(w)).toMatchObject({ x: 5, y: 0 });
    expect(w.atEdge).toBe(true);
    const again = manualStep(w, H, 'E', 0.4);
    expect(again.points.length).toBe(w.points.length); // pressed against the edge: no new point
    expect(again.atEdge).toBe(true);
    expect(manualStep(again, H, 'W', 0.4).atEdge).toBe(false);
  });

  it(`end the walk after ${MAX_STEPS} steps`, () => {
    let w = startWalk(H, [0, 0]);
    for (let i = 0; i < MAX_STEPS; i++) w = manualStep(w, H, i % 2 === 0 ? 'N' : 'S', 0.1);
    expect(w.status).toBe('full');
    expect(canStep(w)).toBe(false);
    expect(manualStep(w, H, 'N', 0.1)).toBe(w);
  });
});

describe('gradient steps', () => {
  it('take p − α∇f(p): from (0, 0) with α = 0.01, to (0.14, 0.22)', () => {
    // u = x² + y − 11 = −11, v = x + y² − 7 = −7; ∇f = (4xu + 2v, 2u + 4yv) = (−14, −22)
    // p − 0.01·∇f = (0.14, 0.22); f there = (0.0196 + 0.22 − 11)² + (0.14 + 0.0484 − 7)² = 162.1841…
    const w = gradientStep(startWalk(H, [0, 0]), H, 0.01);
    const p = currentPoint(w);
    expect(p.x).toBeCloseTo(0.14, 15);
    expect(p.y).toBeCloseTo(0.22, 15);
    expect(p.f).toBeCloseTo(162.18410272, 8);
    expect(p.kind).toBe('gradient');
    expect(w.status).toBe('walking');
  });

  it('with a small α, never go uphill (property)', () => {
    // α = 0.001 is below 2/L for Himmelblau's curvature on the map, so each step descends.
    const coord = fc.double({ min: -4.9, max: 4.9, noNaN: true });
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        const w = gradientStep(startWalk(H, [x, y]), H, 0.001);
        expect(currentPoint(w).f).toBeLessThanOrEqual(w.points[0].f + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('come to rest at the bottom of a valley', () => {
    let w = startWalk(H, [2.5, 2.5]);
    for (let i = 0; i < 300 && w.status === 'walking'; i++) w = gradientStep(w, H, 0.01);
    expect(w.status).toBe('resting');
    const p = currentPoint(w);
    // Rest means a step under 10⁻⁴ of the map (10⁻³ here). Near (3, 2) the gentler curvature
    // is about 26, so a step α·26·d that short leaves d ≈ 10⁻³/0.26 ≈ 0.004 to go.
    expect(Math.hypot(p.x - 3, p.y - 2)).toBeLessThan(0.01); // the valley floor at (3, 2)
    expect(canStep(w)).toBe(true); // resting stops Play, not the reader
  });

  it('lose the climber when a step lands off the map, naming the step and its length', () => {
    // From (−5, −5): u = 25 − 5 − 11 = 9, v = −5 + 25 − 7 = 13, ∇f = (−180 + 26, 18 − 260) = (−154, −242);
    // α = 0.1 moves by (15.4, 24.2): to (10.4, 19.2), off the map, at step 1.
    const w = gradientStep(startWalk(H, [-5, -5]), H, 0.1);
    expect(w.status).toBe('lost');
    expect(w.lost).toMatchObject({ step: 1, reason: 'offMap' });
    expect(w.lost?.to[0]).toBeCloseTo(10.4, 12);
    expect(w.lost?.to[1]).toBeCloseTo(19.2, 12);
    expect(w.lost?.length).toBeCloseTo(0.1 * Math.hypot(154, 242), 12);
    expect(canStep(w)).toBe(false);
    expect(gradientStep(w, H, 0.1)).toBe(w);
    expect(manualStep(w, H, 'N', 0.4)).toBe(w);
  });
});

describe('compass directions', () => {
  it('names the nearest of eight directions', () => {
    expect(compassOf(1, 0)).toBe('E');
    expect(compassOf(0, 2)).toBe('N');
    expect(compassOf(-1, -1)).toBe('SW');
    expect(compassOf(1, -0.3)).toBe('E'); // 17° below east is still east
    expect(compassOf(1, -0.5)).toBe('SE'); // 27° below east is nearer south-east
    expect(compassOf(0, 0)).toBeNull();
  });
});

describe('a fresh walk', () => {
  it('starts on the map even from a start off it', () => {
    const c = LANDSCAPES.sixHumpCamel; // x ∈ [−2, 2], y ∈ [−1.5, 1.5]
    const w: Walk = startWalk(c, [4, -3]);
    expect(currentPoint(w)).toMatchObject({ x: 2, y: -1.5, kind: 'start' });
  });
});
