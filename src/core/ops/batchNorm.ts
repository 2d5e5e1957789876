/**
 * Batch normalization (Ioffe & Szegedy, 2015) over the rows of x [n, d], per feature:
 *   training:   μ, σ² = batch mean and (biased) variance;  x̂ = (x − μ)/√(σ² + ε);  y = γx̂ + β
 *               running ← (1 − momentum)·running + momentum·batch  (variance: unbiased, n/(n−1))
 *   evaluation: the running statistics replace μ and σ².
 * Backward in training, with s = 1/√(σ² + ε) and ĝ = ∂L/∂x̂ = γ ⊙ ∂L/∂y:
 *   ∂L/∂x = (s/n)·(n·ĝ − Σ ĝ − x̂ Σ ĝ⊙x̂),   ∂L/∂γ = Σ ∂L/∂y ⊙ x̂,   ∂L/∂β = Σ ∂L/∂y
 */
import { RangeError_, requireInRange, ShapeError } from '../errors';
import { formatShape, requireRank } from '../tensor/shape';
import type { Tensor } from '../tensor/tensor';
import { defineOp, gradOf } from './define';

export interface BatchNormState {
  readonly runningMean: Float64Array;
  readonly runningVar: Float64Array;
  /** Weight of the newest batch in the running averages (PyTorch's default 0.1). */
  readonly momentum: number;
  readonly eps: number;
}

export function createBatchNormState(features: number, momentum = 0.1, eps = 1e-5): BatchNormState {
  requireInRange('batchNorm', 'momentum', momentum, 0, 1);
  requireInRange('batchNorm', 'eps', eps, 0, 1);
  return { runningMean: new Float64Array(features), runningVar: new Float64Array(features).fill(1), momentum, eps };
}

export function batchNorm(x: Tensor, gamma: Tensor, beta: Tensor, state: BatchNormState, training: boolean): Tensor {
  requireRank('batchNorm', 'input', x.shape, 2);
  const [n, d] = x.shape;
  for (const [name, t] of [['gamma', gamma], ['beta', beta]] as const) {
    if (t.size !== d) throw new ShapeError('batchNorm', `${name} has shape ${formatShape(t.shape)}, expected ${d} features`);
  }
  if (state.runningMean.length !== d) throw new ShapeError('batchNorm', `running statistics have ${state.runningMean.length} features, input has ${d}`);
  if (training && n < 2) throw new RangeError_('batchNorm', `training needs a batch of at least 2 rows, got ${n}`);
  const xhat = new Float64Array(n * d);
  const invStd = new Float64Array(d);
  const { runningMean, runningVar, momentum, eps } = state;

  return defineOp(
    'batchNorm', [x, gamma, beta], [n, d],
    (out) => {
      const xd = x.data, o = out.data, gm = gamma.data, bt = beta.data;
      for (let j = 0; j < d; j++) {
        let mu: number, v: number;
        if (training) {
          mu = 0;
          for (let i = 0; i < n; i++) mu += xd[i * d + j];
          mu /= n;
          v = 0;
          for (let i = 0; i < n; i++) v += (xd[i * d + j] - mu) ** 2;
          v /= n;
          runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mu;
          runningVar[j] = (1 - momentum) * runningVar[j] + momentum * v * (n / (n - 1));
        } else {
          mu = runningMean[j];
          v = runningVar[j];
        }
        const s = 1 / Math.sqrt(v + eps);
        invStd[j] = s;
        for (let i = 0; i < n; i++) {
          const h = (xd[i * d + j] - mu) * s;
          xhat[i * d + j] = h;
          o[i * d + j] = gm[j] * h + bt[j];
        }
      }
    },
    (out) => {
      const g = out.grad;
      if (!g) return;
      const gx = gradOf(x), gg = gradOf(gamma), gb = gradOf(beta), gm = gamma.data;
      for (let j = 0; j < d; j++) {
        let sumG = 0, sumGx = 0;
        for (let i = 0; i < n; i++) {
          sumG += g[i * d + j];
          sumGx += g[i * d + j] * xhat[i * d + j];
        }
        if (gg) gg[j] += sumGx;
        if (gb) gb[j] += sumG;
        if (!gx) continue;
        const s = invStd[j];
        if (training) {
          // Σĝ = γΣg and Σĝx̂ = γΣg·x̂, so the formula above becomes:
          const c = (gm[j] * s) / n;
          for (let i = 0; i < n; i++) {
            gx[i * d + j] += c * (n * g[i * d + j] - sumG - xhat[i * d + j] * sumGx);
          }
        } else {
          for (let i = 0; i < n; i++) gx[i * d + j] += gm[j] * s * g[i * d + j];
        }
      }
    },
    { training },
  );
}
