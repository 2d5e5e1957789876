/**
 * The saddle f = x² − y²: a minimum along x, a maximum along y. Gradient descent started on
 * the x-axis slides into the critical point at the origin and stays; any offset in y grows
 * geometrically (by 1 + 2η per step) and carries it away.
 */
import { defineSurface } from './surface';
import type { Surface } from './surface';

const value = (x: number, y: number): number => x * x - y * y;

// ∇f = (2x, −2y)
function gradient(x: number, y: number, out: Float64Array): void {
  out[0] = 2 * x;
  out[1] = -2 * y;
}

// ∇²f = diag(2, −2): eigenvalues of opposite sign, the signature of a saddle
function hessian(_x: number, _y: number, out: Float64Array): void {
  out[0] = 2;
  out[1] = 0;
  out[2] = 0;
  out[3] = -2;
}

export function createSaddle(): Surface {
  return defineSurface({
    name: 'saddle',
    title: 'Saddle',
    formula: 'f(x, y) = x^2 - y^2',
    value,
    gradient,
    hessian,
    minima: [], // unbounded below along y
    criticalPoints: [{ point: [0, 0], kind: 'saddle' }],
    domain: { x: [-2, 2], y: [-2, 2] },
    start: [1.5, 0.01],
  });
}
