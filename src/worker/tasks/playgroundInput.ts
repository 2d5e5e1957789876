/**
 * playgroundTrain's input, checked: it arrives from a URL by way of postMessage, so every
 * number is checked against its range and every list against its length, and an error names
 * the field and the bad value.
 */
import { LR_MAX, RangeError_, validateSchedule } from '../../core';
import { FEATURES } from './playgroundData';
import { batchNormSize, MAX_HIDDEN_LAYERS, MAX_WIDTH, type NetworkConfig, PLAYGROUND_ACTIVATIONS, PLAYGROUND_INITS } from './playgroundNet';
import { type OptimizerSettings, PLAYGROUND_OPTIMIZERS, slotCount } from './playgroundOptim';
import { PLAYGROUND_MAX_POINTS, type PlaygroundPoints, type PlaygroundRunState, type TrainingSettings } from './playgroundTrain';
import { requireFiniteArray, requireIntegerIn, requireNumber, requireRecord } from './validate';

const OP = 'playgroundTrain';

function oneOf<T extends string>(name: string, v: unknown, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw new RangeError_(OP, `${name} must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

export function inRange(name: string, v: unknown, lo: number, hi: number): number {
  const x = requireNumber(OP, name, v);
  if (!(x >= lo && x <= hi)) throw new RangeError_(OP, `${name} must be in [${lo}, ${hi}], got ${x}`);
  return x;
}

/** The network configuration, checked. */
export function checkNetwork(v: unknown): NetworkConfig {
  const o = requireRecord(OP, 'network', v);
  if (!Array.isArray(o.features) || o.features.length === 0) throw new RangeError_(OP, 'network.features must list at least one feature');
  const features = o.features.map((f, i) => oneOf(`network.features[${i}]`, f, FEATURES));
  if (!Array.isArray(o.hidden) || o.hidden.length > MAX_HIDDEN_LAYERS) throw new RangeError_(OP, `network.hidden must list 0 to ${MAX_HIDDEN_LAYERS} widths`);
  const hidden = o.hidden.map((h, i) => requireIntegerIn(OP, `network.hidden[${i}]`, h, 1, MAX_WIDTH));
  if (!Array.isArray(o.activations) || o.activations.length !== hidden.length) throw new RangeError_(OP, `network.activations must have one per hidden layer (${hidden.length})`);
  const activations = o.activations.map((a, i) => oneOf(`network.activations[${i}]`, a, PLAYGROUND_ACTIVATIONS));
  if (typeof o.regression !== 'boolean' || typeof o.batchNorm !== 'boolean') throw new RangeError_(OP, 'network.regression and network.batchNorm must be true or false');
  const outputs = o.regression ? requireIntegerIn(OP, 'network.outputs', o.outputs, 1, 1) : requireIntegerIn(OP, 'network.outputs', o.outputs, 2, 8);
  return {
    features, hidden, activations, outputs, regression: o.regression, batchNorm: o.batchNorm,
    init: oneOf('network.init', o.init, PLAYGROUND_INITS), dropout: inRange('network.dropout', o.dropout, 0, 0.9),
  };
}

export function checkTraining(v: unknown): TrainingSettings {
  const o = requireRecord(OP, 'training', v);
  const opt = requireRecord(OP, 'training.optimizer', o.optimizer);
  validateSchedule(o.schedule);
  return {
    optimizer: {
      name: oneOf('training.optimizer.name', opt.name, PLAYGROUND_OPTIMIZERS),
      beta: inRange('training.optimizer.beta', opt.beta, 0, 0.9999),
      beta1: inRange('training.optimizer.beta1', opt.beta1, 0, 0.9999),
      beta2: inRange('training.optimizer.beta2', opt.beta2, 0, 0.99999),
      eps: inRange('training.optimizer.eps', opt.eps, 1e-12, 1),
    },
    lr: inRange('training.lr', o.lr, 1e-6, LR_MAX), // the core optimizers' bound
    schedule: o.schedule,
    batchSize: requireIntegerIn(OP, 'training.batchSize', o.batchSize, 1, PLAYGROUND_MAX_POINTS),
    l1: inRange('training.l1', o.l1, 0, 10),
    l2: inRange('training.l2', o.l2, 0, 10),
  };
}

export function checkPoints(v: unknown, c: NetworkConfig): PlaygroundPoints {
  const o = requireRecord(OP, 'points', v);
  const trainX = requireFiniteArray(OP, 'points.trainX', o.trainX, 4), trainY = requireFiniteArray(OP, 'points.trainY', o.trainY, 2);
  const testX = requireFiniteArray(OP, 'points.testX', o.testX, 0), testY = requireFiniteArray(OP, 'points.testY', o.testY, 0);
  if (trainX.length !== 2 * trainY.length || testX.length !== 2 * testY.length) throw new RangeError_(OP, 'points: every point needs (x₁, x₂) and one label');
  if (trainY.length + testY.length > PLAYGROUND_MAX_POINTS) throw new RangeError_(OP, `at most ${PLAYGROUND_MAX_POINTS} points, got ${trainY.length + testY.length}`);
  const labels = (ys: ArrayLike<number>, name: string) => {
    if (c.regression) return;
    for (let i = 0; i < ys.length; i++) if (!(Number.isInteger(ys[i]) && ys[i] >= 0 && ys[i] < c.outputs)) throw new RangeError_(OP, `${name}[${i}] must be a class 0 … ${c.outputs - 1}, got ${ys[i]}`);
  };
  labels(trainY, 'points.trainY');
  labels(testY, 'points.testY');
  return { trainX: Float64Array.from(trainX), trainY: Float64Array.from(trainY), testX: Float64Array.from(testX), testY: Float64Array.from(testY) };
}

export function checkStart(v: unknown, size: number, c: NetworkConfig, opt: OptimizerSettings): PlaygroundRunState | null {
  if (v === null) return null;
  const o = requireRecord(OP, 'start', v);
  const weights = requireFiniteArray(OP, 'start.weights', o.weights);
  if (weights.length !== size) throw new RangeError_(OP, `start.weights has ${weights.length} numbers, the network has ${size} parameters`);
  const s = requireRecord(OP, 'start.optimizer', o.optimizer);
  const slots = requireFiniteArray(OP, 'start.optimizer.slots', s.slots), powers = requireFiniteArray(OP, 'start.optimizer.powers', s.powers);
  if (slots.length !== slotCount(opt.name, size) || powers.length !== 2) throw new RangeError_(OP, `start.optimizer does not fit ${opt.name} with ${size} parameters`);
  const bn = requireFiniteArray(OP, 'start.batchNorm', o.batchNorm);
  if (bn.length !== batchNormSize(c)) throw new RangeError_(OP, `start.batchNorm has ${bn.length} numbers, expected ${batchNormSize(c)}`);
  return {
    step: requireIntegerIn(OP, 'start.step', o.step, 0, Number.MAX_SAFE_INTEGER),
    weights: Float64Array.from(weights),
    optimizer: { slots: Float64Array.from(slots), powers: Float64Array.from(powers) },
    batchNorm: Float64Array.from(bn),
    initialLoss: inRange('start.initialLoss', o.initialLoss, 0, Infinity),
  };
}

