/**
 * Backtracking line search with the Armijo sufficient-decrease condition (Armijo 1966; Nocedal
 * and Wright, Numerical Optimization, Algorithm 3.1 with contraction ½):
 *
 *   accept the first η in η₀, η₀/2, η₀/4, … with  f(w₀ + ηd) ≤ f(w₀) + c₁ η ∇f(w₀)ᵀd
 */
import type { Objective } from './objective';

/** Armijo constant c₁ (Nocedal and Wright's suggested 1e-4). */
export const ARMIJO_C1 = 1e-4;

/** Halvings tried after η₀ before giving up (η₀ / 2³⁰ ≈ 1e-9 η₀). */
export const MAX_HALVINGS = 30;

/**
 * Searches along `d` from `w0`, where f0 = f(w0) and slope = ∇f(w0)ᵀd (negative for a descent
 * direction). On success writes the accepted point into `w`, its gradient into `grad`, and
 * returns η. If no η passes (or every trial value is NaN), restores `w` to `w0` and returns −1.
 * `w` must not alias `w0`. Allocates nothing.
 */
export function backtrackArmijo(
  objective: Objective,
  w0: Float64Array,
  d: Float64Array,
  f0: number,
  slope: number,
  eta0: number,
  w: Float64Array,
  grad: Float64Array,
): number {
  const n = w0.length;
  let eta = eta0;
  for (let halvings = 0; halvings <= MAX_HALVINGS; halvings++) {
    for (let i = 0; i < n; i++) w[i] = w0[i] + eta * d[i];
    const f = objective.valueAndGrad(w, grad);
    // Written so that a NaN value fails the test and we keep halving.
    if (f <= f0 + ARMIJO_C1 * eta * slope) return eta;
    eta *= 0.5;
  }
  w.set(w0);
  return -1;
}
