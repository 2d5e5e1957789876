/**
 * Gradient descent's loss at every iterate, placed at the evaluation where it was measured:
 * L(W_t) is the first evaluation of step t, number t·c + 1 (1-based) for a step cost c. The
 * best-so-far curve hides an overshoot (it never rises); this curve shows it. Thinned to at
 * most `maxPoints` by keeping every k-th iterate, plus the highest one.
 */
import type { CurvePoints } from './curvePoints';

export function stepLosses(losses: ArrayLike<number>, stepCost: number, maxPoints = 1500): CurvePoints {
  const n = losses.length;
  const every = Math.max(1, Math.ceil(n / maxPoints));
  let peak = 0;
  for (let t = 1; t < n; t++) if (losses[t] > losses[peak]) peak = t;
  const picked = new Set<number>([peak]);
  for (let t = 0; t < n; t += every) picked.add(t);
  if (n > 0) picked.add(n - 1);
  const keep = [...picked].filter((t) => t < n).sort((a, b) => a - b);
  const x = new Float64Array(keep.length);
  const y = new Float64Array(keep.length);
  keep.forEach((t, j) => {
    x[j] = t * stepCost + 1;
    y[j] = losses[t];
  });
  return { x, y };
}
