/**
 * AdamW (Loshchilov and Hutter 2019): Adam with decoupled weight decay. The decay shrinks w
 * directly, beside the Adam step, instead of being added to the gradient (where Adam's
 * per-coordinate scaling would distort it):
 *
 *   w ← w − α(m̂ / (√v̂ + ε) + λw)
 *
 * with m̂, v̂ exactly as in adam.ts and λw taken at the old w (PyTorch's AdamW, up to rounding).
 */
import { AdamOptimizer, adamDefaults, adamHyperparameters, adamMomentsFormula, adamSwitches } from './adam';
import type { AdamConfig } from './adam';
import { resolveConfig } from './config';
import { defineOptimizer, type HyperparameterSpec } from './optimizer';

export interface AdamWConfig extends AdamConfig {
  /** Decoupled weight decay λ. Default 0.01 (PyTorch AdamW; the paper tunes it per task). */
  readonly weightDecay: number;
}

const defaults: Readonly<AdamWConfig> = Object.freeze({ ...adamDefaults, weightDecay: 0.01 });

const hyperparameters: readonly HyperparameterSpec[] = [
  ...adamHyperparameters,
  {
    name: 'weightDecay',
    min: 0,
    max: 1,
    default: defaults.weightDecay,
    log: false,
    symbol: '\\lambda',
    doc: 'Fraction of w removed per unit of learning rate, independently of the gradient.',
  },
];

export const adamw = defineOptimizer<AdamWConfig>({
  name: 'adamw',
  title: 'AdamW',
  defaults,
  hyperparameters,
  formula: adamMomentsFormula + 'w_{t+1} = w_t - \\alpha \\left(\\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon} + \\lambda w_t\\right)',
  create: (config) => {
    const resolved = resolveConfig('adamw', defaults, hyperparameters, adamSwitches, config);
    return new AdamOptimizer('adamw', resolved, resolved.weightDecay);
  },
});
