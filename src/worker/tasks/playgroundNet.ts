/**
 * The playground's network: the configuration a reader builds (features, hidden widths, an
 * activation per layer, the output for the task), made into the core's `mlp`, and a plain
 * forward pass over its flat weights that also keeps every hidden neuron's output, for the
 * pictures (the core's fused dense op does not expose them). Evaluation mode: no dropout, batch
 * norm with its running statistics. The tests hold this pass to the core's outputs.
 *
 * Layout of the flat weights, the core mlp's: W1, b1, (gamma1, beta1,) W2, b2, …, WL, bL, with
 * Wl of shape [inputs, outputs] (input rows), so `mlp({ …, initial: weights })` rebuilds it.
 */
import { mlp, type Activation, type Initializer, type Mlp } from '../../core';
import type { Feature } from './playgroundData';

export const PLAYGROUND_ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu'] as const satisfies readonly Activation[];
export type PlaygroundActivation = (typeof PLAYGROUND_ACTIVATIONS)[number];
export const PLAYGROUND_INITS = ['xavier', 'he', 'small', 'large'] as const;
export type PlaygroundInit = (typeof PLAYGROUND_INITS)[number];
export const MAX_HIDDEN_LAYERS = 6;
export const MAX_WIDTH = 32;
/** Batch norm's ε, the core's default (ops/batchNorm.ts). */
const BN_EPS = 1e-5;

export interface NetworkConfig {
  readonly features: readonly Feature[];
  /** Hidden widths, 0 to 6 layers of 1 to 32. */
  readonly hidden: readonly number[];
  /** One per hidden layer. */
  readonly activations: readonly PlaygroundActivation[];
  /** Classes (softmax cross-entropy, even for two), or 1 for regression (squared error). */
  readonly outputs: number;
  readonly regression: boolean;
  readonly init: PlaygroundInit;
  readonly batchNorm: boolean;
  readonly dropout: number;
}

const INITIALIZERS: Readonly<Record<PlaygroundInit, Initializer>> = {
  xavier: { kind: 'xavier' },
  he: { kind: 'he' },
  small: { kind: 'normal', std: 0.01 },
  large: { kind: 'normal', std: 1 },
};

/** Layer widths, input first: [features, …hidden, outputs]. */
export const layerSizes = (c: NetworkConfig): number[] => [c.features.length, ...c.hidden, c.outputs];

/** The core model for this configuration: fresh from `seed`, or with the given weights. */
export function buildModel(c: NetworkConfig, seed: number, weights?: Float64Array): Mlp {
  return mlp({
    sizes: layerSizes(c),
    activation: [...c.activations],
    loss: c.regression ? 'mse' : 'softmaxCrossEntropy',
    init: INITIALIZERS[c.init],
    seed,
    dropout: c.dropout,
    batchNorm: c.batchNorm,
    initial: weights,
  });
}

/** Where layer l's (1-based) parameters sit in the flat vector. gamma/beta are −1 without batch norm. */
export interface LayerSlots {
  readonly inputs: number;
  readonly outputs: number;
  readonly W: number;
  readonly b: number;
  readonly gamma: number;
  readonly beta: number;
}

/** Each layer's slots, from the model's parameter list (so the order is the core's by construction). */
export function layerSlots(model: Mlp): LayerSlots[] {
  const at = (name: string) => model.params.infos.find((i) => i.name === name)?.offset ?? -1;
  return model.sizes.slice(1).map((outputs, i) => ({
    inputs: model.sizes[i], outputs, W: at(`W${i + 1}`), b: at(`b${i + 1}`), gamma: at(`gamma${i + 1}`), beta: at(`beta${i + 1}`),
  }));
}

