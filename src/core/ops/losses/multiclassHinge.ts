/**
 * Multiclass SVM (hinge) loss, the Weston–Watkins form used in CS231n:
 *   Lᵢ = Σ_{j ≠ yᵢ} max(0, sⱼ − s_{yᵢ} + Δ),   L = (1/n) Σᵢ Lᵢ
 *   each active margin (> 0) adds 1/n to ∂L/∂sⱼ and subtracts 1/n from ∂L/∂s_{yᵢ}.
 * Piecewise linear: the loss-surfaces chapter shows its kinks.
 */
import { requireFinite } from '../../errors';
import type { Tensor } from '../../tensor/tensor';
import { defineOp, gradOf } from '../define';
import { checkLabels, classScoresShape } from './labels';

export function multiclassHinge(scores: Tensor, labels: Tensor, margin = 1): Tensor {
  const op = 'multiclassHinge';
  requireFinite(op, 'margin', margin);
  const { n, k } = classScoresShape(op, scores, labels);
  checkLabels(op, labels.data, k); // once, not per replayed step (see labels.ts)
  return defineOp(
    op, [scores, labels], [],
    (out) => {
      const s = scores.data, y = labels.data;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const r = i * k, sy = s[r + y[i]];
        for (let j = 0; j < k; j++) {
          if (j === y[i]) continue;
          const m = s[r + j] - sy + margin;
          if (m > 0) total += m;
        }
      }
      out.data[0] = total / n;
    },
    (out) => {
      const gs = gradOf(scores), g = out.grad;
      if (!gs || !g) return;
      const s = scores.data, y = labels.data, f = g[0] / n;
      for (let i = 0; i < n; i++) {
        const r = i * k, sy = s[r + y[i]];
        for (let j = 0; j < k; j++) {
          if (j === y[i]) continue;
          if (s[r + j] - sy + margin > 0) {
            gs[r + j] += f;
            gs[r + y[i]] -= f;
          }
        }
      }
    },
    { margin },
  );
}
