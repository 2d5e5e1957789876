/**
 * All trainable weights of a model in one flat Float64Array, with a gradient array beside it.
 * Each named tensor (W1, b1, …) is a view into that array, so:
 *   - an optimizer updates one vector (optim/*) and every layer sees the new weights;
 *   - a loss-landscape slice W + a·D1 + b·D2 and a gradient check work on plain vectors;
 *   - the worker can send a whole model's weights as one transferable buffer.
 */
import { ShapeError } from '../errors';
import { formatShape, type Shape, sizeOf, validateShape } from './shape';
import { Tensor } from './tensor';

export interface ParameterInfo {
  readonly name: string;
  readonly shape: Shape;
  /** Index of the first value in the flat array. */
  readonly offset: number;
  readonly size: number;
  /** Weights (matrices) versus biases/scales: regularizers and filter-normalized
   *  directions treat them differently. */
  readonly kind: 'weight' | 'bias';
}

export class ParameterSet {
  readonly values: Float64Array;
  readonly grads: Float64Array;
  readonly infos: readonly ParameterInfo[];
  readonly tensors: readonly Tensor[];
  private readonly byName = new Map<string, Tensor>();

  /** Lays out the listed parameters one after another. Values start at zero: use an initializer. */
  constructor(specs: readonly { name: string; shape: Shape; kind: 'weight' | 'bias' }[]) {
    let total = 0;
    const infos: ParameterInfo[] = [];
    for (const s of specs) {
      validateShape('ParameterSet', s.shape);
      if (infos.some((i) => i.name === s.name)) throw new ShapeError('ParameterSet', `duplicate parameter name "${s.name}"`);
      const size = sizeOf(s.shape);
      infos.push({ name: s.name, shape: s.shape, offset: total, size, kind: s.kind });
      total += size;
    }
    this.values = new Float64Array(total);
    this.grads = new Float64Array(total);
    this.infos = infos;
    this.tensors = infos.map((i) => {
      const t = new Tensor(i.shape, this.values.subarray(i.offset, i.offset + i.size), true, i.name);
      t.grad = this.grads.subarray(i.offset, i.offset + i.size);
      this.byName.set(i.name, t);
      return t;
    });
  }

  get size(): number {
    return this.values.length;
  }

  get(name: string): Tensor {
    const t = this.byName.get(name);
    if (!t) throw new ShapeError('ParameterSet', `no parameter named "${name}" (have: ${[...this.byName.keys()].join(', ')})`);
    return t;
  }

  /** Copies a flat vector into the parameters. */
  set(values: ArrayLike<number>): void {
    if (values.length !== this.values.length) {
      throw new ShapeError('ParameterSet.set', `expected ${this.values.length} values, got ${values.length}`);
    }
    this.values.set(values);
  }

  describe(): string {
    return this.infos.map((i) => `${i.name} ${formatShape(i.shape)}`).join(', ');
  }
}
