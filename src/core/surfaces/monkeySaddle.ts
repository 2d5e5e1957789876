/**
 * The monkey saddle f = x³ − 3xy² = Re((x + iy)³): three valleys (two for the legs, one for
 * the tail) meet at the origin. There the gradient and the whole Hessian vanish, so the
 * second-derivative test cannot classify it: a degenerate critical point.
 */
import { defineSurface } from './surface';
import type { Surface } from './surface';

const value = (x: number, y: number): number => x * x * x - 3 * x * y * y;

// ∇f = (3x² − 3y², −6xy)
function gradient(x: number, y: number, out: Float64Array): void {
  out[0] = 3 * x * x - 3 * y * y;
  out[1] = -6 * x * y;
}

// ∇²f = [[6x, −6y], [−6y, −6x]]: traceless, so never a strict minimum or maximum
function hessian(x: number, y: number, out: Float64Array): void {
  out[0] = 6 * x;
  out[1] = -6 * y;
  out[2] = -6 * y;
  out[3] = -6 * x;
}

export function createMonkeySaddle(): Surface {
  return defineSurface({
    name: 'monkeySaddle',
    title: 'Monkey saddle',
    formula: 'f(x, y) = x^3 - 3xy^2',
    value,
    gradient,
    hessian,
    minima: [], // unbounded below along the three valleys
    // A saddle by shape; classifyCriticalPoint calls it 'degenerate' since ∇²f = 0 there.
    criticalPoints: [{ point: [0, 0], kind: 'saddle' }],
    domain: { x: [-1.5, 1.5], y: [-1.5, 1.5] },
    start: [1, 0.01],
  });
}
