/**
 * Elementwise functions y = f(x), each beside its derivative. The derivative is written in
 * terms of x and y together, because for exp and sqrt the output is the cheapest way to get
 * it. One loop serves them all, dispatching on a small integer code that is constant for a
 * given node (predictable, and inlined by the JIT, unlike a call through a function value).
 * Activations (tanh, sigmoid, relu) have their own loops in activations.ts.
 */
import { requireFinite } from '../errors';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

const SQUARE = 0, POW = 1, SQRT = 2, EXP = 3, LOG = 4, ABS = 5;
type Code = typeof SQUARE | typeof POW | typeof SQRT | typeof EXP | typeof LOG | typeof ABS;
const NAMES = ['square', 'pow', 'sqrt', 'exp', 'log', 'abs'] as const;

function f(code: Code, x: number, p: number): number {
  switch (code) {
    case SQUARE: return x * x;            // x²
    case POW: return x ** p;              // xᵖ
    case SQRT: return Math.sqrt(x);       // √x
    case EXP: return Math.exp(x);         // eˣ
    case LOG: return Math.log(x);         // ln x
    default: return Math.abs(x);          // |x|
  }
}

function df(code: Code, x: number, y: number, p: number): number {
  switch (code) {
    case SQUARE: return 2 * x;            // 2x
    case POW: return p * x ** (p - 1);    // p·xᵖ⁻¹
    case SQRT: return 0.5 / y;            // 1/(2√x)
    case EXP: return y;                   // eˣ
    case LOG: return 1 / x;               // 1/x
    default: return x > 0 ? 1 : x < 0 ? -1 : 0; // sign(x), 0 at 0 (a subgradient)
  }
}

function unary(code: Code, a: Tensor, p = 0): Tensor {
  if (a.size === 1) {
    // One number (a graph of scalars): no loop.
    return defineOp(
      NAMES[code], [a], a.shape,
      (out) => {
        out.data[0] = f(code, a.data[0], p);
      },
      (out) => {
        const ga = gradOf(a), g = out.grad;
        if (ga && g) ga[0] += g[0] * df(code, a.data[0], out.data[0], p);
      },
      code === POW ? { p } : {},
    );
  }
  return defineOp(
    NAMES[code], [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = f(code, x[i], p);
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (!ga || !g) return;
      const x = a.data, y = out.data;
      for (let i = 0; i < g.length; i++) ga[i] += g[i] * df(code, x[i], y[i], p);
    },
    code === POW ? { p } : {},
  );
}

export const square = (a: Tensor): Tensor => unary(SQUARE, a);
export const sqrt = (a: Tensor): Tensor => unary(SQRT, a);
export const exp = (a: Tensor): Tensor => unary(EXP, a);
export const log = (a: Tensor): Tensor => unary(LOG, a);
export const abs = (a: Tensor): Tensor => unary(ABS, a);

/** xᵖ for a constant exponent p. */
export function pow(a: Tensor, p: number): Tensor {
  return unary(POW, a, requireFinite('pow', 'exponent', p));
}
