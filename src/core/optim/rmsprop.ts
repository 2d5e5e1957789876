/**
 * RMSprop (Hinton, Coursera "Neural Networks for Machine Learning", lecture 6e, 2012): AdaGrad
 * with a leaky average of squared gradients instead of a sum, so the step size can recover.
 *
 *   E ← ρE + (1 − ρ)g²;   w ← w − α g / (√E + ε)      (elementwise; ε outside the root)
 */
import { decaySpec, epsilonSpec, learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { NOT_SIZED, checkStepShapes } from './state';

export interface RmspropConfig {
  /** Learning rate α. Default 0.001, the Keras default (lecture 6e gives no single value). */
  readonly lr: number;
  /** Decay ρ of the squared-gradient average. Default 0.9, from lecture 6e. */
  readonly rho: number;
  /** ε guarding the division. Default 1e-8, common library practice. */
  readonly eps: number;
}

const defaults: Readonly<RmspropConfig> = Object.freeze({ lr: 0.001, rho: 0.9, eps: 1e-8 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Step size before the per-coordinate scaling.'),
  decaySpec('rho', '\\rho', defaults.rho, 'How slowly the average of squared gradients forgets.'),
  epsilonSpec(defaults.eps, 'Added to the root mean square so the division never explodes.'),
];

class Rmsprop implements Optimizer<RmspropConfig> {
  readonly name = 'rmsprop';
  readonly config: Readonly<RmspropConfig>;
  private t = 0;
  /** Leaky average of squared gradients, E[g²]. */
  private meanSq: Float64Array | null = null;

  constructor(config: Readonly<RmspropConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('rmsprop', w, g, this.meanSq === null ? NOT_SIZED : this.meanSq.length);
    // listing: step
    const alpha = stepLr('rmsprop', lr, this.config.lr);
    const rho = this.config.rho;
    const eps = this.config.eps;
    const keep = 1 - rho;
    let meanSq = this.meanSq;
    if (meanSq === null) {
      meanSq = new Float64Array(n);
      this.meanSq = meanSq;
    }
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const E = rho * meanSq[i] + keep * gi * gi;
      meanSq[i] = E;
      w[i] -= (alpha * gi) / (Math.sqrt(E) + eps);
    }
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.meanSq = null;
  }
}

export const rmsprop = defineOptimizer<RmspropConfig>({
  name: 'rmsprop',
  title: 'RMSProp',
  defaults,
  hyperparameters,
  formula:
    'g_t = \\nabla f(w_t) \\\\ E_{t+1} = \\rho E_t + (1 - \\rho)\\, g_t^2 \\\\ w_{t+1} = w_t - \\frac{\\alpha\\, g_t}{\\sqrt{E_{t+1}} + \\epsilon}',
  create: (config) => new Rmsprop(resolveConfig('rmsprop', defaults, hyperparameters, [], config)),
});
