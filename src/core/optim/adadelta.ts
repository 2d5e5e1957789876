/**
 * AdaDelta (Zeiler 2012, Algorithm 1): RMSprop whose numerator is itself a running RMS of past
 * updates, so the step has the units of w and needs no learning rate (α = 1 is the paper).
 *
 *   E[g²] ← ρE[g²] + (1 − ρ)g²
 *   Δ     = −(√(E[Δ²] + ε) / √(E[g²] + ε)) · g
 *   E[Δ²] ← ρE[Δ²] + (1 − ρ)Δ²
 *   w     ← w + αΔ
 *
 * (elementwise; ε inside both roots, as in the paper). α scales the applied step only; the
 * update average E[Δ²] records the unscaled Δ, as PyTorch does.
 */
import { decaySpec, epsilonSpec, learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { NOT_SIZED, checkStepShapes } from './state';

export interface AdadeltaConfig {
  /** Scale α of the applied step. Default 1.0: the paper has none (PyTorch's default). */
  readonly lr: number;
  /** Decay ρ of both running averages. Default 0.95 (Zeiler 2012, MNIST experiments). */
  readonly rho: number;
  /** ε inside both roots. Default 1e-6 (Zeiler 2012). */
  readonly eps: number;
}

const defaults: Readonly<AdadeltaConfig> = Object.freeze({ lr: 1.0, rho: 0.95, eps: 1e-6 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Scale of the applied step; the paper uses 1.'),
  decaySpec('rho', '\\rho', defaults.rho, 'How slowly the averages of squared gradients and squared updates forget.'),
  epsilonSpec(defaults.eps, 'Inside both roots: sets the size of the very first steps and prevents 0/0.'),
];

class Adadelta implements Optimizer<AdadeltaConfig> {
  readonly name = 'adadelta';
  readonly config: Readonly<AdadeltaConfig>;
  private t = 0;
  /** Running average of squared gradients, E[g²]. */
  private meanSqGrad: Float64Array | null = null;
  /** Running average of squared updates, E[Δ²]. */
  private meanSqDelta: Float64Array | null = null;

  constructor(config: Readonly<AdadeltaConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('adadelta', w, g, this.meanSqGrad === null ? NOT_SIZED : this.meanSqGrad.length);
    const alpha = stepLr('adadelta', lr, this.config.lr);
    let eg = this.meanSqGrad;
    let ed = this.meanSqDelta;
    if (eg === null || ed === null) {
      eg = new Float64Array(n);
      ed = new Float64Array(n);
      this.meanSqGrad = eg;
      this.meanSqDelta = ed;
    }
    // listing: step
    const rho = this.config.rho;
    const eps = this.config.eps;
    const keep = 1 - rho;
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const egi = rho * eg[i] + keep * gi * gi;
      eg[i] = egi;
      const delta = -(Math.sqrt(ed[i] + eps) / Math.sqrt(egi + eps)) * gi;
      ed[i] = rho * ed[i] + keep * delta * delta;
      w[i] += alpha * delta;
    }
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.meanSqGrad = null;
    this.meanSqDelta = null;
  }
}

export const adadelta = defineOptimizer<AdadeltaConfig>({
  name: 'adadelta',
  title: 'AdaDelta',
  defaults,
  hyperparameters,
  formula:
    'g_t = \\nabla f(w_t) \\\\ ' +
    'E[g^2]_{t+1} = \\rho E[g^2]_t + (1 - \\rho)\\, g_t^2 \\\\ ' +
    '\\Delta_t = -\\frac{\\sqrt{E[\\Delta^2]_t + \\epsilon}}{\\sqrt{E[g^2]_{t+1} + \\epsilon}}\\, g_t \\\\ ' +
    'E[\\Delta^2]_{t+1} = \\rho E[\\Delta^2]_t + (1 - \\rho)\\, \\Delta_t^2 \\\\ ' +
    'w_{t+1} = w_t + \\alpha \\Delta_t',
  create: (config) => new Adadelta(resolveConfig('adadelta', defaults, hyperparameters, [], config)),
});
