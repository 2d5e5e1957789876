/**
 * Inverted dropout: in training, each unit is kept with probability 1 − p and scaled by
 * 1/(1 − p), so the expected activation is unchanged and evaluation needs no rescaling.
 *   y = x ⊙ mask,  maskᵢ ∈ {0, 1/(1 − p)};   ∂L/∂x = ∂L/∂y ⊙ mask
 * A fresh mask is drawn from the seeded Rng on every forward pass (every replayed step), so
 * a run is reproducible from its seed. In evaluation, dropout is the identity.
 */
import { requireInRange } from '../errors';
import type { Rng } from '../random/prng';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export interface DropoutOptions {
  /** Probability of dropping a unit, 0 ≤ p < 1. */
  p: number;
  rng: Rng;
  /** False in evaluation: the input passes through untouched. */
  training: boolean;
}

export function dropout(a: Tensor, { p, rng, training }: DropoutOptions): Tensor {
  requireInRange('dropout', 'p', p, 0, 0.999999);
  if (!training || p === 0) return a;
  const mask = new Float64Array(a.size);
  const keep = 1 / (1 - p);
  return defineOp(
    'dropout', [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      // listing: dropout
      for (let i = 0; i < o.length; i++) {
        mask[i] = rng.next() < p ? 0 : keep;
        o[i] = x[i] * mask[i];
      }
      // listing: end
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] += g[i] * mask[i];
    },
    { p },
  );
}
