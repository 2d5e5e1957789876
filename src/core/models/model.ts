/**
 * What every model shares: its weights in one ParameterSet, a forward pass that builds the
 * graph of its outputs for a batch, and the data loss that compares outputs with targets.
 * Models never run the optimizer or hold data: train/ puts the three together.
 */
import type { Rng } from '../random/prng';
import type { ParameterSet } from '../tensor/parameters';
import type { Tensor } from '../tensor/tensor';

/** Regression predicts a number; binary outputs one logit; multiclass outputs K scores. */
export type Task = 'regression' | 'binary' | 'multiclass';

export type ModelKind = 'linearRegression' | 'logisticRegression' | 'softmaxClassifier' | 'linearSvm' | 'mlp';

export interface ForwardMode {
  /** Training turns dropout on and makes batch norm use (and update) batch statistics. */
  readonly training: boolean;
  /** Draws dropout masks. */
  readonly rng: Rng;
}

export interface Model {
  readonly kind: ModelKind;
  readonly task: Task;
  /** Features per example the forward pass expects. */
  readonly inputs: number;
  /** Output columns: 1 for regression and binary, K for multiclass. */
  readonly outputs: number;
  readonly params: ParameterSet;
  /** Outputs [n, outputs] for a batch x [n, inputs]. */
  forward(x: Tensor, mode: ForwardMode): Tensor;
  /** Mean data loss of outputs against targets y [n] (labels or values). */
  loss(outputs: Tensor, y: Tensor): Tensor;
}
