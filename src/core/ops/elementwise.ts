/**
 * Elementwise functions y = f(x), each beside its derivative. The derivative is written in
 * terms of x and y together, because for exp and sqrt the output is the cheapest way to
 * get it. Activations (tanh, sigmoid, relu) have their own loops in activations.ts.
 */
import { requireFinite } from '../errors';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

function unary(
  op: string,
  a: Tensor,
  f: (x: number) => number,
  df: (x: number, y: number) => number,
  attrs: Record<string, number> = {},
): Tensor {
  return defineOp(
    op, [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = f(x[i]);
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (!ga || !g) return;
      const x = a.data, y = out.data;
      for (let i = 0; i < g.length; i++) ga[i] += g[i] * df(x[i], y[i]);
    },
    attrs,
  );
}

/** x²;  d/dx = 2x. */
export const square = (a: Tensor): Tensor => unary('square', a, (x) => x * x, (x) => 2 * x);

/** xᵖ for a constant p;  d/dx = p·xᵖ⁻¹. */
export function pow(a: Tensor, p: number): Tensor {
  requireFinite('pow', 'exponent', p);
  return unary('pow', a, (x) => x ** p, (x) => p * x ** (p - 1), { p });
}

/** √x;  d/dx = 1/(2√x). */
export const sqrt = (a: Tensor): Tensor => unary('sqrt', a, Math.sqrt, (_x, y) => 0.5 / y);

/** eˣ;  d/dx = eˣ. */
export const exp = (a: Tensor): Tensor => unary('exp', a, Math.exp, (_x, y) => y);

/** Natural log;  d/dx = 1/x. */
export const log = (a: Tensor): Tensor => unary('log', a, Math.log, (x) => 1 / x);

/** |x|;  d/dx = sign(x), taking 0 at x = 0 (a subgradient). */
export const abs = (a: Tensor): Tensor => unary('abs', a, Math.abs, (x) => (x > 0 ? 1 : x < 0 ? -1 : 0));
