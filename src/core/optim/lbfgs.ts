/**
 * L-BFGS (Nocedal 1980; Liu and Nocedal 1989): a quasi-Newton method that approximates the
 * inverse Hessian from the last m pairs
 *
 *   s = w_{k+1} − w_k,   y = ∇f(w_{k+1}) − ∇f(w_k)
 *
 * and applies it to the gradient by the two-loop recursion (Nocedal and Wright, Algorithm 7.4),
 * starting from H₀ = γI with γ = sᵀy / yᵀy of the newest pair. Pairs that break the curvature
 * condition (sᵀy ≤ 1e-10·|s||y|) are skipped, which keeps H positive definite. If the direction
 * d = −H∇f is still not downhill (rounding), the memory is cleared and d = −∇f.
 *
 * The step is a backtracking Armijo line search from η₀ = α (lineSearch), or the fixed η = α.
 * With an empty memory there is no curvature to set the scale, so, like PyTorch's LBFGS, the
 * steepest-descent step starts from η₀ = α·min(1, 1/‖∇f‖₁).
 *
 * The pair for the previous step is formed from the `g` passed to step(), which the caller
 * computed at the new w: nothing is cached between steps except the previous w and gradient.
 * Moving w by hand between steps? Call reset().
 */
import { learningRateSpec, resolveConfig, stepLr } from './config';
import type { SwitchSpec } from './config';
import { backtrackArmijo } from './backtracking';
import { defineOptimizer, type HyperparameterSpec, type Optimizer } from './optimizer';
import type { Objective } from './objective';
import { requireObjective } from './requireObjective';
import { NOT_SIZED, checkStepShapes } from './state';

export interface LbfgsConfig {
  /** Initial (line search) or fixed step α. Default 1: the quasi-Newton step (Nocedal and Wright). */
  readonly lr: number;
  /** Number m of (s, y) pairs remembered. Default 10 (PyTorch; Nocedal and Wright suggest 3–20). */
  readonly history: number;
  /** Backtracking Armijo line search (c₁ = 1e-4, halving, at most 30 halvings). Default true. */
  readonly lineSearch: boolean;
}

const defaults: Readonly<LbfgsConfig> = Object.freeze({ lr: 1, history: 10, lineSearch: true });

const hyperparameters: readonly HyperparameterSpec[] = [
  learningRateSpec(defaults.lr, 'First step length tried by the line search, or the fixed step without one.'),
  {
    name: 'history',
    min: 1,
    max: 100,
    default: defaults.history,
    log: false,
    integer: true,
    symbol: 'm',
    doc: 'How many recent steps are used to estimate the curvature.',
  },
];

const switches: readonly SwitchSpec[] = [
  {
    name: 'lineSearch',
    default: true,
    doc: 'Halve the step until f decreases enough (Armijo); off takes the fixed step α.',
  },
];

/** Curvature condition: a pair is kept only if sᵀy > CURVATURE_TOL·|s||y|. */
const CURVATURE_TOL = 1e-10;

class Lbfgs implements Optimizer<LbfgsConfig> {
  readonly name = 'lbfgs';
  readonly config: Readonly<LbfgsConfig>;
  private t = 0;
  private dim = NOT_SIZED;
  /** Ring buffers of the last m pairs: slot j holds s (and y) at offset j·n. */
  private sHist = new Float64Array(0);
  private yHist = new Float64Array(0);
  /** 1 / sᵀy per slot. */
  private rhoHist = new Float64Array(0);
  /** Two-loop coefficients α_j per slot. */
  private coef = new Float64Array(0);
  /** Number of stored pairs, and the slot the next pair goes to. */
  private count = 0;
  private head = 0;
  /** γ = sᵀy / yᵀy of the newest pair. */
  private gamma = 1;
  private dir = new Float64Array(0);
  private prevW = new Float64Array(0);
  private prevG = new Float64Array(0);
  private trialGrad = new Float64Array(0);
  private hasPrev = false;

  constructor(config: Readonly<LbfgsConfig>) {
    this.config = config;
  }

  get steps(): number {
    return this.t;
  }

  step(w: Float64Array, g: Float64Array, lr?: number, objective?: Objective): void {
    const n = checkStepShapes('lbfgs', w, g, this.dim);
    const alpha = stepLr('lbfgs', lr, this.config.lr);
    const f = this.config.lineSearch ? requireObjective('lbfgs', objective, n) : undefined;
    if (this.dim === NOT_SIZED) this.allocate(n);
    if (this.hasPrev) this.remember(w, g);
    this.prevW.set(w);
    this.prevG.set(g);
    this.hasPrev = true;

    const d = this.dir;
    let slope = this.direction(g);
    if (this.count > 0 && !(slope < 0)) {
      this.forget();
      slope = this.direction(g);
    }
    let eta0 = this.count > 0 ? alpha : alpha * Math.min(1, 1 / norm1(g));
    if (f === undefined) {
      for (let i = 0; i < n; i++) w[i] += eta0 * d[i];
    } else {
      const f0 = f.valueAndGrad(w, this.trialGrad);
      const eta = backtrackArmijo(f, this.prevW, d, f0, slope, eta0, w, this.trialGrad);
      if (eta < 0 && this.count > 0) {
        // The quasi-Newton direction found no decrease: retry once along −∇f. If that fails
        // too, w is at a numerical minimum and backtrackArmijo has left it where it was.
        this.forget();
        slope = this.direction(g);
        eta0 = alpha * Math.min(1, 1 / norm1(g));
        backtrackArmijo(f, this.prevW, d, f0, slope, eta0, w, this.trialGrad);
      }
    }
    this.t++;
  }

