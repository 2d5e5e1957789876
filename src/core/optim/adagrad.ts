/**
 * AdaGrad (Duchi, Hazan and Singer 2011): each coordinate's step is divided by the root of the
 * sum of all its past squared gradients, so frequently-large coordinates slow down for good.
 *
 *   G ← G + g²;   w ← w − α g / (√G + ε)      (elementwise; ε outside the root, as PyTorch)
 */
import { epsilonSpec, learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { NOT_SIZED, checkStepShapes } from './state';

export interface AdagradConfig {
  /** Learning rate α. Default 0.01, as in PyTorch and the original TensorFlow AdaGrad. */
  readonly lr: number;
  /** ε guarding the division. Default 1e-8, the common library choice (Duchi et al. leave it implicit). */
  readonly eps: number;
}

const defaults: Readonly<AdagradConfig> = Object.freeze({ lr: 0.01, eps: 1e-8 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Step size before the per-coordinate scaling.'),
  epsilonSpec(defaults.eps, 'Added to the root of the accumulated squared gradients so the division never explodes.'),
];

class Adagrad implements Optimizer<AdagradConfig> {
  readonly name = 'adagrad';
  readonly config: Readonly<AdagradConfig>;
  private t = 0;
  /** Running sum of squared gradients, G. */
  private sumSq: Float64Array | null = null;

  constructor(config: Readonly<AdagradConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('adagrad', w, g, this.sumSq === null ? NOT_SIZED : this.sumSq.length);
    // listing: step
    const alpha = stepLr('adagrad', lr, this.config.lr);
    const eps = this.config.eps;
    let sumSq = this.sumSq;
    if (sumSq === null) {
      sumSq = new Float64Array(n);
      this.sumSq = sumSq;
    }
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const G = sumSq[i] + gi * gi;
      sumSq[i] = G;
      w[i] -= (alpha * gi) / (Math.sqrt(G) + eps);
    }
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.sumSq = null;
  }
}

export const adagrad = defineOptimizer<AdagradConfig>({
  name: 'adagrad',
  title: 'AdaGrad',
  defaults,
  hyperparameters,
  formula:
    'g_t = \\nabla f(w_t) \\\\ G_{t+1} = G_t + g_t^2 \\\\ w_{t+1} = w_t - \\frac{\\alpha\\, g_t}{\\sqrt{G_{t+1}} + \\epsilon}',
  create: (config) => new Adagrad(resolveConfig('adagrad', defaults, hyperparameters, [], config)),
});
