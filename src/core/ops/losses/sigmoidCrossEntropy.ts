/**
 * Mean binary cross-entropy of σ(z) against targets t ∈ [0, 1], fused and stable:
 *   Lᵢ = −t log σ(z) − (1 − t) log(1 − σ(z)) = max(z, 0) − z·t + log(1 + e^{−|z|})
 *   ∂L/∂zᵢ = (σ(zᵢ) − tᵢ) / n
 */
import { ShapeError } from '../../errors';
import { formatShape } from '../../tensor/shape';
import type { Tensor } from '../../tensor/tensor';
import { sigmoidScalar } from '../activations';
import { defineOp, gradOf } from '../define';
import { checkProbabilities } from './labels';

export function sigmoidCrossEntropy(logits: Tensor, targets: Tensor): Tensor {
  const op = 'sigmoidCrossEntropy';
  const n = logits.size;
  if (targets.size !== n) {
    throw new ShapeError(op, `logits ${formatShape(logits.shape)} and targets ${formatShape(targets.shape)} differ in size`);
  }
  if (n === 0) throw new ShapeError(op, 'no examples');
  // Once, here, not in the forward rule: a training loop replays that rule every step.
  checkProbabilities(op, targets.data);
  return defineOp(
    op, [logits, targets], [],
    (out) => {
      const z = logits.data, t = targets.data;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const zi = z[i], ti = t[i];
        total += (zi > 0 ? zi : 0) - zi * ti + Math.log1p(Math.exp(-Math.abs(zi)));
      }
      out.data[0] = total / n;
    },
    (out) => {
      const gz = gradOf(logits), g = out.grad;
      if (!gz || !g) return;
      const z = logits.data, t = targets.data, f = g[0] / n;
      for (let i = 0; i < n; i++) gz[i] += f * (sigmoidScalar(z[i]) - t[i]);
    },
  );
}
