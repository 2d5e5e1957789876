/**
 * Finite-difference and Newton helpers for the surface tests.
 *
 * Derivatives are checked against the fourth-order central stencil
 *   f'(t) ≈ (−f(t + 2h) + 8 f(t + h) − 8 f(t − h) + f(t − 2h)) / 12h,
 * whose truncation error is h⁴ f⁽⁵⁾/30. The plain two-point stencil's error h² f'''/6 is
 * already ~1e-6 relative on Rosenbrock, Beale and the camel at h = 1e-5 (measured), which would
 * hide a 1e-7 discrepancy; with the five-point stencil and h = 1e-4 what is left is rounding,
 * about 2e-12·|f| / (size of the derivative).
 */
import type { Surface, Vec2 } from '../../../src/core/surfaces/surface';

export const H = 1e-4;

/**
 * |a − n| / max(|a|, |n|, floor), 0 when both are equal (both zero included). `floor` is the
 * size below which a derivative counts as zero to within the stencil's own rounding error
 * divided by the tolerance; the tests pass ≈ 5× that estimate.
 */
export function relErr(a: number, n: number, floor: number): number {
  if (a === n) return 0;
  return Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor);
}

/** The five-point central difference of g at 0. */
export function stencil(g: (t: number) => number, h = H): number {
  return (-g(2 * h) + 8 * g(h) - 8 * g(-h) + g(-2 * h)) / (12 * h);
}

/** Numerical gradient of f at (x, y). */
export function fdGradient(s: Surface, x: number, y: number, h = H): Vec2 {
  return [stencil((t) => s.value(x + t, y), h), stencil((t) => s.value(x, y + t), h)];
}

/** Numerical Jacobian of the analytic gradient, row-major [Hxx, Hxy, Hyx, Hyy]. */
export function fdHessian(s: Surface, x: number, y: number, h = H): number[] {
  // H[i][j] = ∂g_i/∂p_j
  return [
    stencil((t) => s.gradient(x + t, y)[0], h),
    stencil((t) => s.gradient(x, y + t)[0], h),
    stencil((t) => s.gradient(x + t, y)[1], h),
    stencil((t) => s.gradient(x, y + t)[1], h),
  ];
}

/** Newton's method on ∇f = 0 from p, with the analytic gradient and Hessian. */
export function newtonRefine(s: Surface, p: Vec2, steps = 60): Vec2 {
  let [x, y] = p;
  for (let k = 0; k < steps; k++) {
    const [gx, gy] = s.gradient(x, y);
    const [a, b, , d] = s.hessianAt(x, y);
    const det = a * d - b * b;
    if (det === 0 || !Number.isFinite(det)) break;
    const dx = (d * gx - b * gy) / det, dy = (a * gy - b * gx) / det;
    x -= dx;
    y -= dy;
    if (dx === 0 && dy === 0) break;
  }
  return [x, y];
}

export const norm = (v: ArrayLike<number>): number => Math.hypot(...Array.from(v));
