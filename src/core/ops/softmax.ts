/**
 * Softmax along the last axis, for reading off class probabilities. (Training uses the fused
 * softmaxCrossEntropy, which is stabler and cheaper.)
 *   yⱼ = e^{zⱼ − m} / Σₖ e^{zₖ − m}  with m = max z;   ∂L/∂zⱼ = yⱼ (gⱼ − Σₖ gₖ yₖ)
 */
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export function softmax(a: Tensor): Tensor {
  const k = a.shape.length === 0 ? 1 : a.shape[a.shape.length - 1];
  const rows = k === 0 ? 0 : a.size / k;
  return defineOp(
    'softmax', [a], a.shape,
    (out) => {
      const z = a.data, y = out.data;
      for (let r = 0; r < rows; r++) {
        const o = r * k;
        let m = -Infinity;
        for (let j = 0; j < k; j++) if (z[o + j] > m) m = z[o + j];
        let s = 0;
        for (let j = 0; j < k; j++) s += y[o + j] = Math.exp(z[o + j] - m);
        for (let j = 0; j < k; j++) y[o + j] /= s;
      }
    },
    (out) => {
      const ga = gradOf(a), g = out.grad, y = out.data;
      if (!ga || !g) return;
      for (let r = 0; r < rows; r++) {
        const o = r * k;
        let dot = 0;
        for (let j = 0; j < k; j++) dot += g[o + j] * y[o + j];
        for (let j = 0; j < k; j++) ga[o + j] += y[o + j] * (g[o + j] - dot);
      }
    },
  );
}
