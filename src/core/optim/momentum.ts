/**
 * Gradient descent with (heavy-ball) momentum, Polyak 1964.
 *
 * The book's convention, the one PyTorch runs and Distill's "Why Momentum Really Works" writes:
 *
 *   v ← βv + ∇f(w);   w ← w − αv
 *
 * The other common form (CS231n) is v ← μv − α∇f(w); w ← w + v. With a constant α the two give
 * identical iterates: substitute v_cs231n = −α·v_ours. (They differ only when α changes between
 * steps: ours rescales the whole velocity by the new α, CS231n's keeps velocity already taken.)
 * With β = 0 this is exactly gradient descent.
 */
import { decaySpec, learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { type OptimizerSnapshot, checkSnapshot } from './snapshot';
import { NOT_SIZED, checkStepShapes } from './state';

export interface MomentumConfig {
  /** Learning rate α. Default 0.01, the common library default for SGD. */
  readonly lr: number;
  /** Momentum β in [0, 1). Default 0.9, the usual choice (Sutskever et al. 2013; PyTorch examples). */
  readonly beta: number;
}

const defaults: Readonly<MomentumConfig> = Object.freeze({ lr: 0.01, beta: 0.9 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Step size applied to the velocity.'),
  decaySpec('beta', '\\beta', defaults.beta, 'How much of the previous velocity is kept each step; 0 is plain gradient descent.'),
];

class Momentum implements Optimizer<MomentumConfig> {
  readonly name = 'momentum';
  readonly config: Readonly<MomentumConfig>;
  private t = 0;
  private v: Float64Array | null = null;

  constructor(config: Readonly<MomentumConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const n = checkStepShapes('momentum', w, g, this.v === null ? NOT_SIZED : this.v.length);
    // listing: step
    const alpha = stepLr('momentum', lr, this.config.lr);
    const beta = this.config.beta;
    let v = this.v;
    if (v === null) {
      v = new Float64Array(n);
      this.v = v;
    }
    for (let i = 0; i < n; i++) {
      const vi = beta * v[i] + g[i];
      v[i] = vi;
      w[i] -= alpha * vi;
    }
    // listing: end
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.v = null;
  }

  save(): OptimizerSnapshot {
    return { steps: this.t, vectors: this.v ? { v: this.v.slice() } : {}, scalars: {} };
  }

  load(s: OptimizerSnapshot): void {
    const n = checkSnapshot('momentum', s, ['v'], []);
    this.t = s.steps;
    this.v = n === null ? null : s.vectors.v.slice();
  }
}

export const momentum = defineOptimizer<MomentumConfig>({
  name: 'momentum',
  title: 'Momentum',
  defaults,
  hyperparameters,
  formula: 'v_{t+1} = \\beta v_t + \\nabla f(w_t) \\\\ w_{t+1} = w_t - \\alpha v_{t+1}',
  create: (config) => new Momentum(resolveConfig('momentum', defaults, hyperparameters, [], config)),
});
