/**
 * Plain gradient descent: w ← w − α∇f(w). No state beyond the length of w.
 */
import { learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { type OptimizerSnapshot, checkSnapshot } from './snapshot';
import { NOT_SIZED, checkStepShapes } from './state';

export interface SgdConfig {
  /** Learning rate α. Default 0.01, the common library default (TensorFlow/Keras SGD). */
  readonly lr: number;
}

const defaults: Readonly<SgdConfig> = Object.freeze({ lr: 0.01 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Step size: how far to move against the gradient.'),
];

class Sgd implements Optimizer<SgdConfig> {
  readonly name = 'sgd';
  readonly config: Readonly<SgdConfig>;
  private t = 0;
  private dim = NOT_SIZED;

  constructor(config: Readonly<SgdConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('sgd', w, g, this.dim);
    // listing: step
    const alpha = stepLr('sgd', lr, this.config.lr);
    this.dim = n;
    for (let i = 0; i < n; i++) w[i] -= alpha * g[i];
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.dim = NOT_SIZED;
  }

  save(): OptimizerSnapshot {
    return { steps: this.t, vectors: {}, scalars: {} };
  }

  load(s: OptimizerSnapshot): void {
    checkSnapshot('sgd', s, [], []);
    this.t = s.steps;
    this.dim = NOT_SIZED;
  }
}

export const sgd = defineOptimizer<SgdConfig>({
  name: 'sgd',
  title: 'Gradient descent',
  defaults,
  hyperparameters,
  formula: 'w_{t+1} = w_t - \\alpha \\nabla f(w_t)',
  create: (config) => new Sgd(resolveConfig('sgd', defaults, hyperparameters, [], config)),
});
