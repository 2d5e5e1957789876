/**
 * What the explorer needs to know about each of the core's surfaces beyond the core itself:
 * a name for the picker, the formula in words for screen readers, axis names, and how the
 * widget samples and draws it (grid size, contour spacing).
 */
import { type Surface, type SurfaceName } from '../../core';
import { autoLevels, type LevelSpacing } from '../kit';
import { formatNumber } from './formatNumber';

export interface SurfaceInfo {
  /** Shown in the Surface picker. */
  label: string;
  /** The formula and shape in words (screen readers; the formula itself is typeset). */
  words: string;
  /** Axis names: x and y, or slope m and intercept b for the line-fit error. */
  xName: string;
  yName: string;
}

export const SURFACE_INFO: { readonly [N in SurfaceName]: SurfaceInfo } = {
  quadratic: {
    label: 'Quadratic bowl',
    words: 'a quadratic bowl, one half of p transposed times A times p, whose curvature along one axis is the condition number times its curvature along the other',
    xName: 'x',
    yName: 'y',
  },
  rosenbrock: {
    label: 'Rosenbrock valley',
    words: 'Rosenbrock’s function, (1 − x)² + 100 (y − x²)²: a narrow valley curving along the parabola y = x², steep across and nearly flat along',
    xName: 'x',
    yName: 'y',
  },
  beale: {
    label: 'Beale function',
    words: 'Beale’s function, a sum of three squared residuals (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²: flat plateaus and walls that rise to about 180,000 in the corners',
    xName: 'x',
    yName: 'y',
  },
  himmelblau: {
    label: 'Himmelblau’s function',
    words: 'Himmelblau’s function, (x² + y − 11)² + (x + y² − 7)²: four valleys of equal depth around a central hump',
    xName: 'x',
    yName: 'y',
  },
  saddle: {
    label: 'Saddle x² − y²',
    words: 'the saddle x² − y²: a valley along x and a ridge along y',
    xName: 'x',
    yName: 'y',
  },
  monkeySaddle: {
    label: 'Monkey saddle',
    words: 'the monkey saddle x³ − 3xy²: three valleys and three ridges meet at the origin, where the gradient and the whole Hessian vanish',
    xName: 'x',
    yName: 'y',
  },
  sixHumpCamel: {
    label: 'Six-hump camel',
    words: 'the six-hump camel function (4 − 2.1x² + x⁴/3)x² + xy + (4y² − 4)y²: six valleys, two of them deepest',
    xName: 'x',
    yName: 'y',
  },
  linregMse: {
    label: 'Line-fit error (chapter 1)',
    words: 'the mean squared error of the line y = m x + b over chapter 1’s seven points, as a function of the slope m and the intercept b: a long, tilted bowl whose lowest point is the least-squares line',
    xName: 'slope m',
    yName: 'intercept b',
  },
};

export { makeSurface, surfaceChoice, type SurfaceSettings } from './surfaceSettings';

/** Samples per mesh side (41: 40 × 40 faces); the contour grid is three times finer. */
export const MESH_SIDE = 41;
export const CONTOUR_EVERY = 3;

/**
 * Height ÷ width of the pictures of a window: the window's own aspect where it is between ½ and
 * 1 (a square window is drawn square, the six-hump camel's 4 × 2 twice as wide as high), else
 * the nearest of those (the line-fit error's window is 3.7 times taller than wide in data units,
 * but its two axes measure different things, so it is drawn square).
 */
export function plotAspect(domain: Surface['domain']): number {
  const sx = domain.x[1] - domain.x[0], sy = domain.y[1] - domain.y[0];
  return Math.min(1, Math.max(0.5, sy / sx));
}

/**
 * Contour grid size for a window: 121 samples across, proportionally fewer up (by the picture's
 * aspect), each side 1 more than a multiple of 3 so that every third sample gives the 3-D mesh
 * exactly, ends included (41 × 41 samples, 40 × 40 faces, for a square).
 */
export function gridSize(domain: Surface['domain']): { nx: number; ny: number } {
  const cells = (MESH_SIDE - 1) * CONTOUR_EVERY;
  return { nx: cells + 1, ny: CONTOUR_EVERY * Math.round(((MESH_SIDE - 1) * plotAspect(domain))) + 1 };
}

/** Contour levels on every surface. */
export const LEVEL_COUNT = 14;

/**
 * Level spacing: a surface that is never negative over its window is a loss, whose interesting
 * part is the low valley, so its levels are log-spaced above the minimum (Beale's walls reach
 * 1.8·10⁵ while its valley floor is below 1); a surface that goes negative (a saddle) is shown
 * with evenly spaced levels, so zero and the sign change read plainly.
 */
export function levelSpacing(min: number): LevelSpacing {
  return min >= 0 ? 'log' : 'linear';
}

/** The contour levels for a grid's value range (the same for the map and the 3-D view). */
export function surfaceLevels(min: number, max: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  return autoLevels(min, max, LEVEL_COUNT, levelSpacing(min));
}

/** "minimum 0 at (1, 1)" style list of the known global minima, for the description. */
export function minimaText(surface: Surface): string {
  if (surface.minima.length === 0) return 'It has no minimum: it is unbounded below.';
  const pts = surface.minima.map(([x, y]) => `(${formatNumber(x)}, ${formatNumber(y)})`);
  const value = formatNumber(surface.value(surface.minima[0][0], surface.minima[0][1]));
  return `Lowest value ${value}, at ${pts.join(' and ')}.`;
}

/** "4 minima, 4 saddle points and 1 maximum". */
export function criticalSummary(surface: Surface): string {
  const count = (kind: string) => surface.criticalPoints.filter((c) => c.kind === kind).length;
  const part = (n: number, one: string, many: string) => (n === 0 ? null : `${n} ${n === 1 ? one : many}`);
  const parts = [part(count('minimum'), 'minimum', 'minima'), part(count('saddle'), 'saddle point', 'saddle points'), part(count('maximum'), 'maximum', 'maxima')].filter(
    (p): p is string => p !== null,
  );
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0] ?? 'none';
  return `Known critical points: ${list}.`;
}