/** Batch norm's running statistics of every hidden layer, means then variances, layer by layer. */
export function readBatchNorm(model: Mlp): Float64Array {
  const parts = model.batchNormStates.flatMap((s) => [s.runningMean, s.runningVar]);
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function writeBatchNorm(model: Mlp, stats: Float64Array): void {
  let o = 0;
  for (const s of model.batchNormStates) {
    for (const p of [s.runningMean, s.runningVar]) {
      p.set(stats.subarray(o, o + p.length));
      o += p.length;
    }
  }
}

/** Parameters of a configuration, batch norm's scales and shifts included (the core mlp's count). */
export function paramCount(c: NetworkConfig): number {
  const sizes = layerSizes(c);
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += (sizes[l - 1] + 1) * sizes[l] + (c.batchNorm && l < sizes.length - 1 ? 2 * sizes[l] : 0);
  return n;
}

/** Batch-norm statistics count for a configuration (means and variances of every hidden unit). */
export const batchNormSize = (c: NetworkConfig): number => (c.batchNorm ? 2 * c.hidden.reduce((a, b) => a + b, 0) : 0);

/** Running statistics before any step: means 0, variances 1 (the core's createBatchNormState). */
export function freshBatchNorm(c: NetworkConfig): Float64Array {
  if (!c.batchNorm) return new Float64Array(0);
  return Float64Array.from(c.hidden.flatMap((h) => [...new Array<number>(h).fill(0), ...new Array<number>(h).fill(1)]));
}

const act = (name: PlaygroundActivation, z: number): number => {
  switch (name) {
    case 'relu': return z > 0 ? z : 0;
    case 'leakyRelu': return z > 0 ? z : 0.01 * z;
    case 'tanh': return Math.tanh(z);
    case 'sigmoid': return 1 / (1 + Math.exp(-z));
    case 'linear': return z;
  }
};

export interface ForwardNet {
  readonly slots: readonly LayerSlots[];
  readonly activations: readonly PlaygroundActivation[];
  /** Running statistics as readBatchNorm lays them out, or null without batch norm. */
  readonly bn: Float64Array | null;
}

/**
 * Outputs (n × outputs, row-major; raw scores or the regression value) of n rows of features
 * x (n × inputs), in evaluation mode. With `hidden`, layer l's outputs go to hidden[l − 1]
 * (n × width, row-major).
 */
export function forwardEval(net: ForwardNet, w: ArrayLike<number>, x: Float64Array, n: number, hidden?: Float64Array[]): Float64Array {
  let a = x;
  let bnAt = 0;
  net.slots.forEach((s, l) => {
    const z = new Float64Array(n * s.outputs);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < s.outputs; j++) {
        let sum = w[s.b + j];
        for (let k = 0; k < s.inputs; k++) sum += a[i * s.inputs + k] * w[s.W + k * s.outputs + j];
        z[i * s.outputs + j] = sum;
      }
    }
    if (l < net.slots.length - 1) {
      const bn = net.bn;
      const mean = bn && s.gamma >= 0 ? bn.subarray(bnAt, bnAt + s.outputs) : null;
      const variance = bn && s.gamma >= 0 ? bn.subarray(bnAt + s.outputs, bnAt + 2 * s.outputs) : null;
      if (mean && variance) bnAt += 2 * s.outputs;
      const f = net.activations[l];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < s.outputs; j++) {
          let v = z[i * s.outputs + j];
          if (mean && variance) v = w[s.gamma + j] * ((v - mean[j]) / Math.sqrt(variance[j] + BN_EPS)) + w[s.beta + j];
          z[i * s.outputs + j] = act(f, v);
        }
      }
      if (hidden) hidden[l] = z;
    }
    a = z;
  });
  return a;
}

/** Softmax of each row of scores (n × k), in place; returns it. */
export function softmaxRows(scores: Float64Array, k: number): Float64Array {
  for (let i = 0; i < scores.length; i += k) {
    let m = -Infinity;
    for (let c = 0; c < k; c++) m = Math.max(m, scores[i + c]);
    let s = 0;
    for (let c = 0; c < k; c++) {
      scores[i + c] = Math.exp(scores[i + c] - m);
      s += scores[i + c];
    }
    for (let c = 0; c < k; c++) scores[i + c] /= s;
  }
  return scores;
}

/** Where each layer's weight matrix starts in the flat vector, without building the model (the page draws edges from it). */
export function weightOffsets(c: NetworkConfig): { readonly W: number; readonly inputs: number; readonly outputs: number }[] {
  const sizes = layerSizes(c);
  const out: { W: number; inputs: number; outputs: number }[] = [];
  let at = 0;
  for (let l = 1; l < sizes.length; l++) {
    out.push({ W: at, inputs: sizes[l - 1], outputs: sizes[l] });
    at += (sizes[l - 1] + 1) * sizes[l] + (c.batchNorm && l < sizes.length - 1 ? 2 * sizes[l] : 0);
  }
  return out;
}
