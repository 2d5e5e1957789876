/**
 * Tensor: a Float64Array with a shape, and — when it was computed by an operation — the node
 * that remembers the operation, its inputs and the two rules that produce it (forward) and
 * push its gradient back to the inputs (backward). The rules read `.data` and `.grad` when
 * they run, not when they were made, so a traced program can replay them with new input
 * data and without allocating (autodiff/program.ts).
 */
import { requireAllFinite, ShapeError } from '../errors';
import { formatShape, type Shape, sizeOf, validateShape } from './shape';

/** Extra numbers or names that describe an operation (an exponent, a slope, an axis). */
export type OpAttrs = Readonly<Record<string, number | string | boolean>>;

export interface OpNode {
  /** Operation name, as the backprop chapter prints it: "matmul", "tanh", "mul"… */
  readonly op: string;
  readonly inputs: readonly Tensor[];
  readonly attrs: OpAttrs;
  /** Recomputes the output's data from the inputs' data, in place. */
  forward(): void;
  /** Adds ∂L/∂input into each input's grad that exists, from the output's grad. */
  backward(): void;
}

let nextId = 0;

export class Tensor {
  readonly id: number = nextId++;
  readonly shape: Shape;
  readonly size: number;
  /** Values, row-major. May be replaced by an array of the same length (new batch data). */
  data: Float64Array;
  /** ∂L/∂this after a backward pass; null until a pass needs it. */
  grad: Float64Array | null = null;
  /** True for trainable leaves and for everything computed from them. */
  readonly requiresGrad: boolean;
  /** The operation that produced this tensor; null for leaves (data, parameters, constants). */
  node: OpNode | null = null;
  /** A name for display ("W1", "x"). */
  label: string;

  constructor(shape: Shape, data: Float64Array, requiresGrad = false, label = '') {
    if (data.length !== sizeOf(shape)) {
      throw new ShapeError('tensor', `shape ${formatShape(shape)} needs ${sizeOf(shape)} values, got ${data.length}`);
    }
    this.shape = shape;
    this.size = data.length;
    this.data = data;
    this.requiresGrad = requiresGrad;
    this.label = label;
  }

  /** The only value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) throw new ShapeError('item', `tensor of shape ${formatShape(this.shape)} has ${this.size} values, not 1`);
    return this.data[0];
  }

  /** Allocates (zeroed) or zeroes the gradient buffer. */
  zeroGrad(): Float64Array {
    if (this.grad === null) this.grad = new Float64Array(this.size);
    else this.grad.fill(0);
    return this.grad;
  }
}

export interface TensorOptions {
  /** Whether gradients flow to this leaf (a parameter or an input being differentiated). */
  requiresGrad?: boolean;
  label?: string;
}

function toFloat64(op: string, values: ArrayLike<number> | number): Float64Array {
  const arr = typeof values === 'number' ? Float64Array.of(values) : Float64Array.from(values);
  requireAllFinite(op, 'values', arr);
  return arr;
}

/**
 * A leaf tensor from numbers. The values are copied and must be finite: NaN or Infinity in
 * data is refused here, at the door, rather than discovered as a NaN loss later.
 */
export function tensor(values: ArrayLike<number>, shape?: Shape, options: TensorOptions = {}): Tensor {
  const data = toFloat64('tensor', values);
  const s = shape ?? [data.length];
  validateShape('tensor', s);
  return new Tensor(s, data, options.requiresGrad ?? false, options.label ?? '');
}

/** A leaf scalar (shape []), the unit of the backprop chapter's small graphs. */
export function scalar(value: number, options: TensorOptions = {}): Tensor {
  return new Tensor([], toFloat64('scalar', value), options.requiresGrad ?? false, options.label ?? '');
}

/** A leaf filled with zeros. */
export function zeros(shape: Shape, options: TensorOptions = {}): Tensor {
  validateShape('zeros', shape);
  return new Tensor(shape, new Float64Array(sizeOf(shape)), options.requiresGrad ?? false, options.label ?? '');
}

/** A leaf that wraps (does not copy) an existing array: for data buffers that are refilled. */
export function wrap(data: Float64Array, shape: Shape, options: TensorOptions = {}): Tensor {
  validateShape('wrap', shape);
  return new Tensor(shape, data, options.requiresGrad ?? false, options.label ?? '');
}

/** Numbers are promoted to constant scalars so that `mul(x, 2)` reads like the math. */
export type TensorLike = Tensor | number;

export function asTensor(x: TensorLike): Tensor {
  return typeof x === 'number' ? constant(x) : x;
}

/** A constant scalar from a number literal, labelled by its value for graph drawings. */
function constant(value: number): Tensor {
  return new Tensor([], toFloat64('constant', value), false, String(value));
}
