/**
 * Multilayer perceptron: sizes [in, h₁, …, out], a chosen activation after each hidden layer,
 * a linear last layer whose outputs the chosen loss reads (logit, scores or value).
 * Optional batch normalization (before the activation) and dropout (after it) on hidden layers.
 *   a₀ = x;   aₗ = act_l( BN( aₗ₋₁·Wₗ + bₗ ) ) then dropout;   out = a_{L−1}·W_L + b_L
 * Without batch norm each hidden layer is one fused `dense` op (ops/dense.ts).
 *
 * Parameter names, numbered from 1 like the layers l = 1 … L = sizes.length − 1:
 *   Wl      weights of layer l, shape [sizes[l − 1], sizes[l]]  (input rows, output columns)
 *   bl      its bias, shape [sizes[l]]
 *   gammal, betal   batch norm's scale and shift of hidden layer l (with batchNorm only)
 * in this order in the flat vector `params.values`: W1, b1, (gamma1, beta1,) W2, b2, …, WL, bL.
 * `initial` sets any of them: `mlp({ sizes: [1, 2, 1], …, initial: { W1: [[1, -1]], b2: [0.5] } })`.
 */
import { lookupName, RangeError_, requireInRange, requireInteger, ShapeError } from '../errors';
import { batchNorm, type BatchNormState, createBatchNormState, dense, dropout } from '../ops';
import { createRng } from '../random/prng';
import { ParameterSet } from '../tensor/parameters';
import type { Tensor } from '../tensor/tensor';
import { formatShape } from '../tensor/shape';
import { type Initializer, initialize } from './initializers';
import { type InitialValues, setInitialValues } from './initialValues';
import { ACTIVATIONS, type Activation, activate } from './layers';
import type { ForwardMode, Model } from './model';
import { type OutputLoss, outputLoss } from './outputLoss';

export interface MlpConfig {
  /** Layer widths, input first, output last: [2, 16, 16, 1]. At least two entries. */
  sizes: readonly number[];
  /** One activation for every hidden layer, or one per hidden layer (sizes.length − 2). */
  activation: Activation | readonly Activation[];
  loss: OutputLoss;
  /** Default: He for relu-family hidden layers, Xavier otherwise. */
  init?: Initializer;
  seed?: number;
  /** Dropout probability on hidden activations (default 0). */
  dropout?: number;
  /** Batch normalization on hidden pre-activations (default false). */
  batchNorm?: boolean;
  /**
   * Starting values instead of the initializer's: one flat vector of every parameter in order,
   * or any of them by name (W1, b1, …; see above), a matrix as rows or flat row-major. The
   * rest keep what `init` and `seed` give them.
   */
  initial?: InitialValues;
}

export interface Mlp extends Model {
  readonly sizes: readonly number[];
  readonly activations: readonly Activation[];
  /** Running statistics of each hidden layer's batch norm (empty without batch norm). */
  readonly batchNormStates: readonly BatchNormState[];
}

export function mlp(config: MlpConfig): Mlp {
  const op = 'mlp';
  const sizes = config.sizes;
  if (sizes.length < 2) throw new ShapeError(op, `sizes needs at least input and output widths, got [${sizes.join(', ')}]`);
  sizes.forEach((s, i) => requireInteger(op, `sizes[${i}]`, s, 1, 1e5));
  const hidden = sizes.length - 2;
  const acts = typeof config.activation === 'string' ? new Array<Activation>(hidden).fill(config.activation) : [...config.activation];
  if (acts.length !== hidden) {
    throw new ShapeError(op, `${acts.length} activations given for ${hidden} hidden layers`);
  }
  acts.forEach((a) => lookupName(op, Object.fromEntries(ACTIVATIONS.map((k) => [k, k])), a));
  const { task, loss } = outputLoss(config.loss);
  const outputs = sizes[sizes.length - 1];
  if (task !== 'multiclass' && outputs !== 1) {
    throw new RangeError_(op, `loss ${config.loss} needs 1 output, got ${outputs}`);
  }
  if (task === 'multiclass' && outputs < 2) throw new RangeError_(op, `loss ${config.loss} needs at least 2 outputs, got ${outputs}`);
  const p = requireInRange(op, 'dropout', config.dropout ?? 0, 0, 0.95);
  const useBn = config.batchNorm === true;

  const specs: { name: string; shape: number[]; kind: 'weight' | 'bias' }[] = [];
  for (let l = 1; l < sizes.length; l++) {
    specs.push({ name: `W${l}`, shape: [sizes[l - 1], sizes[l]], kind: 'weight' });
    specs.push({ name: `b${l}`, shape: [sizes[l]], kind: 'bias' });
    if (useBn && l < sizes.length - 1) {
      specs.push({ name: `gamma${l}`, shape: [sizes[l]], kind: 'bias' });
      specs.push({ name: `beta${l}`, shape: [sizes[l]], kind: 'bias' });
    }
  }
  const params = new ParameterSet(specs);
  const reluLike = acts.some((a) => a === 'relu' || a === 'leakyRelu');
  initialize(params, config.init ?? { kind: reluLike ? 'he' : 'xavier' }, createRng(config.seed ?? 0));
  const bnStates = useBn ? sizes.slice(1, -1).map((s) => createBatchNormState(s)) : [];
  if (useBn) for (let l = 1; l <= hidden; l++) params.get(`gamma${l}`).data.fill(1);
  if (config.initial !== undefined) setInitialValues(op, params, config.initial);

  const layers = sizes.slice(1).map((_, i) => ({ w: params.get(`W${i + 1}`), b: params.get(`b${i + 1}`) }));

  return {
    kind: 'mlp', task, inputs: sizes[0], outputs, params, loss,
    sizes: [...sizes], activations: acts, batchNormStates: bnStates,
    forward(x: Tensor, mode: ForwardMode) {
      if (x.shape.length !== 2 || x.shape[1] !== sizes[0]) {
        throw new ShapeError(op, `expects inputs of shape [n, ${sizes[0]}], got ${formatShape(x.shape)}`);
      }
      let a = x;
      for (let l = 0; l < layers.length; l++) {
        const { w, b } = layers[l];
        if (l === layers.length - 1) return dense(a, w, b, 'linear');
        if (useBn) {
          // Normalize the pre-activation, so the layer is three ops: dense, batch norm, activation.
          a = batchNorm(dense(a, w, b, 'linear'), params.get(`gamma${l + 1}`), params.get(`beta${l + 1}`), bnStates[l], mode.training);
          a = activate(acts[l], a);
        } else {
          a = dense(a, w, b, acts[l]); // matmul, bias and activation fused
        }
        if (p > 0) a = dropout(a, { p, rng: mode.rng, training: mode.training });
      }
      return a;
    },
  };
}