  reset(): void {
    this.t = 0;
    this.dim = NOT_SIZED;
    this.hasPrev = false;
    this.forget();
  }

  private allocate(n: number): void {
    const m = this.config.history;
    this.sHist = new Float64Array(m * n);
    this.yHist = new Float64Array(m * n);
    this.rhoHist = new Float64Array(m);
    this.coef = new Float64Array(m);
    this.dir = new Float64Array(n);
    this.prevW = new Float64Array(n);
    this.prevG = new Float64Array(n);
    this.trialGrad = new Float64Array(n);
    this.dim = n;
  }

  private forget(): void {
    this.count = 0;
    this.head = 0;
    this.gamma = 1;
  }

  /** Stores s = w − w_prev, y = g − g_prev in the next slot, unless sᵀy is too small. */
  private remember(w: Float64Array, g: Float64Array): void {
    const n = this.dim;
    const m = this.config.history;
    const prevW = this.prevW;
    const prevG = this.prevG;
    let sy = 0;
    let ss = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = w[i] - prevW[i];
      const yi = g[i] - prevG[i];
      sy += si * yi;
      ss += si * si;
      yy += yi * yi;
    }
    // Checked before writing: when the memory is full, the slot still holds the oldest pair.
    if (!(sy > CURVATURE_TOL * Math.sqrt(ss * yy))) return;
    const off = this.head * n;
    const S = this.sHist;
    const Y = this.yHist;
    for (let i = 0; i < n; i++) {
      S[off + i] = w[i] - prevW[i];
      Y[off + i] = g[i] - prevG[i];
    }
    this.rhoHist[this.head] = 1 / sy;
    this.gamma = sy / yy;
    this.head = (this.head + 1) % m;
    if (this.count < m) this.count++;
  }

  /** Writes d = −H·g into this.dir by the two-loop recursion (d = −g when empty); returns gᵀd. */
  private direction(g: Float64Array): number {
    const n = this.dim;
    const m = this.config.history;
    const q = this.dir;
    const S = this.sHist;
    const Y = this.yHist;
    const count = this.count;
    // listing: step
    q.set(g);
    // First loop, newest pair to oldest: αⱼ = ρⱼ sⱼᵀq; q ← q − αⱼ yⱼ.
    for (let k = 0; k < count; k++) {
      const j = (this.head - 1 - k + 2 * m) % m;
      const off = j * n;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += S[off + i] * q[i];
      const a = this.rhoHist[j] * dot;
      this.coef[j] = a;
      for (let i = 0; i < n; i++) q[i] -= a * Y[off + i];
    }
    const gamma = count > 0 ? this.gamma : 1;
    for (let i = 0; i < n; i++) q[i] *= gamma;
    // Second loop, oldest pair to newest: β = ρⱼ yⱼᵀr; r ← r + sⱼ(αⱼ − β).
    for (let k = count - 1; k >= 0; k--) {
      const j = (this.head - 1 - k + 2 * m) % m;
      const off = j * n;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += Y[off + i] * q[i];
      const c = this.coef[j] - this.rhoHist[j] * dot;
      for (let i = 0; i < n; i++) q[i] += c * S[off + i];
    }
    // listing: end
    let slope = 0;
    for (let i = 0; i < n; i++) {
      q[i] = -q[i];
      slope += g[i] * q[i];
    }
    return slope;
  }
}

function norm1(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i]);
  return s;
}

export const lbfgs = defineOptimizer<LbfgsConfig>({
  name: 'lbfgs',
  title: 'L-BFGS',
  defaults,
  hyperparameters,
  formula:
    's_k = w_{k+1} - w_k, \\quad y_k = \\nabla f(w_{k+1}) - \\nabla f(w_k) ' +
    '\\quad (\\text{last } m \\text{ pairs with } s_k^\\top y_k > 10^{-10} \\lVert s_k \\rVert \\lVert y_k \\rVert) \\\\ ' +
    'd_t = -H_t \\nabla f(w_t) \\quad (\\text{two-loop recursion from } H^0 = \\gamma I,\\ \\gamma = \\tfrac{s^\\top y}{y^\\top y} \\text{ of the newest pair}) \\\\ ' +
    '\\eta_0 = \\alpha \\quad (\\alpha \\min(1, 1/\\lVert \\nabla f(w_t) \\rVert_1) \\text{ and } d_t = -\\nabla f(w_t) \\text{ when no pair is stored}) \\\\ ' +
    '\\eta_t = \\eta_0 2^{-j}, \\text{ smallest } j \\le 30 \\text{ with } f(w_t + \\eta_t d_t) \\le f(w_t) + 10^{-4} \\eta_t \\nabla f(w_t)^\\top d_t ' +
    '\\quad (\\eta_t = \\eta_0 \\text{ without line search}) \\\\ ' +
    'w_{t+1} = w_t + \\eta_t d_t',
  create: (config) => new Lbfgs(resolveConfig('lbfgs', defaults, hyperparameters, switches, config)),
});
