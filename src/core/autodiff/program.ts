/**
 * A traced program: the graph of one loss, recorded once and then replayed every training
 * step without allocating. Replay runs each node's forward rule in topological order, then
 * zeroes the gradients and runs the backward rules in reverse: the same closures that the
 * eager call ran, over the same buffers. To feed new data, overwrite (or swap for an array of
 * the same length) the `.data` of the input leaves the graph was built from; parameters are
 * updated in place by the optimizer.
 *
 * What a replay cannot change: shapes (a batch of a different size needs its own program)
 * and control flow that depended on values when the graph was traced.
 */
import type { OpNode, Tensor } from '../tensor/tensor';
import { requireScalar, topoSort } from './graph';

export class Program {
  readonly output: Tensor;
  /** Every tensor in the graph, inputs before outputs. */
  readonly tensors: readonly Tensor[];
  /** Each node's rules, in topological order (arrays of functions: one load per call). */
  private readonly forwards: (() => void)[];
  private readonly backwards: (() => void)[];
  private readonly gradBuffers: Float64Array[];

  constructor(output: Tensor) {
    requireScalar('Program', output);
    this.output = output;
    this.tensors = topoSort(output);
    const nodes: OpNode[] = [];
    this.gradBuffers = [];
    for (const t of this.tensors) {
      if (t.node) nodes.push(t.node);
      if (t.requiresGrad) this.gradBuffers.push(t.grad ?? t.zeroGrad());
    }
    this.forwards = nodes.map((node) => node.forward);
    this.backwards = nodes.map((node) => node.backward).reverse();
  }

  /** Recomputes every node from the current inputs; returns the loss. */
  forward(): number {
    const forwards = this.forwards;
    for (let i = 0; i < forwards.length; i++) forwards[i]();
    return this.output.data[0];
  }

  /** Gradients of the loss (as of the last forward) into every `.grad` in the graph. */
  backward(): void {
    const bufs = this.gradBuffers;
    for (let i = 0; i < bufs.length; i++) {
      const b = bufs[i];
      // fill() costs a native call: for the one-element buffers of scalar graphs a loop is ~10× cheaper.
      if (b.length > 16) b.fill(0);
      else for (let j = 0; j < b.length; j++) b[j] = 0;
    }
    if (!this.output.requiresGrad) return;
    (this.output.grad as Float64Array)[0] = 1;
    const backwards = this.backwards;
    for (let i = 0; i < backwards.length; i++) backwards[i]();
  }

  /** forward then backward; returns the loss. */
  run(): number {
    const loss = this.forward();
    this.backward();
    return loss;
  }
}

/** Builds the graph once by calling `build` eagerly, and returns it as a replayable program. */
export function trace(build: () => Tensor): Program {
  return new Program(build());
}
