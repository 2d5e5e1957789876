/**
 * A model and its data as a training problem. The loss graph is traced once per batch size
 * and replayed every step (autodiff/program.ts): a step copies the next batch into the
 * iterator's buffers, points the graph's input leaves at them and reruns the same closures
 * over the same arrays, so training allocates nothing per step.
 */
import { createBatchIterator } from '../data/batches';
import type { Dataset } from '../data/dataset';
import { checkDataset } from '../data/dataset';
import { Program } from '../autodiff/program';
import { requireAllFinite, requireInteger, ShapeError } from '../errors';
import type { Model } from '../models/model';
import { applyRegularizer, type Regularizer } from '../models/regularizers';
import type { Objective } from '../optim/objective';
import { createRng, deriveSeed } from '../random/prng';
import type { Tensor } from '../tensor/tensor';
import { wrap } from '../tensor/tensor';
import type { TrainingProblem } from './problem';

export interface ModelProblemOptions {
  /** Examples per step; omit (or ≥ n) for full-batch gradient descent. */
  batchSize?: number;
  /** Seeds the batch shuffling and dropout masks. */
  seed?: number;
  regularizer?: Regularizer;
  /** Held-out data whose loss validationLoss() reports. */
  validation?: Dataset;
}

interface Traced {
  program: Program;
  x: Tensor;
  y: Tensor;
}

/** Traces the model's loss on n examples; `x.data` and `y.data` can be swapped afterwards. */
function traceLoss(model: Model, xData: Float64Array, yData: Float64Array, n: number, training: boolean, seed: number): Traced {
  const x = wrap(xData, [n, model.inputs], { label: 'x' });
  const y = wrap(yData, [n], { label: 'y' });
  const out = model.forward(x, { training, rng: createRng(seed) });
  return { program: new Program(model.loss(out, y)), x, y };
}

export function modelProblem(model: Model, data: Dataset, options: ModelProblemOptions = {}): TrainingProblem {
  const op = 'modelProblem';
  checkDataset(op, data);
  if (data.d !== model.inputs) throw new ShapeError(op, `data has ${data.d} features, model expects ${model.inputs}`);
  requireAllFinite(op, 'data.x', data.x);
  requireAllFinite(op, 'data.y', data.y);
  const seed = options.seed ?? 0;
  const reg: Regularizer = options.regularizer ?? { kind: 'none' };
  const { params } = model;
  const batchSize = requireInteger(op, 'batchSize', options.batchSize ?? data.n, 1, 1e9);

  // The whole training set in evaluation mode: a deterministic function of the weights.
  const full = traceLoss(model, data.x, data.y, data.n, false, seed);
  const fullLoss = (): number => full.program.run() + applyRegularizer(params, reg);

  // The training graph: the whole set, or one per batch size (an epoch's last batch may be short).
  const fullBatch = batchSize >= data.n ? traceLoss(model, data.x, data.y, data.n, true, seed) : null;
  const batches = fullBatch ? null : createBatchIterator(data, batchSize, seed);
  const bySize = new Map<number, Traced>();
  const nextBatch = (): Traced => {
    if (fullBatch || !batches) return fullBatch as Traced;
    const b = batches.next();
    let t = bySize.get(b.size);
    if (!t) {
      t = traceLoss(model, b.x, b.y, b.size, true, deriveSeed(seed, bySize.size + 1));
      bySize.set(b.size, t);
    }
    t.x.data = b.x;
    t.y.data = b.y;
    return t;
  };
  const lossAndGrad = (): number => nextBatch().program.run() + applyRegularizer(params, reg);
  const loss = (): number => nextBatch().program.forward() + applyRegularizer(params, reg, false);

  // Evaluating the objective elsewhere than at the current weights (line searches, Hessian
  // columns) must leave the weights and their gradient as they were: the optimizer may still
  // be reading both.
  const savedValues = new Float64Array(params.size), savedGrads = new Float64Array(params.size);
  const objective: Objective = {
    dim: params.size,
    valueAndGrad(w, g) {
      if (w === params.values && g === params.grads) return fullLoss();
      savedValues.set(params.values);
      savedGrads.set(params.grads);
      params.values.set(w);
      const loss = fullLoss();
      params.values.set(savedValues);
      if (g !== params.grads) {
        g.set(params.grads);
        params.grads.set(savedGrads);
      }
      return loss;
    },
    hessian(w, out) {
      centralDifferenceHessian(this, w, out);
    },
  };

  const decayMask = new Uint8Array(params.size);
  for (const info of params.infos) if (info.kind === 'weight') decayMask.fill(1, info.offset, info.offset + info.size);

  const problem: TrainingProblem = { values: params.values, grads: params.grads, lossAndGrad, loss, objective, decayMask };
  const validation = options.validation;
  if (validation) {
    checkDataset(op, validation);
    const val = traceLoss(model, validation.x, validation.y, validation.n, false, seed);
    return { ...problem, validationLoss: () => val.program.forward() };
  }
  return problem;
}

/**
 * Hessian by centered differences of the analytic gradient, symmetrized:
 *   Hᵢⱼ ≈ (∂ⱼf(w + h eᵢ) − ∂ⱼf(w − h eᵢ)) / 2h.  2n gradient evaluations: for small models only.
 */
function centralDifferenceHessian(f: Objective, w: Float64Array, out: Float64Array): void {
  const n = f.dim, h = 1e-5;
  const wp = Float64Array.from(w), gp = new Float64Array(n), gm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    wp[i] = w[i] + h;
    f.valueAndGrad(wp, gp);
    wp[i] = w[i] - h;
    f.valueAndGrad(wp, gm);
    wp[i] = w[i];
    for (let j = 0; j < n; j++) out[i * n + j] = (gp[j] - gm[j]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const s = 0.5 * (out[i * n + j] + out[j * n + i]);
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
}
