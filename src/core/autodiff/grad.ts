/**
 * Functional gradients in the spirit of JAX: `valueAndGrad(f)` returns a function that
 * evaluates f at its tensor arguments and returns the value and ∂f/∂ of each argument.
 *
 *   const f = (x: Tensor, y: Tensor) => add(mul(x, y), square(x));
 *   const { value, grads: [dx, dy] } = valueAndGrad(f)(scalar(3), scalar(2));   // 15, [8, 3]
 */
import { Tensor } from '../tensor/tensor';
import { backward, requireScalar } from './graph';

export interface ValueAndGrad {
  value: number;
  /** One gradient per argument, same shape (flat) as the argument. For an optimizer's one flat
   *  (w, g) pair over all the arguments, use flatObjective (autodiff/flatObjective.ts). */
  grads: Float64Array[];
}

export function valueAndGrad<A extends Tensor[]>(f: (...args: A) => Tensor): (...args: A) => ValueAndGrad {
  return (...args: A) => {
    // Fresh leaves over the same data, so the caller's tensors need not be marked trainable.
    const leaves = args.map((t) => new Tensor(t.shape, t.data, true, t.label)) as A;
    const out = f(...leaves);
    requireScalar('valueAndGrad', out);
    backward(out);
    return {
      value: out.data[0],
      grads: leaves.map((t) => (out.requiresGrad && t.grad ? t.grad : new Float64Array(t.size))),
    };
  };
}

/** Just the gradients of f with respect to each argument. */
export function grad<A extends Tensor[]>(f: (...args: A) => Tensor): (...args: A) => Float64Array[] {
  const vg = valueAndGrad(f);
  return (...args: A) => vg(...args).grads;
}
