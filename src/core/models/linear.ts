/**
 * The linear models: one score function s = x·W + b, four losses.
 *   linearRegression    1 output, mean squared error
 *   logisticRegression  1 logit, sigmoid + binary cross-entropy
 *   softmaxClassifier   K scores, softmax + cross-entropy
 *   linearSvm           K scores, multiclass hinge loss
 * With `biasAsWeight`, b is dropped and the data must carry a last column of ones
 * (data/bias.ts addBiasColumn): the bias becomes the weight of that column, so the model is
 * the single product x·W that the closed-form least-squares solution is written for.
 * Parameters: W, shape [inputs, outputs], then b, shape [outputs] (absent with biasAsWeight).
 */
import { requireInteger, ShapeError } from '../errors';
import { createRng } from '../random/prng';
import { ParameterSet } from '../tensor/parameters';
import type { Tensor } from '../tensor/tensor';
import { formatShape } from '../tensor/shape';
import { type Initializer, initialize } from './initializers';
import { type InitialValues, setInitialValues } from './initialValues';
import { dense } from '../ops';
import type { Model, ModelKind } from './model';
import { type OutputLoss, outputLoss } from './outputLoss';

export interface LinearConfig {
  /** Features per example (counting the column of ones when biasAsWeight is set). */
  inputs: number;
  /** Classes, for softmaxClassifier and linearSvm (≥ 2). */
  classes?: number;
  biasAsWeight?: boolean;
  /** Default: zeros, the usual start for convex linear models. */
  init?: Initializer;
  seed?: number;
  /** Starting values: [W…, b…] as one flat vector, or by name, { W: [[m]], b: [c] } (W as
   *  rows [inputs][outputs] or flat). */
  initial?: InitialValues;
}

function createLinear(kind: ModelKind, lossName: OutputLoss, multiclass: boolean, config: LinearConfig): Model {
  const inputs = requireInteger(kind, 'inputs', config.inputs, 1, 1e6);
  const outputs = multiclass ? requireInteger(kind, 'classes', config.classes ?? NaN, 2, 1e4) : 1;
  const withBias = !config.biasAsWeight;
  const params = new ParameterSet([
    { name: 'W', shape: [inputs, outputs], kind: 'weight' },
    ...(withBias ? [{ name: 'b', shape: [outputs], kind: 'bias' as const }] : []),
  ]);
  initialize(params, config.init ?? { kind: 'zeros' }, createRng(config.seed ?? 0));
  if (config.initial !== undefined) setInitialValues(kind, params, config.initial);
  const w = params.get('W');
  const b = withBias ? params.get('b') : null;
  const { task, loss } = outputLoss(lossName);
  return {
    kind, task, inputs, outputs, params, loss,
    forward(x: Tensor) {
      if (x.shape.length !== 2 || x.shape[1] !== inputs) {
        throw new ShapeError(kind, `expects inputs of shape [n, ${inputs}], got ${formatShape(x.shape)}`);
      }
      return dense(x, w, b);
    },
  };
}

export const linearRegression = (c: LinearConfig): Model => createLinear('linearRegression', 'mse', false, c);
export const logisticRegression = (c: LinearConfig): Model => createLinear('logisticRegression', 'sigmoidCrossEntropy', false, c);
export const softmaxClassifier = (c: LinearConfig): Model => createLinear('softmaxClassifier', 'softmaxCrossEntropy', true, c);
export const linearSvm = (c: LinearConfig): Model => createLinear('linearSvm', 'hinge', true, c);
