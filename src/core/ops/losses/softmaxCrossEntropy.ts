/**
 * Mean cross-entropy of softmax(scores) against class labels, fused so that it never
 * overflows: with m = maxⱼ zⱼ,
 *   Lᵢ = log Σⱼ e^{zⱼ} − z_y = m + log Σⱼ e^{zⱼ − m} − z_y        (log-sum-exp)
 *   ∂L/∂zⱼ = (softmax(z)ⱼ − [j = y]) / n
 */
import type { Tensor } from '../../tensor/tensor';
import { defineOp, gradOf } from '../define';
import { checkLabels, classScoresShape } from './labels';

export function softmaxCrossEntropy(scores: Tensor, labels: Tensor): Tensor {
  const op = 'softmaxCrossEntropy';
  const { n, k } = classScoresShape(op, scores, labels);
  checkLabels(op, labels.data, k); // once, not per replayed step (see labels.ts)
  const probs = new Float64Array(n * k); // kept from forward for backward
  return defineOp(
    op, [scores, labels], [],
    (out) => {
      const z = scores.data, y = labels.data;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const r = i * k;
        let m = -Infinity;
        for (let j = 0; j < k; j++) if (z[r + j] > m) m = z[r + j];
        let s = 0;
        for (let j = 0; j < k; j++) {
          const e = Math.exp(z[r + j] - m);
          probs[r + j] = e;
          s += e;
        }
        for (let j = 0; j < k; j++) probs[r + j] /= s;
        total += m + Math.log(s) - z[r + y[i]];
      }
      out.data[0] = total / n;
    },
    // listing: backward
    (out) => {
      const gz = gradOf(scores), g = out.grad;
      if (!gz || !g) return;
      const y = labels.data, f = g[0] / n;
      for (let i = 0; i < n; i++) {
        const r = i * k;
        for (let j = 0; j < k; j++) gz[r + j] += f * probs[r + j];
        gz[r + y[i]] -= f;
      }
    },
    // listing: end
  );
}
