/**
 * Adam (Kingma and Ba 2015, Algorithm 1): momentum on the gradient (first moment m) divided by
 * the root of a leaky average of its square (second moment v), both bias-corrected because they
 * start at 0.
 *
 *   m ← β₁m + (1 − β₁)g;   v ← β₂v + (1 − β₂)g²
 *   m̂ = m / (1 − β₁ᵗ);     v̂ = v / (1 − β₂ᵗ)          (biasCorrection; else m̂ = m, v̂ = v)
 *   w ← w − α m̂ / (√v̂ + ε)                            (elementwise; ε outside the root)
 *
 * AdamW (adamw.ts) runs the same class with a decoupled weight decay λ > 0; for Adam λ = 0,
 * and the extra term is then exactly 0, so the iterates are unchanged bit for bit.
 */
import { decaySpec, epsilonSpec, learningRateSpec, resolveConfig, stepLr } from './config';
import type { SwitchSpec } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import { type OptimizerSnapshot, checkSnapshot } from './snapshot';
import { NOT_SIZED, checkStepShapes } from './state';

export interface AdamConfig {
  /** Learning rate α. Default 0.001 (Kingma and Ba 2015). */
  readonly lr: number;
  /** Decay β₁ of the first moment. Default 0.9 (Kingma and Ba 2015). */
  readonly beta1: number;
  /** Decay β₂ of the second moment. Default 0.999 (Kingma and Ba 2015). */
  readonly beta2: number;
  /** ε outside the root. Default 1e-8 (Kingma and Ba 2015). */
  readonly eps: number;
  /** Divide the moments by 1 − βᵗ. Default true (the paper); off shows why it is needed. */
  readonly biasCorrection: boolean;
}

export const adamDefaults: Readonly<AdamConfig> = Object.freeze({
  lr: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  biasCorrection: true,
});

export const adamHyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(adamDefaults.lr, 'Step size; with bias correction the first step moves each coordinate by about α.'),
  decaySpec('beta1', '\\beta_1', adamDefaults.beta1, 'How slowly the average gradient (first moment) forgets.'),
  decaySpec('beta2', '\\beta_2', adamDefaults.beta2, 'How slowly the average squared gradient (second moment) forgets.'),
  epsilonSpec(adamDefaults.eps, 'Added to the root of the second moment so the division never explodes.'),
];

/** The moment estimates, shared by Adam's and AdamW's formulas (KaTeX, ending in a line break). */
export const adamMomentsFormula =
  'g_t = \\nabla f(w_t) \\\\ ' +
  'm_{t+1} = \\beta_1 m_t + (1 - \\beta_1)\\, g_t \\\\ ' +
  'v_{t+1} = \\beta_2 v_t + (1 - \\beta_2)\\, g_t^2 \\\\ ' +
  '\\hat m = \\frac{m_{t+1}}{1 - \\beta_1^{t+1}}, \\quad \\hat v = \\frac{v_{t+1}}{1 - \\beta_2^{t+1}} ' +
  '\\quad (\\text{without bias correction: } \\hat m = m_{t+1},\\ \\hat v = v_{t+1}) \\\\ ';

export const adamSwitches: readonly SwitchSpec[] = [
  {
    name: 'biasCorrection',
    default: true,
    doc: 'Divide the moment estimates by 1 − βᵗ to undo their start at zero.',
  },
];

/** Adam, and AdamW when weightDecay > 0. Exported for adamw.ts only. */
export class AdamOptimizer<C extends AdamConfig> implements Optimizer<C> {
  readonly name: 'adam' | 'adamw';
  readonly config: Readonly<C>;
  private readonly weightDecay: number;
  private t = 0;
  /** β₁ᵗ and β₂ᵗ, kept as running products: multiplication rounds the same in every JavaScript
   *  engine, Math.pow does not (Node's and Chromium's differ in the last place, and Adam near a
   *  minimum amplifies that until a printed number differs between the build and the page). */
  private beta1Power = 1;
  private beta2Power = 1;
  /** First moment m. */
  private m: Float64Array | null = null;
  /** Second moment v. */
  private v: Float64Array | null = null;

  constructor(name: 'adam' | 'adamw', config: Readonly<C>, weightDecay: number) {
    this.name = name;
    this.config = config;
    this.weightDecay = weightDecay;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number): void {
    const op = this.name;
    const n = checkStepShapes(op, w, g, this.m === null ? NOT_SIZED : this.m.length);
    const alpha = stepLr(op, lr, this.config.lr);
    const beta1 = this.config.beta1;
    const beta2 = this.config.beta2;
    const eps = this.config.eps;
    let m = this.m;
    let v = this.v;
    if (m === null || v === null) {
      m = new Float64Array(n);
      v = new Float64Array(n);
      this.m = m;
      this.v = v;
    }
    // listing: step
    const lambda = this.weightDecay; // AdamW's decoupled weight decay; 0 for Adam
    const t = this.t + 1;
    // Bias corrections 1 − βᵗ, once per step (βᵗ as a running product); 1 when switched off.
    const beta1Power = this.beta1Power * beta1;
    const beta2Power = this.beta2Power * beta2;
    const c1 = this.config.biasCorrection ? 1 - beta1Power : 1;
    const c2 = this.config.biasCorrection ? 1 - beta2Power : 1;
    const keep1 = 1 - beta1;
    const keep2 = 1 - beta2;
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const mi = beta1 * m[i] + keep1 * gi;
      const vi = beta2 * v[i] + keep2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      const wi = w[i];
      w[i] = wi - alpha * (mi / c1 / (Math.sqrt(vi / c2) + eps) + lambda * wi);
    }
    // listing: end
    this.t = t;
    this.beta1Power = beta1Power;
    this.beta2Power = beta2Power;
  }

  reset(): void {
    this.t = 0;
    this.beta1Power = 1;
    this.beta2Power = 1;
    this.m = null;
    this.v = null;
  }

  save(): OptimizerSnapshot {
    const vectors: Record<string, Float64Array> = this.m && this.v ? { m: this.m.slice(), v: this.v.slice() } : {};
    return { steps: this.t, vectors, scalars: { beta1Power: this.beta1Power, beta2Power: this.beta2Power } };
  }

  load(s: OptimizerSnapshot): void {
    const n = checkSnapshot(this.name, s, ['m', 'v'], ['beta1Power', 'beta2Power']);
    this.t = s.steps;
    this.beta1Power = s.scalars.beta1Power;
    this.beta2Power = s.scalars.beta2Power;
    this.m = n === null ? null : s.vectors.m.slice();
    this.v = n === null ? null : s.vectors.v.slice();
  }
}

export const adam = defineOptimizer<AdamConfig>({
  name: 'adam',
  title: 'Adam',
  defaults: adamDefaults,
  hyperparameters: adamHyperparameters,
  formula: adamMomentsFormula + 'w_{t+1} = w_t - \\frac{\\alpha\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon}',
  create: (config) =>
    new AdamOptimizer('adam', resolveConfig('adam', adamDefaults, adamHyperparameters, adamSwitches, config), 0),
});
