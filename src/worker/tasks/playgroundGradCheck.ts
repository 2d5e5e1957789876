/**
 * playgroundGradCheck: is the playground's backpropagated gradient right, for the weights the
 * reader has now? On the mini-batch of the run's current step, it compares the gradient the
 * training graph computes with central differences (f(w + h·eᵢ) − f(w − h·eᵢ)) / 2h in float64,
 * for a sample of each layer's parameters (up to `perLayer`, chosen by `checkSeed`), and
 * reports each layer's largest relative error |a − n| / max(|a|, |n|, floor), the floor a
 * thousandth of the layer's largest sampled |a|.
 *
 * The loss checked is the data loss of the batch, without the L1/L2 penalty (its gradient is
 * added outside the graph), in training mode (batch norm on the batch's own statistics). Dropout
 * is switched off for the check: its random mask would differ between the evaluations and make
 * every difference meaningless. A ReLU whose input lies within h of 0 is a kink: the two
 * evaluations straddle it and that one coordinate can disagree though the code is right.
 */
import { createRng, deriveSeed, gradCheck, Program, RangeError_, wrap } from '../../core';
import { featurize } from './playgroundData';
import { buildModel, layerSlots, type NetworkConfig, paramCount } from './playgroundNet';
import { batchOf, batchRows } from './playgroundBatches';
import { checkNetwork, checkPoints } from './playgroundInput';
import type { PlaygroundPoints } from './playgroundTrain';
import type { TaskContext, TaskGenerator } from './task';
import { requireFiniteArray, requireIntegerIn, requireRecord } from './validate';

export const GRADCHECK_MAX_PER_LAYER = 50;
/** The step h of the central difference: round-off ε·|f|/h and truncation h² balance near here. */
export const GRADCHECK_H = 1e-5;
/**
 * Smallest denominator, as a share of the layer's largest sampled |gradient| (and at least
 * 1e-10): an entry far smaller than its layer's (often 0 up to round-off, ~1e-11 here) is held
 * to an absolute error instead of a relative one it cannot meet (see core relativeError).
 */
export const GRADCHECK_FLOOR = 1e-3;

export interface PlaygroundGradCheckInput {
  readonly network: NetworkConfig;
  readonly points: PlaygroundPoints;
  readonly batchSize: number;
  /** The run's seed: the initial weights (when `weights` is null) and the batch shuffle. */
  readonly seed: number;
  /** The run's step: whose mini-batch is used. */
  readonly step: number;
  /** The current weights, or null for the seed's initial weights. */
  readonly weights: Float64Array | null;
  /** Batch norm's running statistics do not enter a training-mode loss, so they are not needed. */
  readonly perLayer: number;
  readonly checkSeed: number;
}

export interface LayerCheck {
  /** 1 … L, L the output layer. */
  readonly layer: number;
  readonly checked: number;
  readonly maxRelativeError: number;
  /** The worst coordinate (index into the flat weights) with both derivatives. */
  readonly worst: { readonly index: number; readonly analytic: number; readonly numeric: number };
}

export interface PlaygroundGradCheckOutput {
  readonly layers: LayerCheck[];
  readonly batch: number;
  readonly step: number;
  /** Dropout was on in the network and off for the check. */
  readonly dropoutOff: boolean;
  /** The network has ReLU or leaky ReLU layers (kinks). */
  readonly kinks: boolean;
}

const OP = 'playgroundGradCheck';

/** Up to `count` distinct indices in [from, to), drawn by the generator (all of them if fewer). */
export function sampleIndices(from: number, to: number, count: number, rng: { int(n: number): number }): number[] {
  const all = Array.from({ length: to - from }, (_, i) => from + i);
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count).sort((a, b) => a - b);
}

/**
 * Each group's largest relative error of `analytic` against central differences of `f` at `w`:
 * the comparison itself, apart from where the gradient comes from, so a test can hand it a
 * wrong gradient and see it fail.
 */
export function checkGroups(f: (w: Float64Array) => number, w: Float64Array, analytic: ArrayLike<number>, groups: readonly (readonly number[])[]): LayerCheck[] {
  return groups.map((indices, l) => {
    if (indices.length === 0) return { layer: l + 1, checked: 0, maxRelativeError: 0, worst: { index: -1, analytic: 0, numeric: 0 } };
    const scale = indices.reduce((m, i) => Math.max(m, Math.abs(analytic[i])), 0);
    const r = gradCheck(f, w, analytic, { h: GRADCHECK_H, indices, floor: Math.max(1e-10, GRADCHECK_FLOOR * scale) });
    return { layer: l + 1, checked: indices.length, maxRelativeError: r.maxRelativeError, worst: r.worst };
  });
}

export function* playgroundGradCheck(input: PlaygroundGradCheckInput, _ctx: TaskContext<never>): TaskGenerator<PlaygroundGradCheckOutput> {
  const o = requireRecord(OP, 'input', input);
  const given = checkNetwork(o.network);
  const network: NetworkConfig = { ...given, dropout: 0 };
  const points = checkPoints(o.points, network);
  const seed = requireIntegerIn(OP, 'seed', o.seed, 0, 2 ** 32 - 1);
  const step = requireIntegerIn(OP, 'step', o.step, 0, Number.MAX_SAFE_INTEGER);
  const perLayer = requireIntegerIn(OP, 'perLayer', o.perLayer, 1, GRADCHECK_MAX_PER_LAYER);
  const checkSeed = requireIntegerIn(OP, 'checkSeed', o.checkSeed, 0, 2 ** 32 - 1);
  const size = paramCount(network);
  let weights: Float64Array | undefined;
  if (o.weights !== null) {
    weights = Float64Array.from(requireFiniteArray(OP, 'weights', o.weights));
    if (weights.length !== size) throw new RangeError_(OP, `weights has ${weights.length} numbers, the network has ${size} parameters`);
  }
  const nTrain = points.trainY.length;
  const batch = batchOf(network, requireIntegerIn(OP, 'batchSize', o.batchSize, 1, 10_000), nTrain);
  const model = buildModel(network, seed, weights);
  const d = network.features.length;
  const rows = batchRows(step, nTrain, batch, seed);
  const trainF = featurize(points.trainX, nTrain, network.features);
  const bx = new Float64Array(batch * d), by = new Float64Array(batch);
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) bx[i * d + j] = trainF[r * d + j];
    by[i] = points.trainY[r];
  });
  const noMasks = { next: () => 0.5, uniform: () => 0, normal: () => 0, int: () => 0, nextUint32: () => 0, fork: () => createRng(0) };
  const program = new Program(model.loss(model.forward(wrap(bx, [batch, d]), { training: true, rng: noMasks }), wrap(by, [batch])));
  program.run();
  const analytic = model.params.grads.slice();
  yield;

  // Each layer's parameters run from its W to the next layer's W (its b, gamma and beta included).
  const slots = layerSlots(model);
  const rng = createRng(deriveSeed(checkSeed, 7));
  const groups = slots.map((s, l) => sampleIndices(s.W, l + 1 < slots.length ? slots[l + 1].W : size, perLayer, rng));
  const layers = checkGroups(() => program.forward(), model.params.values, analytic, groups);
  return { layers, batch, step, dropoutOff: given.dropout > 0, kinks: network.activations.some((a) => a === 'relu' || a === 'leakyRelu') };
}
