/** The surfaces every generic test runs on: each registry default plus parameter variants. */
import type { Surface } from '../../../src/core/surfaces/surface';
import { SURFACE_NAMES, createSurface } from '../../../src/core/surfaces/registry';
import { createQuadratic } from '../../../src/core/surfaces/quadratic';
import { createRosenbrock } from '../../../src/core/surfaces/rosenbrock';
import { createLinregMse } from '../../../src/core/surfaces/linregMse';

export interface Case {
  readonly label: string;
  readonly surface: Surface;
  /** Where finite differences are meaningful (L1's kink at m = 0 excluded). */
  readonly smoothAt?: (x: number, y: number) => boolean;
}

export const CASES: readonly Case[] = [
  ...SURFACE_NAMES.map((name) => ({ label: `${name} (defaults)`, surface: createSurface(name) })),
  {
    label: 'quadratic κ=50, 37°, c=(1,−2), scale 0.5',
    surface: createQuadratic({ conditionNumber: 50, rotationDeg: 37, center: [1, -2], scale: 0.5 }),
  },
  { label: 'rosenbrock a=−0.5, b=10', surface: createRosenbrock({ a: -0.5, b: 10 }) },
  {
    label: 'linregMse, 5 points, l2=0.3',
    surface: createLinregMse({ xs: [-1, 0.5, 2, 3, 7], ys: [2, 1, 0.4, -1, -3], l2: 0.3 }),
  },
  {
    label: 'linregMse linreg7, l1=0.05, l2=0.01',
    surface: createLinregMse({ l1: 0.05, l2: 0.01 }),
    smoothAt: (m) => Math.abs(m) > 1e-3,
  },
];
