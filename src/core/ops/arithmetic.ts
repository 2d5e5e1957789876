/**
 * add, sub, mul, div with broadcasting (ops/broadcast.ts), and neg.
 * Each rule sits by its derivative:
 *   a + b:  ∂/∂a = 1,    ∂/∂b = 1
 *   a − b:  ∂/∂a = 1,    ∂/∂b = −1
 *   a · b:  ∂/∂a = b,    ∂/∂b = a
 *   a / b:  ∂/∂a = 1/b,  ∂/∂b = −a/b²
 * Where an input was stretched by broadcasting, its gradient sums over the copies.
 */
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor';
import { type BroadcastPlan, broadcastShapes, planBroadcast } from './broadcast';
import { defineOp, gradOf } from './define';

const ADD = 0;
const SUB = 1;
const MUL = 2;
const DIV = 3;
type Code = typeof ADD | typeof SUB | typeof MUL | typeof DIV;
const NAMES = ['add', 'sub', 'mul', 'div'] as const;

function apply(code: Code, x: number, y: number): number {
  switch (code) {
    case ADD: return x + y;
    case SUB: return x - y;
    case MUL: return x * y;
    default: return x / y;
  }
}

// listing: rules
/** ∂(x ∘ y)/∂x times the upstream gradient g. */
function dA(code: Code, _x: number, y: number, g: number): number {
  switch (code) {
    case ADD:
    case SUB: return g;
    case MUL: return g * y;
    default: return g / y;
  }
}

/** ∂(x ∘ y)/∂y times g. */
function dB(code: Code, x: number, y: number, g: number): number {
  switch (code) {
    case ADD: return g;
    case SUB: return -g;
    case MUL: return g * x;
    default: return (-g * x) / (y * y);
  }
}
// listing: end

function forward(code: Code, plan: BroadcastPlan, a: Float64Array, b: Float64Array, o: Float64Array): void {
  const n = o.length;
  switch (plan.kind) {
    case 'same':
      for (let i = 0; i < n; i++) o[i] = apply(code, a[i], b[i]);
      return;
    case 'scalarA': {
      const x = a[0];
      for (let i = 0; i < n; i++) o[i] = apply(code, x, b[i]);
      return;
    }
    case 'scalarB': {
      const y = b[0];
      for (let i = 0; i < n; i++) o[i] = apply(code, a[i], y);
      return;
    }
    case 'rowB': {
      const c = plan.cols;
      for (let i = 0; i < n; i += c) for (let j = 0; j < c; j++) o[i + j] = apply(code, a[i + j], b[j]);
      return;
    }
    case 'rowA': {
      const c = plan.cols;
      for (let i = 0; i < n; i += c) for (let j = 0; j < c; j++) o[i + j] = apply(code, a[j], b[i + j]);
      return;
    }
    case 'general': {
      const { ia, ib } = plan;
      for (let i = 0; i < n; i++) o[i] = apply(code, a[ia[i]], b[ib[i]]);
      return;
    }
  }
}

/** Accumulates gradients; `ga`/`gb` are null for inputs that need none. */
function backward(
  code: Code, plan: BroadcastPlan,
  a: Float64Array, b: Float64Array, g: Float64Array,
  ga: Float64Array | null, gb: Float64Array | null,
): void {
  const n = g.length;
  switch (plan.kind) {
    case 'same':
      if (ga) for (let i = 0; i < n; i++) ga[i] += dA(code, a[i], b[i], g[i]);
      if (gb) for (let i = 0; i < n; i++) gb[i] += dB(code, a[i], b[i], g[i]);
      return;
    case 'scalarA': {
      const x = a[0];
      let s = 0;
      for (let i = 0; i < n; i++) {
        if (gb) gb[i] += dB(code, x, b[i], g[i]);
        s += dA(code, x, b[i], g[i]);
      }
      if (ga) ga[0] += s;
      return;
    }
    case 'scalarB': {
      const y = b[0];
      let s = 0;
      for (let i = 0; i < n; i++) {
        if (ga) ga[i] += dA(code, a[i], y, g[i]);
        s += dB(code, a[i], y, g[i]);
      }
      if (gb) gb[0] += s;
      return;
    }
    case 'rowB': {
      const c = plan.cols;
      for (let i = 0; i < n; i += c) {
        for (let j = 0; j < c; j++) {
          if (ga) ga[i + j] += dA(code, a[i + j], b[j], g[i + j]);
          if (gb) gb[j] += dB(code, a[i + j], b[j], g[i + j]);
        }
      }
      return;
    }
    case 'rowA': {
      const c = plan.cols;
      for (let i = 0; i < n; i += c) {
        for (let j = 0; j < c; j++) {
          if (ga) ga[j] += dA(code, a[j], b[i + j], g[i + j]);
          if (gb) gb[i + j] += dB(code, a[j], b[i + j], g[i + j]);
        }
      }
      return;
    }
    case 'general': {
      const { ia, ib } = plan;
      for (let i = 0; i < n; i++) {
        const x = a[ia[i]];
        const y = b[ib[i]];
        if (ga) ga[ia[i]] += dA(code, x, y, g[i]);
        if (gb) gb[ib[i]] += dB(code, x, y, g[i]);
      }
      return;
    }
  }
}

/**
 * Both operands one number (a graph of scalars: the backprop chapter's, a 2-D surface through
 * autodiff): no loop and no broadcast plan, which would cost more than the arithmetic.
 */
function scalarBinary(code: Code, a: Tensor, b: Tensor, shape: readonly number[]): Tensor {
  return defineOp(
    NAMES[code], [a, b], shape,
    (out) => {
      out.data[0] = apply(code, a.data[0], b.data[0]);
    },
    (out) => {
      const g = out.grad;
      if (!g) return;
      const x = a.data[0], y = b.data[0], ga = gradOf(a), gb = gradOf(b);
      if (ga) ga[0] += dA(code, x, y, g[0]);
      if (gb) gb[0] += dB(code, x, y, g[0]);
    },
  );
}

function binary(code: Code, x: TensorLike, y: TensorLike): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const op = NAMES[code];
  const shape = broadcastShapes(op, a.shape, b.shape);
  if (a.size === 1 && b.size === 1) return scalarBinary(code, a, b, shape);
  const plan = planBroadcast(a.shape, b.shape, shape);
  return defineOp(
    op, [a, b], shape,
    (out) => forward(code, plan, a.data, b.data, out.data),
    (out) => {
      if (out.grad) backward(code, plan, a.data, b.data, out.grad, gradOf(a), gradOf(b));
    },
  );
}

export const add = (a: TensorLike, b: TensorLike): Tensor => binary(ADD, a, b);
export const sub = (a: TensorLike, b: TensorLike): Tensor => binary(SUB, a, b);
export const mul = (a: TensorLike, b: TensorLike): Tensor => binary(MUL, a, b);
export const div = (a: TensorLike, b: TensorLike): Tensor => binary(DIV, a, b);

/** −a;  ∂/∂a = −1. */
export function neg(a: Tensor): Tensor {
  return defineOp(
    'neg', [a], a.shape,
    (out) => {
      const x = a.data, o = out.data;
      for (let i = 0; i < o.length; i++) o[i] = -x[i];
    },
    (out) => {
      const ga = gradOf(a), g = out.grad;
      if (ga && g) for (let i = 0; i < g.length; i++) ga[i] -= g[i];
    },
  );
}
