/** The loss Select's choices, shared by both widgets of this folder. */
import type { ClassifierLoss } from '../../worker/tasks/classifierObjective';

export const LOSS_OPTIONS: readonly { value: ClassifierLoss; label: string }[] = [
  { value: 'svm', label: 'Multiclass SVM' },
  { value: 'softmax', label: 'Softmax' },
];
