/**
 * Reverse-mode differentiation in two steps: sort the graph so every tensor comes after its
 * inputs, then walk it backwards, each node adding its contribution to its inputs' gradients
 * (accumulating with +=, so a tensor used twice receives both contributions).
 */
import { ShapeError } from '../errors';
import { formatShape } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';

/** Every tensor `root` depends on, inputs before outputs. Iterative: deep graphs are fine. */
export function topoSort(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  const stack: [Tensor, number][] = [[root, 0]]; // tensor, index of next input to visit
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const inputs = top[0].node?.inputs ?? [];
    if (top[1] < inputs.length) {
      const next = inputs[top[1]++];
      if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    } else {
      stack.pop();
      order.push(top[0]);
    }
  }
  return order;
}

export function requireScalar(op: string, t: Tensor): void {
  if (t.size !== 1) throw new ShapeError(op, `needs a scalar loss, got shape ${formatShape(t.shape)}`);
}

/**
 * Fills `.grad` of every tensor in the graph of `loss` that requires a gradient with ∂loss/∂it.
 * Gradients are recomputed from zero, not added to earlier ones.
 */
// listing: backward
export function backward(loss: Tensor): Tensor[] {
  requireScalar('backward', loss);
  const order = topoSort(loss);
  for (const t of order) if (t.requiresGrad) t.zeroGrad();
  if (!loss.requiresGrad) return order; // nothing to differentiate with respect to
  (loss.grad as Float64Array)[0] = 1;
  for (let i = order.length - 1; i >= 0; i--) order[i].node?.backward();
  return order;
}
// listing: end
