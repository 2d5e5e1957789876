// BowlPathPlot draws the bowl's contours from one grid on ±1 whatever the window ±R, because
// f(Rx, Ry) = R²·f(x, y). The law, checked: contours computed on ±R (as they were, per R) land on
// the same pixels as the unit grid's through unit scales.
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { createQuadratic, sampleGrid } from '../../../src/core';
import { contourPaths, levelsFor } from '../../../src/widgets/kit/plot/contours';
import { BOWL_LAMBDA_MIN } from '../../../src/widgets/descent/learningRate';

const PIXELS: [number, number] = [40, 400];

function pathsOn(kappa: number, r: number) {
  const grid = sampleGrid(createQuadratic({ conditionNumber: kappa, scale: BOWL_LAMBDA_MIN }), { x: [-r, r], y: [-r, r], nx: 81, ny: 81 });
  const x = scaleLinear([-r, r], PIXELS), y = scaleLinear([-r, r], [PIXELS[1], PIXELS[0]]);
  return contourPaths(grid, levelsFor(grid, 11, 'log'), x, y);
}

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('the bowl’s contours do not depend on the window', () => {
  for (const kappa of [1, 10, 100]) {
    it(`κ = ${kappa}: the ±R contours are the ±1 contours, on the same pixels, for R = 0.3, 2.5, 40`, () => {
      const unit = pathsOn(kappa, 1);
      expect(unit.some((p) => p.d.length > 0)).toBe(true);
      for (const r of [0.3, 2.5, 40]) {
        const scaled = pathsOn(kappa, r);
        expect(scaled.length).toBe(unit.length);
        scaled.forEach((p, k) => {
          expect(p.level / unit[k].level).toBeCloseTo(r * r, 6); // the levels scale by R²
          const a = numbers(p.d), b = numbers(unit[k].d);
          expect(a.length).toBe(b.length);
          a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(0.011)); // round2 of the same pixel
        });
      }
    });
  }
});
