/**
 * Nesterov momentum (Nesterov 1983; Sutskever et al. 2013), in the book's momentum variables
 * (see momentum.ts) with the gradient taken at the current point:
 *
 *   v ← βv + ∇f(w);   w ← w − α(∇f(w) + βv)
 *
 * This is the Bengio/Sutskever reformulation that PyTorch runs. It is the look-ahead form
 *
 *   u ← μu − α∇f(θ + μu);   θ ← θ + u
 *
 * under the change of variables w = θ + μu, u = −αv (μ = β): our w is the look-ahead point,
 * so the gradient "at the look-ahead" is simply the gradient at w. With β = 0 this is exactly
 * gradient descent.
 */
import { decaySpec, learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { NOT_SIZED, checkStepShapes } from './state';

export interface NesterovConfig {
  /** Learning rate α. Default 0.01, the common library default for SGD. */
  readonly lr: number;
  /** Momentum β in [0, 1). Default 0.9 (Sutskever et al. 2013). */
  readonly beta: number;
}

const defaults: Readonly<NesterovConfig> = Object.freeze({ lr: 0.01, beta: 0.9 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Step size applied to the look-ahead velocity.'),
  decaySpec('beta', '\\beta', defaults.beta, 'How much of the previous velocity is kept each step; 0 is plain gradient descent.'),
];

class Nesterov implements Optimizer<NesterovConfig> {
  readonly name = 'nesterov';
  readonly config: Readonly<NesterovConfig>;
  private t = 0;
  private v: Float64Array | null = null;

  constructor(config: Readonly<NesterovConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('nesterov', w, g, this.v === null ? NOT_SIZED : this.v.length);
    // listing: step
    const alpha = stepLr('nesterov', lr, this.config.lr);
    const beta = this.config.beta;
    let v = this.v;
    if (v === null) {
      v = new Float64Array(n);
      this.v = v;
    }
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const vi = beta * v[i] + gi;
      v[i] = vi;
      w[i] -= alpha * (gi + beta * vi);
    }
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.v = null;
  }
}

export const nesterov = defineOptimizer<NesterovConfig>({
  name: 'nesterov',
  title: 'Nesterov momentum',
  defaults,
  hyperparameters,
  formula:
    'v_{t+1} = \\beta v_t + \\nabla f(w_t) \\\\ w_{t+1} = w_t - \\alpha \\left(\\nabla f(w_t) + \\beta v_{t+1}\\right)',
  create: (config) => new Nesterov(resolveConfig('nesterov', defaults, hyperparameters, [], config)),
});
