/**
 * Activation functions. These run on every hidden unit of every training step, so each has
 * its own loops rather than going through elementwise.ts's shared `unary`: a call through a
 * shared loop to a different function per op cannot be inlined by the JIT.
 */
import { requireFinite } from '../errors';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

/** tanh x;  d/dx = 1 − tanh²x (from the output y). */
export function tanh(a: Tensor): Tensor {
  return defineOp(
    'tanh', [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = Math.tanh(x[i]);
    },
    (out) => {
      const ga = gradOf(a), g = out.grad, y = out.data;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] += g[i] * (1 - y[i] * y[i]);
    },
  );
}

/** σ(x) = 1/(1 + e⁻ˣ), written so that neither branch overflows. */
export function sigmoidScalar(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ(x);  σ′ = σ(1 − σ). */
export function sigmoid(a: Tensor): Tensor {
  return defineOp(
    'sigmoid', [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = sigmoidScalar(x[i]);
    },
    (out) => {
      const ga = gradOf(a), g = out.grad, y = out.data;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] += g[i] * y[i] * (1 - y[i]);
    },
  );
}

/** max(0, x);  d/dx = 1 for x > 0, else 0. */
export function relu(a: Tensor): Tensor {
  return leaky('relu', a, 0);
}

/** x for x > 0, αx otherwise;  d/dx = 1 or α. */
export function leakyRelu(a: Tensor, alpha = 0.01): Tensor {
  requireFinite('leakyRelu', 'alpha', alpha);
  return leaky('leakyRelu', a, alpha);
}

function leaky(op: string, a: Tensor, alpha: number): Tensor {
  return defineOp(
    op, [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = x[i] > 0 ? x[i] : alpha * x[i];
    },
    (out) => {
      const ga = gradOf(a), g = out.grad, x = a.data;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] += x[i] > 0 ? g[i] : alpha * g[i];
    },
    op === 'relu' ? {} : { alpha },
  );
}
