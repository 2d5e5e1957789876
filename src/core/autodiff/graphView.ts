/**
 * The teaching view of the engine: for the backprop chapter, every node of a small graph —
 * its operation, inputs, value and gradient — read from the very tensors and rules that
 * train the networks, not from a separate toy engine.
 *
 *   const x = scalar(-2, { requiresGrad: true, label: 'x' }), y = scalar(5, …), z = scalar(-4, …);
 *   const f = mul(add(x, y), z);
 *   const stepper = backwardStepper(f);   // stepper.nodes: x, y, add, z, mul
 *   stepper.step();                       // seeds ∂f/∂f = 1
 *   stepper.step();                       // runs mul's rule: ∂f/∂(x+y) = −4, ∂f/∂z = 3
 */
import type { OpAttrs, Tensor } from '../tensor/tensor';
import type { Shape } from '../tensor/shape';
import { requireScalar, topoSort } from './graph';

export interface GraphNodeView {
  readonly id: number;
  /** "input" for leaves, otherwise the operation ("mul", "sigmoid", "maximum"…). */
  readonly op: string;
  readonly label: string;
  /** ids of the input nodes, in argument order. */
  readonly inputs: readonly number[];
  readonly attrs: OpAttrs;
  readonly shape: Shape;
  readonly value: readonly number[];
  /** ∂root/∂node; null where no gradient flows (constants) or none is computed yet. */
  readonly grad: readonly number[] | null;
  readonly requiresGrad: boolean;
}

function view(t: Tensor): GraphNodeView {
  return {
    id: t.id,
    op: t.node?.op ?? 'input',
    label: t.label,
    inputs: t.node?.inputs.map((i) => i.id) ?? [],
    attrs: t.node?.attrs ?? {},
    shape: t.shape,
    value: Array.from(t.data),
    grad: t.grad && t.requiresGrad ? Array.from(t.grad) : null,
    requiresGrad: t.requiresGrad,
  };
}

/** Snapshot of every node that `root` depends on, in topological (forward) order. */
export function graphView(root: Tensor): GraphNodeView[] {
  return topoSort(root).map(view);
}

export interface BackwardStepper {
  /** Nodes in forward order; backward visits them in reverse. */
  readonly nodes: readonly GraphNodeView[];
  /** Runs the next backward rule (the first call seeds the root's gradient with 1). Returns
   *  the id of the node whose rule ran, or null when the pass is complete. */
  step(): number | null;
  /** Current snapshot, with the gradients computed so far. */
  snapshot(): GraphNodeView[];
}

/** A backward pass one node at a time, so the chapter can show gradients arriving. */
export function backwardStepper(root: Tensor): BackwardStepper {
  requireScalar('backwardStepper', root);
  const order = topoSort(root);
  for (const t of order) if (t.requiresGrad) t.zeroGrad();
  let next = order.length; // order.length means "seed the root next"
  return {
    nodes: order.map(view),
    step() {
      if (next === order.length) {
        next--;
        if (root.grad) root.grad[0] = 1;
        return root.id;
      }
      while (next >= 0 && !order[next].node) next--; // leaves have no rule to run
      if (next < 0) return null;
      const t = order[next--];
      t.node?.backward();
      return t.id;
    },
    snapshot: () => order.map(view),
  };
}
