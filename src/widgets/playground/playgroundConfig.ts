/**
 * From the playground's state to what the worker task takes: the points (drawn here, on the
 * page, so the plot shows exactly what is trained on), the network and the training settings,
 * and the grid sizes. Pure functions of the state; a change to any of them starts the run over.
 */
import type { Schedule } from '../../core';
import { FEATURES, type Feature, isRegression, makePlaygroundData, type PlaygroundData } from '../../worker/tasks/playgroundData';
import { type NetworkConfig, paramCount } from '../../worker/tasks/playgroundNet';
import type { TrainingSettings } from '../../worker/tasks/playgroundTrain';
import { type LabelledPoint, withDrawn } from './drawnPoints';
import { ACTIVATION_KEYS, FEATURE_KEYS, type PlaygroundState } from './playgroundSchema';
import type { RunSetup } from './session';

/** The features switched on, in the fixed order; x₁ alone if the reader switched all off. */
export function featuresOf(s: PlaygroundState): Feature[] {
  const on = FEATURES.filter((f) => s[FEATURE_KEYS[f]]);
  return on.length > 0 ? on : ['x1'];
}

export function dataOf(s: PlaygroundState): PlaygroundData {
  return makePlaygroundData({ dataset: s.dataset, noise: s.noise, classes: s.classes, trainShare: s.trainShare, seed: s.dataSeed });
}

export function networkOf(s: PlaygroundState, data: PlaygroundData): NetworkConfig {
  return {
    features: featuresOf(s),
    hidden: [...s.widths],
    activations: s.widths.map((_, l) => s[ACTIVATION_KEYS[l]]),
    outputs: data.regression ? 1 : data.classes,
    regression: isRegression(s.dataset),
    init: s.init,
    batchNorm: s.batchNorm,
    dropout: s.dropout,
  };
}

export function scheduleOf(s: PlaygroundState): Schedule {
  const n = Math.round(s.decaySteps);
  switch (s.schedule) {
    case 'constant': return { kind: 'constant' };
    case 'step': return { kind: 'step', every: n, factor: 0.5 };
    case 'exponential': return { kind: 'exponential', gamma: 0.5 ** (1 / n) };
    case 'cosine': return { kind: 'cosine', totalSteps: n, minLr: 0 };
  }
}

export function trainingOf(s: PlaygroundState): TrainingSettings {
  return {
    optimizer: { name: s.optimizer, beta: s.beta, beta1: s.beta1, beta2: s.beta2, eps: 1e-8 },
    lr: s.lr,
    schedule: scheduleOf(s),
    batchSize: s.batchSize,
    l1: s.l1,
    l2: s.l2,
  };
}

/**
 * Cells per side of the output picture: 64 for the usual networks, fewer for the largest (a
 * 6 × 32 tanh network's 64 × 64 grid costs 38 ms in Node, more than a whole chunk should).
 */
export function gridSideFor(network: NetworkConfig): number {
  const p = paramCount(network);
  return p < 1500 ? 64 : p < 4000 ? 48 : 40;
}

/**
 * Chunks per picture while playing: every other chunk for the networks whose picture is already
 * coarsened (a 6 × 32 tanh network's 40 × 40 grid and 192 thumbnails cost about 15 ms in Node,
 * as much as 40 of its steps); every chunk for the rest.
 */
export function pictureEveryFor(network: NetworkConfig): number {
  return paramCount(network) < 1500 ? 1 : 2;
}

/** The neuron thumbnails' grid. */
export const NEURON_GRID = 16;

/** Everything a run needs from a state, its data and the points drawn on it: what the widget
 *  hands its session, and what the chapter's numbers run in Node. */
export function setupOf(s: PlaygroundState, data: PlaygroundData, drawn: readonly LabelledPoint[]): RunSetup {
  const network = networkOf(s, data);
  return {
    network,
    training: trainingOf(s),
    points: withDrawn(data, drawn),
    seed: s.seed,
    grid: gridSideFor(network),
    neuronGrid: NEURON_GRID,
    pictureEvery: pictureEveryFor(network),
  };
}
