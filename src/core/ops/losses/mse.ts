/**
 * Mean squared error (1/n) Σ (pᵢ − tᵢ)² — no ½ in front: this is the MSE the chapters print.
 *   ∂L/∂pᵢ = 2(pᵢ − tᵢ)/n       ∂L/∂tᵢ = −2(pᵢ − tᵢ)/n
 */
import { ShapeError } from '../../errors';
import { formatShape } from '../../tensor/shape';
import type { Tensor } from '../../tensor/tensor';
import { defineOp, gradOf } from '../define';

export function mse(predictions: Tensor, targets: Tensor): Tensor {
  const n = predictions.size;
  if (targets.size !== n) {
    throw new ShapeError('mse', `predictions ${formatShape(predictions.shape)} and targets ${formatShape(targets.shape)} differ in size`);
  }
  if (n === 0) throw new ShapeError('mse', 'no examples');
  return defineOp(
    'mse', [predictions, targets], [],
    (out) => {
      const p = predictions.data, t = targets.data;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const d = p[i] - t[i];
        s += d * d;
      }
      out.data[0] = s / n;
    },
    (out) => {
      const g = out.grad;
      if (!g) return;
      const gp = gradOf(predictions), gt = gradOf(targets), p = predictions.data, t = targets.data;
      const f = (2 * g[0]) / n;
      for (let i = 0; i < n; i++) {
        const d = f * (p[i] - t[i]);
        if (gp) gp[i] += d;
        if (gt) gt[i] -= d;
      }
    },
  );
}
