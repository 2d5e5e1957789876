/**
 * The shape every optimizer shares. One file per optimizer (sgd.ts, momentum.ts, …) exports a
 * config type, its documented defaults, a factory and the KaTeX string of the update it runs.
 *
 * Convention: optimizers update a flat parameter vector `w` in place from the gradient `g`
 * computed at `w`. Their state (velocities, squared-gradient averages) is sized on the first
 * step and reused, so a training loop allocates nothing per step.
 */
import type { Objective } from './objective';
import type { OptimizerSnapshot } from './snapshot';

export type OptimizerName =
  | 'sgd'
  | 'momentum'
  | 'nesterov'
  | 'adagrad'
  | 'adadelta'
  | 'rmsprop'
  | 'adam'
  | 'adamw'
  | 'newton'
  | 'lbfgs';

/** Describes one hyperparameter, for validation, documentation and (later) widget sliders. */
export interface HyperparameterSpec {
  readonly name: string;
  /** Inclusive bounds accepted by the factory. */
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Whether a slider for it should be log-scaled. */
  readonly log: boolean;
  readonly integer?: boolean;
  /** Symbol used in the formula, e.g. "\\alpha". */
  readonly symbol: string;
  readonly doc: string;
}

export interface Optimizer<C extends object = object> {
  readonly name: OptimizerName;
  readonly config: Readonly<C>;
  /** Number of steps taken since creation or the last reset. */
  readonly steps: number;
  /**
   * One update of `w` in place. `g` is ∇f(w), already computed by the caller. `lr` overrides
   * the configured learning rate for this step (learning-rate schedules pass it); Newton and
   * L-BFGS also need `objective` to evaluate curvature or line searches.
   */
  step(w: Float64Array, g: Float64Array, lr?: number, objective?: Objective): void;
  /** Forgets all state (velocities, moment estimates, step count). */
  reset(): void;
  /** A copy of what the optimizer remembers (snapshot.ts); SGD, momentum, Adam and AdamW have it. */
  save?(): OptimizerSnapshot;
  /** Continues from a saved snapshot, bit for bit; errors name what does not fit. */
  load?(snapshot: OptimizerSnapshot): void;
}

/** The parts of an optimizer module, as its file writes them (see defineOptimizer). */
export interface OptimizerSpec<C extends object> {
  readonly name: OptimizerName;
  /** Display name, e.g. "Nesterov momentum". */
  readonly title: string;
  readonly defaults: Readonly<C>;
  readonly hyperparameters: readonly HyperparameterSpec[];
  /** The update rule the code runs, as KaTeX source. */
  readonly formula: string;
  /** Validates a partial config (filling defaults) and creates a fresh optimizer. */
  create(config?: Partial<C>): Optimizer<C>;
}

/**
 * What each optimizer module exports, collected by registry.ts: its spec, and callable, so the
 * obvious call works — `sgd({ lr: 0.1 })` is `sgd.create({ lr: 0.1 })` and
 * `createOptimizer('sgd', { lr: 0.1 })`.
 */
export interface OptimizerModule<C extends object> extends OptimizerSpec<C> {
  (config?: Partial<C>): Optimizer<C>;
}

/** Makes a spec callable as its own factory. */
export function defineOptimizer<C extends object>(spec: OptimizerSpec<C>): OptimizerModule<C> {
  const { name, ...rest } = spec;
  const factory = (config?: Partial<C>): Optimizer<C> => spec.create(config);
  // A function's `name` cannot be assigned (it is read-only), only defined.
  Object.defineProperty(factory, 'name', { value: name, enumerable: true });
  // Safe: `factory` now carries every member of the spec, `name` included (defined above).
  return Object.freeze(Object.assign(factory, rest)) as OptimizerModule<C>;
}
