/**
 * Newton's step with the numbers substituted: H = ∇²f(w), p = H⁻¹g, w ← w − αp (newton.ts,
 * no ridge in the race). p is printed from the 2 × 2 inverse; the point after the step is the
 * core's own (passed in), so the last digits never disagree with the path. L-BFGS gets a
 * sentence: its memory of up to m pairs (s, y) is too large to print.
 */
import { num, pos, vec, type Pair } from './stepFormat';

/** H row-major [a, b, c, d]; `next` the core's point after the step. */
export function newtonLines(hessian: readonly number[], w: Pair, g: Pair, lr: number, next: Pair): string[] {
  const [a, b, c, d] = hessian;
  const det = a * d - b * c;
  const p: Pair = [(d * g[0] - b * g[1]) / det, (a * g[1] - c * g[0]) / det];
  return [
    `H = ∇²f(w) = [${num(a)}, ${num(b)}; ${num(c)}, ${num(d)}],  g = ${vec(g)}`,
    `p = H⁻¹g = ${vec(p)}`,
    `w ← ${pos(w)} − ${num(lr)}·${vec(p)} = ${pos(next)}`,
  ];
}

export function lbfgsLines(history: number, w: Pair, g: Pair, next: Pair): string[] {
  return [
    `g = ${vec(g)}. L-BFGS turns g into a direction with an inverse-Hessian estimate built from its last ${history} pairs (s, y) of steps and gradient changes (the two-loop recursion), then searches along it for a step that lowers f enough: too many numbers to print here.`,
    `w ← ${pos(w)} → ${pos(next)}`,
  ];
}
