/**
 * Beale's function f = Σᵢ tᵢ², tᵢ = cᵢ − x + x yⁱ with c = (1.5, 2.25, 2.625) (Beale, 1958):
 * a sum of squared residuals, like a loss, zero at (3, ½) where all three residuals vanish.
 * Flat plateaus and sharp ridges make step sizes matter.
 */
import { defineSurface } from './surface';
import type { Surface } from './surface';

const C1 = 1.5, C2 = 2.25, C3 = 2.625;

function value(x: number, y: number): number {
  const t1 = C1 - x + x * y;
  const t2 = C2 - x + x * y * y;
  const t3 = C3 - x + x * y * y * y;
  return t1 * t1 + t2 * t2 + t3 * t3;
}

// Chain rule on Σ tᵢ²: ∇f = 2 Σ tᵢ ∇tᵢ, ∇t₁ = (y − 1, x), ∇t₂ = (y² − 1, 2xy), ∇t₃ = (y³ − 1, 3xy²).
function gradient(x: number, y: number, out: Float64Array): void {
  const y2 = y * y, y3 = y2 * y;
  const t1 = C1 - x + x * y, t2 = C2 - x + x * y2, t3 = C3 - x + x * y3;
  out[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
  out[1] = 2 * (t1 * x + t2 * 2 * x * y + t3 * 3 * x * y2);
}

// ∇²f = 2 Σ (∇tᵢ ∇tᵢᵀ + tᵢ ∇²tᵢ), with ∂²tᵢ/∂x² = 0, ∂²tᵢ/∂x∂y = i yⁱ⁻¹, ∂²tᵢ/∂y² = i(i − 1) x yⁱ⁻².
function hessian(x: number, y: number, out: Float64Array): void {
  const y2 = y * y, y3 = y2 * y;
  const t1 = C1 - x + x * y, t2 = C2 - x + x * y2, t3 = C3 - x + x * y3;
  const a1 = y - 1, a2 = y2 - 1, a3 = y3 - 1; // ∂tᵢ/∂x
  const b1 = x, b2 = 2 * x * y, b3 = 3 * x * y2; // ∂tᵢ/∂y
  out[0] = 2 * (a1 * a1 + a2 * a2 + a3 * a3);
  out[1] = 2 * (a1 * b1 + a2 * b2 + a3 * b3 + t1 + t2 * 2 * y + t3 * 3 * y2);
  out[2] = out[1];
  out[3] = 2 * (b1 * b1 + b2 * b2 + b3 * b3 + t2 * 2 * x + t3 * 6 * x * y);
}

export function createBeale(): Surface {
  return defineSurface({
    name: 'beale',
    title: 'Beale function',
    formula: String.raw`f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2`,
    value,
    gradient,
    hessian,
    minima: [[3, 0.5]],
    // Found by Newton's method from a grid over the domain (see the tests).
    criticalPoints: [
      { point: [3, 0.5], kind: 'minimum' },
      { point: [0, 1], kind: 'saddle' },
      { point: [0.1005379373241583, -2.6445135850231254], kind: 'saddle' },
    ],
    domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    start: [1, 1.5],
  });
}
