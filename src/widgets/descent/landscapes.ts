/**
 * The night-time landscapes of "Descending in the dark": two of the core's surfaces with many
 * valleys, each with its map window, a starting point, and step length, learning rate and lamp
 * radius that suit its scale (Himmelblau's function is 10 wide and rises to 890; the camel is
 * 4 wide and rises to 18, so one set of numbers cannot fit both).
 */
import { createHimmelblau, createSixHumpCamel, type Surface } from '../../core';
import type { Vec2 } from '../state';

export type LandscapeName = 'himmelblau' | 'sixHumpCamel';

export interface Landscape {
  readonly name: LandscapeName;
  /** Shown in the Landscape picker. */
  readonly label: string;
  /** The shape in words, for screen readers and the reveal. */
  readonly words: string;
  readonly surface: Surface;
  /** The map: x ∈ [lo, hi], y ∈ [lo, hi]. Walking stops at its edge. */
  readonly x: Vec2;
  readonly y: Vec2;
  /** Where the climber starts unless the link says otherwise. */
  readonly start: Vec2;
  /** A manual stride and a gradient-descent α that suit the scale (the widget's defaults). */
  readonly stepLength: number;
  readonly alpha: number;
  /** Radius of the lit disc, in map units. */
  readonly lampRadius: number;
  /** Grid samples across the map for the heatmap (the other side follows the aspect). */
  readonly samples: number;
}

export const LANDSCAPE_NAMES: readonly LandscapeName[] = ['himmelblau', 'sixHumpCamel'];

export const LANDSCAPES: { readonly [N in LandscapeName]: Landscape } = {
  himmelblau: {
    name: 'himmelblau',
    label: 'Himmelblau: four valleys',
    words: 'Himmelblau’s function: a hump in the middle and four valleys around it, all equally deep',
    surface: createHimmelblau(),
    x: [-5, 5],
    y: [-5, 5],
    start: [-0.5, -0.5],
    stepLength: 0.4,
    alpha: 0.01,
    lampRadius: 1.25,
    samples: 161,
  },
  sixHumpCamel: {
    name: 'sixHumpCamel',
    label: 'Six-hump camel: six valleys',
    words: 'the six-hump camel function: six valleys of different depths, the two deepest near the middle',
    surface: createSixHumpCamel(),
    x: [-2, 2],
    y: [-1.5, 1.5],
    start: [-1.5, 1.2],
    stepLength: 0.15,
    alpha: 0.05,
    lampRadius: 0.45,
    samples: 161,
  },
};

/** Is p on the map (edges included)? */
export function onMap(land: Landscape, [x, y]: Vec2): boolean {
  return x >= land.x[0] && x <= land.x[1] && y >= land.y[0] && y <= land.y[1];
}

/** p moved onto the map, each coordinate clamped to its interval. */
export function clampToMap(land: Landscape, [x, y]: Vec2): Vec2 {
  return [Math.min(land.x[1], Math.max(land.x[0], x)), Math.min(land.y[1], Math.max(land.y[0], y))];
}

/** Width of the map (the larger side): the unit "a step longer than the map" is measured in. */
export function mapSpan(land: Landscape): number {
  return Math.max(land.x[1] - land.x[0], land.y[1] - land.y[0]);
}
