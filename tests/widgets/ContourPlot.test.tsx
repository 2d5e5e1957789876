// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { type GeoStream, contours, geoPath, geoTransform, scaleLinear } from 'd3';
import { afterEach, describe, expect, it } from 'vitest';
import { ContourPlot } from '../../src/widgets/kit/plot/ContourPlot';
import { autoLevels, contourPaths, logLevels } from '../../src/widgets/kit/plot/contours';
import type { GridLike } from '../../src/widgets/kit/plot/grid';
import { PlotFrame } from '../../src/widgets/kit/plot/PlotFrame';

afterEach(cleanup);

/** f(x, y) = x² + y² on [−1, 1]², 41 × 41 samples: the centre (0, 0) is sample (20, 20). */
function paraboloid(n = 41, sign = 1): GridLike {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = -1 + (2 * i) / (n - 1), y = -1 + (2 * j) / (n - 1);
      values[j * n + i] = sign * (x * x + y * y);
    }
  }
  return { values, nx: n, ny: n, x: [-1, 1], y: [-1, 1] };
}

const numbersIn = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('ContourPlot', () => {
  it('renders one filled path per level', () => {
    const levels = [0.1, 0.25, 0.5, 1];
    const { container } = render(
      <PlotFrame label="bowl" x={[-1, 1]} y={[-1, 1]}>
        <ContourPlot grid={paraboloid()} levels={levels} />
      </PlotFrame>,
    );
    const paths = container.querySelectorAll('path[data-level]');
    expect(paths).toHaveLength(4);
    expect([...paths].map((p) => Number(p.getAttribute('data-level')))).toEqual(levels);
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M/);
  });

  it('renders N paths for a count N, log-spaced levels geometric', () => {
    const { container } = render(
      <PlotFrame label="bowl" x={[-1, 1]} y={[-1, 1]}>
        <ContourPlot grid={paraboloid()} levels={6} spacing="log" />
      </PlotFrame>,
    );
    const levels = [...container.querySelectorAll('path[data-level]')].map((p) => Number(p.getAttribute('data-level')));
    expect(levels).toHaveLength(6);
    // min is 0 at the centre, so the levels themselves are geometric: constant ratio.
    const ratios = levels.slice(1).map((l, k) => l / levels[k]);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 10);
    expect(ratios[0]).toBeCloseTo(10 ** 0.5, 10); // 3 decades over 6 levels
  });

  it('places the contour where the surface crosses the level (half-cell offset handled)', () => {
    // On the hill −(x² + y²), the region ≥ −0.25 is the disc of radius 0.5 (on the bowl it would
    // be the square minus that disc). With x ↦ 100(x + 1) the disc spans pixels 50 … 150.
    const scale = scaleLinear().domain([-1, 1]).range([0, 200]);
    const [circle] = contourPaths(paraboloid(41, -1), [-0.25], scale, scale);
    const xs = numbersIn(circle.d).filter((_, k) => k % 2 === 0);
    expect(Math.min(...xs)).toBeCloseTo(50, 0);
    expect(Math.max(...xs)).toBeCloseTo(150, 0);
  });
});

describe('levels', () => {
  it('logLevels are geometric and end exactly at both ends', () => {
    const l = logLevels(0.01, 100, 5);
    expect(l[0]).toBe(0.01);
    expect(l[4]).toBe(100);
    for (let k = 1; k < 5; k++) expect(l[k] / l[k - 1]).toBeCloseTo(10, 10);
    expect(() => logLevels(0, 1, 3)).toThrow(/0 < lo < hi/);
  });

  it('autoLevels stay strictly inside (min, max)', () => {
    for (const spacing of ['linear', 'log'] as const) {
      const l = autoLevels(2, 10, 8, spacing);
      expect(l).toHaveLength(8);
      expect(Math.min(...l)).toBeGreaterThan(2);
      expect(Math.max(...l)).toBeLessThan(10);
    }
    expect(autoLevels(0, 9, 2, 'linear')).toEqual([3, 6]);
  });
});

describe('contourPaths', () => {
  /** What d3-geo's geoPath wrote for the same regions (the kit's path writer replaced it). */
  function geoPathReference(grid: GridLike, levels: number[], x: ReturnType<typeof scaleLinear<number, number>>, y: ReturnType<typeof scaleLinear<number, number>>): string[] {
    const dx = (grid.x[1] - grid.x[0]) / (grid.nx - 1), dy = (grid.y[1] - grid.y[0]) / (grid.ny - 1);
    const toPlot = geoTransform({
      point(this: { stream: GeoStream }, cx: number, cy: number) {
        this.stream.point(x(grid.x[0] + (cx - 0.5) * dx), y(grid.y[0] + (cy - 0.5) * dy));
      },
    });
    const path = geoPath(toPlot).digits(2);
    return contours().size([grid.nx, grid.ny]).thresholds(levels)(Array.from(grid.values)).map((p) => path(p) ?? '');
  }

  it('writes the same SVG paths as d3.geoPath, holes included', () => {
    const x = scaleLinear([-1, 1], [0, 300]), y = scaleLinear([-1, 1], [200, 0]);
    // A bowl (rings), a dome (discs), and a wavy surface whose levels have holes and islands.
    const wavy: GridLike = (() => {
      const n = 37, values = new Float64Array(n * n);
      for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = Math.sin(i / 3) * Math.cos(j / 4) + 0.1 * i;
      return { values, nx: n, ny: n, x: [-1, 1], y: [-1, 1] };
    })();
    const written: string[] = [];
    for (const [grid, levels] of [[paraboloid(), [0.1, 0.5, 1.5]], [paraboloid(41, -1), [-1.5, -0.5]], [wavy, [-0.5, 0, 0.5, 1.5, 3]]] as const) {
      const ours = contourPaths(grid, levels, x, y).map((c) => c.d);
      expect(ours).toEqual(geoPathReference(grid, [...levels], x, y));
      written.push(...ours);
    }
    // the comparison covered regions of several rings (islands or holes), not only single rings
    expect(written.filter((d) => (d.match(/M/g) ?? []).length > 1).length).toBeGreaterThan(2);
  });
});
