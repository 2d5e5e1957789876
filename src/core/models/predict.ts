/** Reading a model's outputs: predictions, accuracy and loss on a whole dataset (evaluation mode). */
import type { Dataset } from '../data/dataset';
import { ShapeError } from '../errors';
import { createRng } from '../random/prng';
import { wrap } from '../tensor/tensor';
import type { Model } from './model';

/** Raw outputs [n, outputs] in evaluation mode (no dropout; batch norm's running statistics). */
export function outputsOf(model: Model, x: Float64Array, n: number): Float64Array {
  if (x.length !== n * model.inputs) {
    throw new ShapeError('predict', `expected ${n}×${model.inputs} = ${n * model.inputs} features, got ${x.length}`);
  }
  return model.forward(wrap(x, [n, model.inputs]), { training: false, rng: createRng(0) }).data;
}

/** One prediction per row: the value (regression), 0/1 (binary: logit > 0) or the argmax class. */
export function predict(model: Model, x: Float64Array, n: number): Float64Array {
  const out = outputsOf(model, x, n);
  if (model.task === 'regression') return out;
  const k = model.outputs;
  const labels = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (model.task === 'binary') {
      labels[i] = out[i] > 0 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let j = 1; j < k; j++) if (out[i * k + j] > out[i * k + best]) best = j;
    labels[i] = best;
  }
  return labels;
}

/** Fraction of rows whose predicted class equals the label. */
export function accuracy(model: Model, ds: Dataset): number {
  const labels = predict(model, ds.x, ds.n);
  let hits = 0;
  for (let i = 0; i < ds.n; i++) if (labels[i] === ds.y[i]) hits++;
  return ds.n === 0 ? 0 : hits / ds.n;
}

/** Mean data loss over a dataset, in evaluation mode. */
export function datasetLoss(model: Model, ds: Dataset): number {
  const rng = createRng(0);
  const out = model.forward(wrap(ds.x, [ds.n, model.inputs]), { training: false, rng });
  return model.loss(out, wrap(ds.y, [ds.n])).data[0];
}
