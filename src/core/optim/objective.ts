/**
 * A differentiable objective over a flat parameter vector. Everything an optimizer touches is
 * flat: a model keeps all its weights in one Float64Array (see tensor/parameters.ts), and a 2-D
 * surface is a vector of length 2. Second-order methods need the extra calls.
 */
export interface Objective {
  /** Number of parameters. */
  readonly dim: number;
  /** Writes ∇f(w) into `grad` (length dim) and returns f(w). Must not keep `w` or `grad`. */
  valueAndGrad(w: Float64Array, grad: Float64Array): number;
  /** Writes the Hessian ∇²f(w), row-major dim×dim, into `out`. Only Newton's method needs it. */
  hessian?(w: Float64Array, out: Float64Array): void;
}
