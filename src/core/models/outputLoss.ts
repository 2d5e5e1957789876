/**
 * The loss at the end of a network, which fixes how its outputs are read:
 *   mse                  regression, 1 output
 *   sigmoidCrossEntropy  binary classification, 1 logit (σ of it is P(class 1))
 *   softmaxCrossEntropy  K classes, K scores (softmax of them are the probabilities)
 *   hinge                K classes, K scores, multiclass SVM margin 1
 */
import { lookupName } from '../errors';
import { multiclassHinge, mse, sigmoidCrossEntropy, softmaxCrossEntropy } from '../ops';
import type { Tensor } from '../tensor/tensor';
import type { Task } from './model';

export type OutputLoss = 'mse' | 'sigmoidCrossEntropy' | 'softmaxCrossEntropy' | 'hinge';

const table: Record<OutputLoss, { task: Task; loss: (out: Tensor, y: Tensor) => Tensor }> = {
  mse: { task: 'regression', loss: mse },
  sigmoidCrossEntropy: { task: 'binary', loss: sigmoidCrossEntropy },
  softmaxCrossEntropy: { task: 'multiclass', loss: softmaxCrossEntropy },
  hinge: { task: 'multiclass', loss: (s, y) => multiclassHinge(s, y, 1) },
};

export function outputLoss(name: OutputLoss): { task: Task; loss: (out: Tensor, y: Tensor) => Tensor } {
  return lookupName('outputLoss', table, name);
}
