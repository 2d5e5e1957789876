/**
 * Penalties on the weights (never on biases, batch-norm scales or shifts):
 *   l1:          λ Σ |w|                      ∂/∂w = λ sign(w)   (0 at w = 0)
 *   l2:          ½ λ Σ w²                     ∂/∂w = λ w         (the ½ makes the gradient λw)
 *   elasticNet:  λ₁ Σ |w| + ½ λ₂ Σ w²
 * Applied directly to the flat parameter vector after the data loss's backward pass: their
 * gradients are too simple to be worth graph nodes. Decoupled weight decay, a different thing
 * for adaptive optimizers, is an option of the training driver (train/train.ts).
 */
import { lookupName, requireInRange } from '../errors';
import type { ParameterSet } from '../tensor/parameters';

export type Regularizer =
  | { kind: 'none' }
  | { kind: 'l1'; lambda: number }
  | { kind: 'l2'; lambda: number }
  | { kind: 'elasticNet'; l1: number; l2: number };

export const regularizerFormulas: Record<Regularizer['kind'], string> = {
  none: '0',
  l1: '\\lambda \\sum_i |w_i|',
  l2: '\\tfrac{1}{2}\\lambda \\sum_i w_i^2',
  elasticNet: '\\lambda_1 \\sum_i |w_i| + \\tfrac{1}{2}\\lambda_2 \\sum_i w_i^2',
};

/** The (l1, l2) strengths of any regularizer, validated. */
export function strengths(reg: Regularizer): { l1: number; l2: number } {
  lookupName('regularizer', regularizerFormulas, reg.kind);
  const check = (name: string, x: number) => requireInRange('regularizer', name, x, 0, 1e6);
  switch (reg.kind) {
    case 'none': return { l1: 0, l2: 0 };
    case 'l1': return { l1: check('lambda', reg.lambda), l2: 0 };
    case 'l2': return { l1: 0, l2: check('lambda', reg.lambda) };
    case 'elasticNet': return { l1: check('l1', reg.l1), l2: check('l2', reg.l2) };
  }
}

/** Returns the penalty and, unless `withGrad` is false, adds its gradient into params.grads. */
export function applyRegularizer(params: ParameterSet, reg: Regularizer, withGrad = true): number {
  const { l1, l2 } = strengths(reg);
  if (l1 === 0 && l2 === 0) return 0;
  const w = params.values, g = params.grads;
  let penalty = 0;
  // listing: penalty
  for (const info of params.infos) {
    if (info.kind !== 'weight') continue;
    for (let i = info.offset; i < info.offset + info.size; i++) {
      const wi = w[i];
      penalty += l1 * Math.abs(wi) + 0.5 * l2 * wi * wi;
      if (withGrad) g[i] += l1 * (wi > 0 ? 1 : wi < 0 ? -1 : 0) + l2 * wi;
    }
  }
  // listing: end
  return penalty;
}
