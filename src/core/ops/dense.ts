/**
 * A fully connected layer as one op: y = act(x·W + b) for x [m, k], W [k, n], b [n].
 * Fusing saves what separate matmul, add and tanh nodes cost on every training step: two
 * [m, n] intermediates with their gradient buffers and four extra passes over them. The
 * activation's derivative is read from the output y, which is all it needs:
 *   tanh′ = 1 − y²,  σ′ = y(1 − y),  relu′ = [y > 0],  leaky′ = 1 or α (y > 0 ⇔ z > 0 for α ≥ 0)
 * Backward: δ = ∂L/∂y ⊙ act′;  ∂L/∂b = Σ_rows δ;  ∂L/∂W = xᵀδ;  ∂L/∂x = δWᵀ (gemm.ts).
 * The backprop chapter's small graphs use the separate ops; the result is the same (tested).
 */
import { requireInRange, ShapeError } from '../errors';
import { formatShape, requireRank } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { sigmoidScalar } from './activations';
import { defineOp, gradOf } from './define';
import { gemmNN, gemmNT, gemmTN } from './gemm';

export type DenseActivation = 'linear' | 'tanh' | 'sigmoid' | 'relu' | 'leakyRelu';

const LINEAR = 0, TANH = 1, SIGMOID = 2, LEAKY = 3;
const codes: Record<DenseActivation, number> = { linear: LINEAR, tanh: TANH, sigmoid: SIGMOID, relu: LEAKY, leakyRelu: LEAKY };

/** y ← act(y) in place; one loop per activation, so Math.tanh and friends are called directly. */
function applyActivation(code: number, y: Float64Array, alpha: number): void {
  switch (code) {
    case TANH:
      for (let i = 0; i < y.length; i++) y[i] = Math.tanh(y[i]);
      return;
    case SIGMOID:
      for (let i = 0; i < y.length; i++) y[i] = sigmoidScalar(y[i]);
      return;
    case LEAKY:
      for (let i = 0; i < y.length; i++) if (!(y[i] > 0)) y[i] *= alpha;
      return;
  }
}

/** δ = g ⊙ act′, with act′ read from the output y; one loop per activation. */
function activationGrad(code: number, g: Float64Array, y: Float64Array, delta: Float64Array, alpha: number): void {
  switch (code) {
    case TANH:
      for (let i = 0; i < g.length; i++) delta[i] = g[i] * (1 - y[i] * y[i]);
      return;
    case SIGMOID:
      for (let i = 0; i < g.length; i++) delta[i] = g[i] * (y[i] * (1 - y[i]));
      return;
    case LEAKY:
      for (let i = 0; i < g.length; i++) delta[i] = y[i] > 0 ? g[i] : g[i] * alpha;
      return;
    default:
      delta.set(g);
  }
}

export function dense(x: Tensor, w: Tensor, b: Tensor | null, activation: DenseActivation = 'linear', alpha = 0.01): Tensor {
  const op = 'dense';
  requireRank(op, 'input', x.shape, 2);
  requireRank(op, 'weights', w.shape, 2);
  const [m, k] = x.shape;
  const [k2, n] = w.shape;
  if (k !== k2) throw new ShapeError(op, `inner dimensions ${k} and ${k2} differ (shapes ${formatShape(x.shape)} and ${formatShape(w.shape)})`);
  if (b && b.size !== n) throw new ShapeError(op, `bias has shape ${formatShape(b.shape)}, expected ${n} values`);
  const code = codes[activation];
  if (code === undefined) throw new ShapeError(op, `unknown activation "${activation}"`);
  const slope = activation === 'relu' ? 0 : requireInRange(op, 'alpha', alpha, 0, 1);
  const delta = new Float64Array(m * n); // δ, reused every backward pass

  return defineOp(
    op, b ? [x, w, b] : [x, w], [m, n],
    (out) => {
      gemmNN(x.data, w.data, b ? b.data : null, out.data, m, k, n);
      applyActivation(code, out.data, slope);
    },
    (out) => {
      const g = out.grad;
      if (!g) return;
      activationGrad(code, g, out.data, delta, slope);
      const gb = b ? gradOf(b) : null;
      if (gb) for (let i = 0; i < m * n; i += n) for (let j = 0; j < n; j++) gb[j] += delta[i + j];
      const gx = gradOf(x), gw = gradOf(w);
      if (gx) gemmNT(delta, w.data, gx, m, k, n);
      if (gw) gemmTN(x.data, delta, gw, m, k, n);
    },
    code === LEAKY && activation === 'leakyRelu' ? { activation, alpha: slope } : { activation },
  );
}
