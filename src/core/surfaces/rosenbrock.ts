/**
 * Rosenbrock's banana valley f = (a − x)² + b (y − x²)² (Rosenbrock, 1960). The valley floor
 * y = x² is easy to find and hard to follow: its curvature across (≈ 2b) dwarfs its curvature
 * along, so plain gradient descent crawls toward the minimum at (a, a²).
 */
import { defineSurface } from './surface';
import type { Surface } from './surface';
import { requireFinite } from '../errors';
import { requirePositive } from '../errors';
import { texNumber } from './tex';

export interface RosenbrockParams {
  /** Sets the minimum (a, a²). */
  readonly a: number;
  /** Steepness of the valley walls (> 0). */
  readonly b: number;
}

export const ROSENBROCK_DEFAULTS: Readonly<RosenbrockParams> = Object.freeze({ a: 1, b: 100 });

export function createRosenbrock(params: Partial<RosenbrockParams> = {}): Surface {
  const op = 'rosenbrock';
  const p = { ...ROSENBROCK_DEFAULTS, ...params };
  const a = requireFinite(op, 'a', p.a);
  const b = requirePositive(op, 'b', p.b);

  const value = (x: number, y: number): number => {
    const u = a - x, v = y - x * x;
    return u * u + b * v * v;
  };
  // fx = −2(a − x) − 4b x (y − x²),  fy = 2b (y − x²)
  const gradient = (x: number, y: number, out: Float64Array): void => {
    const v = y - x * x;
    out[0] = -2 * (a - x) - 4 * b * x * v;
    out[1] = 2 * b * v;
  };
  // fxx = 2 − 4b (y − x²) + 8b x²,  fxy = −4b x,  fyy = 2b
  const hessian = (x: number, y: number, out: Float64Array): void => {
    out[0] = 2 - 4 * b * (y - x * x) + 8 * b * x * x;
    out[1] = -4 * b * x;
    out[2] = out[1];
    out[3] = 2 * b;
  };

  const min: [number, number] = [a, a * a];
  return defineSurface({
    name: 'rosenbrock',
    title: 'Rosenbrock valley',
    formula: String.raw`f(x, y) = (${texNumber(a)} - x)^2 + ${texNumber(b)}\,(y - x^2)^2`,
    value,
    gradient,
    hessian,
    minima: [min],
    criticalPoints: [{ point: min, kind: 'minimum' }],
    domain: {
      x: [Math.min(-2, a - 1), Math.max(2, a + 1)],
      y: [Math.min(-1, a * a - 1), Math.max(3, a * a + 1)],
    },
    start: [-1.2, 1],
  });
}
