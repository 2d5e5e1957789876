/**
 * A training problem: a parameter vector, updated in place, and a way to get the loss and its
 * gradient at the current parameters (on the next mini-batch, for models). The training
 * driver runs any optimizer on any problem; the two kinds here are a 2-D surface and a model
 * with its data.
 */
import type { Objective } from '../optim/objective';

export interface TrainingProblem {
  /** Parameters, updated in place by the optimizer. */
  readonly values: Float64Array;
  /** Where lossAndGrad writes the gradient. */
  readonly grads: Float64Array;
  /** Loss and gradient at `values` on the next batch (which it uses up); returns the loss. */
  lossAndGrad(): number;
  /**
   * Loss alone at `values`, a forward pass: on the batch the next lossAndGrad() will use (the
   * whole training set for a full-batch problem), in evaluation mode (no dropout; batch norm
   * with its running statistics). Reading only: it consumes no batch and changes no state, so
   * calling it any number of times leaves training exactly as it was.
   */
  loss(): number;
  /** The full (whole-dataset, deterministic) objective, for Newton, L-BFGS and checks. */
  readonly objective: Objective;
  /** 1 where decoupled weight decay applies (weights), 0 where not (biases); null: everywhere. */
  readonly decayMask: Uint8Array | null;
  /** Loss on held-out data at the current parameters (problems given a validation set). */
  validationLoss?(): number;
}
