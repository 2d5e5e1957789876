/**
 * A model and its data as a training problem. The loss graph is traced once per batch size
 * and replayed every step (autodiff/program.ts): a step copies the next batch into reused
 * buffers, points the graph's input leaves at them and reruns the same closures over the same
 * arrays, so training allocates nothing per step.
 *
 * The data are copied and their targets checked once, here: changing the caller's arrays
 * afterwards changes nothing, and no step re-checks a target.
 */
import type { Dataset } from '../data/dataset';
import { checkDataset } from '../data/dataset';
import { Program } from '../autodiff/program';
import { RangeError_, requireAllFinite, requireInteger, ShapeError } from '../errors';
import type { Model } from '../models/model';
import { applyRegularizer, type Regularizer } from '../models/regularizers';
import { checkTargets } from '../models/targets';
import type { Objective } from '../optim/objective';
import { createRng, deriveSeed } from '../random/prng';
import type { Tensor } from '../tensor/tensor';
import { wrap } from '../tensor/tensor';
import { type BatchOrder, type BatchRows, orderedBatches, shuffledBatches } from './batchOrder';
import type { TrainingProblem } from './problem';

export interface ModelProblemOptions {
  /** Examples per step, in a seeded shuffle (each example once per epoch); omit (or ≥ n) for
   *  full-batch gradient descent. */
  batchSize?: number;
  /**
   * An explicit batch order instead of the shuffle: a list of index arrays (repeated when it
   * runs out), or a function given the batch number k = 0, 1, … that returns that batch's row
   * indices (asked once per batch, in order). Indices must be whole numbers in [0, n); a list
   * is checked and copied here, a function's answer when it is asked. Not with batchSize.
   */
  batches?: BatchOrder;
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

/** A private copy of `data` after checking it fits the model (features finite, targets valid). */
function ownCopy(op: string, model: Model, data: Dataset, name: string): Dataset {
  checkDataset(op, data);
  if (data.d !== model.inputs) throw new ShapeError(op, `${name} has ${data.d} features, model expects ${model.inputs}`);
  requireAllFinite(op, `${name}.x`, data.x);
  checkTargets(op, model, data.y, `${name}.y`);
  return { ...data, x: data.x.slice(), y: data.y.slice() };
}

export function modelProblem(model: Model, dataset: Dataset, options: ModelProblemOptions = {}): TrainingProblem {
  const op = 'modelProblem';
  const data = ownCopy(op, model, dataset, 'data');
  const seed = options.seed ?? 0;
  const reg: Regularizer = options.regularizer ?? { kind: 'none' };
  const { params } = model;
  if (options.batches !== undefined && options.batchSize !== undefined) {
    throw new RangeError_(op, 'give batchSize (a seeded shuffle) or batches (an explicit order), not both');
  }
  const batchSize = requireInteger(op, 'batchSize', options.batchSize ?? data.n, 1, 1e9);

  // The whole training set in evaluation mode: a deterministic function of the weights.
  const full = traceLoss(model, data.x, data.y, data.n, false, seed);
  const fullLoss = (): number => full.program.run() + applyRegularizer(params, reg);

  let lossAndGrad: () => number;
  let loss: () => number;
  if (options.batches === undefined && batchSize >= data.n) {
    // Full batch: one training graph; loss() is the evaluation graph's forward pass.
    const train = traceLoss(model, data.x, data.y, data.n, true, seed);
    lossAndGrad = () => train.program.run() + applyRegularizer(params, reg);
    loss = () => full.program.forward() + applyRegularizer(params, reg, false);
  } else {
    // Mini-batches: one training graph per batch size (an epoch's last batch may be short).
    // loss() looks at the batch the next step will use without consuming it, through its own
    // evaluation-mode graph: no dropout mask drawn, no batch-norm statistic updated, so asking
    // for the loss never changes what training does.
    const next = options.batches === undefined ? shuffledBatches(data, batchSize, seed) : orderedBatches(op, data, options.batches);
    let pending: BatchRows | null = null;
    const training = new Map<number, Traced>(), evaluation = new Map<number, Traced>();
    const graphFor = (b: BatchRows, isTraining: boolean): Traced => {
      const graphs = isTraining ? training : evaluation;
      let t = graphs.get(b.size);
      if (!t) {
        t = traceLoss(model, b.x, b.y, b.size, isTraining, isTraining ? deriveSeed(seed, graphs.size + 1) : seed);
        graphs.set(b.size, t);
      }
      t.x.data = b.x;
      t.y.data = b.y;
      return t;
    };
    lossAndGrad = () => {
      const b = pending ?? next();
      pending = null;
      return graphFor(b, true).program.run() + applyRegularizer(params, reg);
    };
    loss = () => {
      pending ??= next();
      return graphFor(pending, false).program.forward() + applyRegularizer(params, reg, false);
    };
  }

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
  if (options.validation) {
    const validation = ownCopy(op, model, options.validation, 'validation');
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
