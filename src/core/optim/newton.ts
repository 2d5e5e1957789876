/**
 * Newton's method: jump to the stationary point of the local quadratic model,
 *
 *   (H + rI) p = ∇f(w);   w ← w − αp
 *
 * where H = ∇²f(w), r is an optional ridge (Levenberg-style damping) and α a step scale (1 is
 * the pure method). When H + rI is positive definite the solve is a Cholesky factorization and
 * p points downhill. Otherwise we still solve, by LU with partial pivoting: Newton then heads
 * for the nearest stationary point, saddle or maximum included, which is a teaching point of
 * the book, not a bug. A singular H + rI throws.
 */
import { RangeError_, requireAllFinite } from '../errors';
import { learningRateSpec, resolveConfig, stepLr } from './config';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import type { Objective } from './objective';
import { requireHessian } from './requireObjective';
import { choleskyInPlace, choleskySolve, luInPlace, luSolve, pivotTolerance } from '../linalg/solve';
import { NOT_SIZED, checkStepShapes } from './state';

export interface NewtonConfig {
  /** Step scale α (damped Newton when < 1). Default 1: the pure Newton step. */
  readonly lr: number;
  /** Ridge r added to the Hessian's diagonal. Default 0: the pure Newton step. */
  readonly ridge: number;
}

const defaults: Readonly<NewtonConfig> = Object.freeze({ lr: 1, ridge: 0 });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'Fraction of the Newton step to take; 1 jumps to the model\'s stationary point.'),
  {
    name: 'ridge',
    min: 0,
    max: 1e6,
    default: defaults.ridge,
    log: true,
    symbol: 'r',
    doc: 'Added to the Hessian diagonal: large values turn Newton into small gradient steps.',
  },
];

/** At most this many entries of w are printed in the singular-Hessian message. */
const SHOWN = 6;

function formatPoint(w: Float64Array): string {
  const shown: string[] = [];
  for (let i = 0; i < w.length && i < SHOWN; i++) shown.push(String(w[i]));
  if (w.length > SHOWN) shown.push(`… (${w.length} entries)`);
  return `[${shown.join(', ')}]`;
}

class Newton implements Optimizer<NewtonConfig> {
  readonly name = 'newton';
  readonly config: Readonly<NewtonConfig>;
  private t = 0;
  private dim = NOT_SIZED;
  /** Hessian as returned by the objective, then the factored H + rI, row-major n×n. */
  private hess = new Float64Array(0);
  private work = new Float64Array(0);
  private piv = new Int32Array(0);
  /** Newton direction p. */
  private p = new Float64Array(0);

  constructor(config: Readonly<NewtonConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number, objective?: Objective): void {
    const n = checkStepShapes('newton', w, g, this.dim);
    const alpha = stepLr('newton', lr, this.config.lr);
    const f = requireHessian('newton', objective, n);
    if (this.dim === NOT_SIZED) {
      this.hess = new Float64Array(n * n);
      this.work = new Float64Array(n * n);
      this.piv = new Int32Array(n);
      this.p = new Float64Array(n);
      this.dim = n;
    }
    const hess = this.hess;
    const a = this.work;
    const p = this.p;
    // listing: step
    f.hessian(w, hess);
    requireAllFinite('newton', 'Hessian', hess);
    const ridge = this.config.ridge;
    this.loadShifted(ridge);
    const tol = pivotTolerance(a, n);
    if (choleskyInPlace(a, n, tol)) {
      choleskySolve(a, n, g, p);
    } else {
      // Not positive definite: Cholesky has overwritten part of `a`, so reload it.
      this.loadShifted(ridge);
      if (!luInPlace(a, n, this.piv, tol)) {
        const which = ridge === 0 ? 'Hessian' : `Hessian + ${ridge}·I`;
        throw new RangeError_('newton', `${which} is singular at w = ${formatPoint(w)}`);
      }
      luSolve(a, n, this.piv, g, p);
    }
    for (let i = 0; i < n; i++) w[i] -= alpha * p[i];
    // listing: end
    this.t++;
  }

  /** work ← H + rI. */
  private loadShifted(ridge: number): void {
    const n = this.dim;
    const a = this.work;
    a.set(this.hess);
    for (let i = 0; i < n; i++) a[i * n + i] += ridge;
  }

  reset(): void {
    this.t = 0;
    this.dim = NOT_SIZED;
  }
}

export const newton = defineOptimizer<NewtonConfig>({
  name: 'newton',
  title: "Newton's method",
  defaults,
  hyperparameters,
  formula: '(\\nabla^2 f(w_t) + r I)\\, p_t = \\nabla f(w_t) \\\\ w_{t+1} = w_t - \\alpha\\, p_t',
  create: (config) => new Newton(resolveConfig('newton', defaults, hyperparameters, [], config)),
});
