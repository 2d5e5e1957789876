/** How the explorer samples and draws each surface. */
import { describe, expect, it } from 'vitest';
import { createSurface, sampleGrid, SURFACE_NAMES, type SurfaceName } from '../../../src/core';
import { subsampleGrid } from '../../../src/widgets/kit/plot/meshGeometry';
import { criticalSummary, gridSize, levelSpacing, minimaText, plotAspect, surfaceLevels } from '../../../src/widgets/surfaces/surfaceCatalog';
import { formatNumber, formatPoint } from '../../../src/widgets/surfaces/formatNumber';

const names = SURFACE_NAMES as readonly SurfaceName[];

describe('grids', () => {
  it('121 samples across; every third sample is the 3-D mesh, ends included (41 across)', () => {
    for (const name of names) {
      const s = createSurface(name);
      const { nx, ny } = gridSize(s.domain);
      expect(nx).toBe(121);
      expect((ny - 1) % 3, name).toBe(0);
      const grid = sampleGrid(s, { x: s.domain.x, y: s.domain.y, nx, ny });
      const mesh = subsampleGrid(grid, 3);
      expect(mesh.nx).toBe(41);
      expect(mesh.x[1]).toBeCloseTo(s.domain.x[1], 12);
      expect(mesh.y[1]).toBeCloseTo(s.domain.y[1], 12);
      expect(mesh.values[mesh.values.length - 1]).toBe(grid.values[grid.values.length - 1]);
    }
  });

  it('pictures are square, or as wide as the six-hump camel’s 4 × 2 window needs', () => {
    expect(plotAspect(createSurface('rosenbrock').domain)).toBe(1);
    expect(plotAspect(createSurface('sixHumpCamel').domain)).toBe(0.5);
    expect(gridSize(createSurface('sixHumpCamel').domain)).toEqual({ nx: 121, ny: 61 });
    expect(plotAspect(createSurface('linregMse').domain)).toBe(1); // 3.7 times taller in data units
  });
});

describe('levels', () => {
  it('log-spaced on the surfaces that never go negative, even on the saddles and the camel', () => {
    const spacing = Object.fromEntries(
      names.map((name) => {
        const s = createSurface(name);
        const g = sampleGrid(s, { x: s.domain.x, y: s.domain.y, nx: 121, ny: 121 });
        return [name, levelSpacing(g.min)];
      }),
    );
    expect(spacing).toEqual({
      quadratic: 'log',
      rosenbrock: 'log',
      beale: 'log',
      himmelblau: 'log',
      saddle: 'linear',
      monkeySaddle: 'linear',
      sixHumpCamel: 'linear',
      linregMse: 'log',
    });
  });

  it('Beale: the levels crowd into the valley, so its walls of 1.8·10⁵ do not wash it out', () => {
    // level k = range·10^(−3(1 − k/14)): below range/100 when k < 14/3 (5 levels), below
    // range/10 when k < 28/3 (10 levels); the first is range/1000
    const levels = surfaceLevels(0, 1.8e5);
    expect(levels).toHaveLength(14);
    expect(levels[0]).toBeCloseTo(180, 6);
    expect(levels.filter((l) => l < 1800)).toHaveLength(5);
    expect(levels.filter((l) => l < 18000)).toHaveLength(10);
    expect(surfaceLevels(NaN, 1)).toEqual([]);
  });
});

describe('words and numbers', () => {
  it('formats like a reader writes', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-2.6445135850231254)).toBe('−2.645');
    expect(formatNumber(181900)).toBe('1.819 × 10⁵');
    expect(formatNumber(3.2e-7, 2)).toBe('3.2 × 10⁻⁷');
    expect(formatNumber(1e-8)).toBe('10⁻⁸');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('not a number');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatPoint(1, -1)).toBe('(1, −1)');
  });

  it('lists minima and critical points from the core', () => {
    expect(minimaText(createSurface('rosenbrock'))).toBe('Lowest value 0, at (1, 1).');
    expect(minimaText(createSurface('saddle'))).toMatch(/unbounded below/);
    expect(criticalSummary(createSurface('himmelblau'))).toBe('Known critical points: 4 minima, 4 saddle points and 1 maximum.');
    expect(criticalSummary(createSurface('sixHumpCamel'))).toBe('Known critical points: 6 minima, 7 saddle points and 2 maxima.');
  });
});
