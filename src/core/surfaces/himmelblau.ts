/**
 * Himmelblau's function f = (x² + y − 11)² + (x + y² − 7)² (Himmelblau, 1972): four global
 * minima, all with f = 0, so where an optimizer ends up depends on where it starts.
 */
import { defineSurface } from './surface';
import type { Surface } from './surface';

function value(x: number, y: number): number {
  const u = x * x + y - 11, v = x + y * y - 7;
  return u * u + v * v;
}

// fx = 4x u + 2v,  fy = 2u + 4y v,  with u = x² + y − 11, v = x + y² − 7
function gradient(x: number, y: number, out: Float64Array): void {
  const u = x * x + y - 11, v = x + y * y - 7;
  out[0] = 4 * x * u + 2 * v;
  out[1] = 2 * u + 4 * y * v;
}

// fxx = 4u + 8x² + 2 = 12x² + 4y − 42,  fxy = 4x + 4y,  fyy = 4v + 8y² + 2 = 4x + 12y² − 26
function hessian(x: number, y: number, out: Float64Array): void {
  out[0] = 12 * x * x + 4 * y - 42;
  out[1] = 4 * x + 4 * y;
  out[2] = out[1];
  out[3] = 4 * x + 12 * y * y - 26;
}

// To full double precision by Newton's method (checked in the tests); (3, 2) is exact.
const MINIMA: [number, number][] = [
  [3, 2],
  [-2.805118086952745, 3.131312518250573],
  [-3.779310253377747, -3.2831859912861696],
  [3.5844283403304917, -1.8481265269644036],
];

export function createHimmelblau(): Surface {
  return defineSurface({
    name: 'himmelblau',
    title: "Himmelblau's function",
    formula: String.raw`f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`,
    value,
    gradient,
    hessian,
    minima: MINIMA,
    criticalPoints: [
      ...MINIMA.map((point) => ({ point, kind: 'minimum' as const })),
      { point: [-0.2708445906673476, -0.9230385564799816], kind: 'maximum' },
      { point: [3.385154183607021, 0.07385187983774928], kind: 'saddle' },
      { point: [0.08667750455539636, 2.884254701174776], kind: 'saddle' },
      { point: [-3.0730257507643897, -0.08135304428796751], kind: 'saddle' },
      { point: [-0.12796134673068008, -1.9537149802445766], kind: 'saddle' },
    ],
    domain: { x: [-5, 5], y: [-5, 5] },
    start: [0, 0],
  });
}
