/**
 * playgroundTrain: one chunk of the network playground's training. The page owns the run: it
 * sends the configuration, the points, the weights and optimizer state it holds (or null, for
 * fresh weights from the seed) and a number of steps; this task takes them, and returns the new
 * weights and state with what the pictures need: the training and test loss every few steps,
 * the accuracies, the output on a grid over the input box, every hidden neuron's output on a
 * coarse grid, and per layer ‖Δw‖/‖w‖ of the last step. The page asks again for the next chunk.
 *
 * A run is a function of the seed and the step count alone, however it is cut into chunks:
 * step t's mini-batch comes from the shuffle of epoch ⌊t / batches per epoch⌋ (seeded by the
 * epoch), its dropout masks from a generator seeded by t, so "Reset" and a shared link replay
 * the same run (tested: 1 × 40 steps = 8 × 5 steps, bit for bit). An epoch's remainder that does
 * not fill a batch is skipped (its rows come first in another epoch's shuffle), so there is one
 * batch size and one traced graph.
 *
 * Divergence: after every step the loss, each layer's gradient and weights are checked; the
 * first that is not finite or past a limit stops the chunk, the weights of the last good step
 * are returned, and `divergence` says which layer and what blew up.
 */
import { applyRegularizer, deriveSeed, learningRateAt, Program, RangeError_, type Regularizer, type Schedule, wrap } from '../../core';
import { batchOf, epochOrder, shuffleSeedOf, swappableRng } from './playgroundBatches';
import { featurize, FEATURES, type Feature, gridPoints, PLAYGROUND_EXTENT } from './playgroundData';
import { checkNetwork, checkPoints, checkStart, checkTraining } from './playgroundInput';
import { buildModel, forwardEval, type ForwardNet, freshBatchNorm, layerSlots, type NetworkConfig, paramCount, readBatchNorm, softmaxRows, writeBatchNorm } from './playgroundNet';
import { freshOptimizerState, optimizerStateOf, type OptimizerSettings, type OptimizerState, resumeOptimizer } from './playgroundOptim';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireRecord } from './validate';

export const PLAYGROUND_MAX_STEPS = 20_000;
export const PLAYGROUND_MAX_GRID = 96;
export const PLAYGROUND_MAX_POINTS = 2_000;
/**
 * Blown up, though finite: a batch's data loss above LOSS_FACTOR × the loss at step 0 (and above
 * LOSS_FLOOR, for runs that start near 0), or a layer's ‖w‖ or ‖g‖ above WEIGHT_LIMIT. A run
 * that learns never comes near: its batch losses stay around where it started or below.
 */
export const LOSS_FACTOR = 100;
export const LOSS_FLOOR = 10;
export const WEIGHT_LIMIT = 1e6;
/** Steps between checkpoints (where a cancel is seen). */
const CHECKPOINT = 64;

export interface TrainingSettings {
  readonly optimizer: OptimizerSettings;
  readonly lr: number;
  readonly schedule: Schedule;
  readonly batchSize: number;
  readonly l1: number;
  readonly l2: number;
}

/** Points as the page draws them: raw (x₁, x₂) pairs, row-major; labels or targets. */
export interface PlaygroundPoints {
  readonly trainX: Float64Array;
  readonly trainY: Float64Array;
  readonly testX: Float64Array;
  readonly testY: Float64Array;
}

/** Where a run is: what the page keeps between chunks. */
export interface PlaygroundRunState {
  /** Steps taken since the initial weights. */
  readonly step: number;
  readonly weights: Float64Array;
  readonly optimizer: OptimizerState;
  /** Batch norm's running statistics (empty without batch norm). */
  readonly batchNorm: Float64Array;
  /** The training loss at step 0: a batch loss LOSS_FACTOR times it means the run blew up. */
  readonly initialLoss: number;
}

export interface PlaygroundTrainInput {
  readonly network: NetworkConfig;
  readonly training: TrainingSettings;
  readonly points: PlaygroundPoints;
  /** Draws the initial weights, the shuffles and the dropout masks. */
  readonly seed: number;
  /** Null: start from the seed's initial weights (step 0). */
  readonly start: PlaygroundRunState | null;
  /** Steps to take, 0 (only look) to PLAYGROUND_MAX_STEPS. */
  readonly steps: number;
  /** Record the losses every this many steps (and after the last). */
  readonly recordEvery: number;
  /** Cells per side of the output grid and of each neuron's picture. */
  readonly grid: number;
  readonly neuronGrid: number;
  /**
   * Compute the pictures (default true). False: `output` and `neurons` come back empty and the
   * page keeps the last ones; a large network's pictures cost more than its steps (session.ts).
   */
  readonly pictures?: boolean;
}

export type DivergenceKind = 'loss' | 'gradient' | 'weights';

export interface PlaygroundDivergence {
  /** The step whose update failed (counted from 0). */
  readonly step: number;
  /** The layer (1 … L, L the output layer) that blew up first; 0 when only the loss says so. */
  readonly layer: number;
  readonly what: DivergenceKind;
  /** The offending value: the loss, or that layer's ‖g‖ or ‖w‖ (maybe NaN or Infinity). */
  readonly value: number;
  /** The learning rate of that step. */
  readonly lr: number;
}

export interface PlaygroundTrainOutput {
  readonly state: PlaygroundRunState;
  /** The steps the losses below were measured at. */
  readonly lossSteps: Float64Array;
  /** Data loss (no penalty) on all training points and on the test points, evaluation mode. */
  readonly trainLoss: Float64Array;
  readonly testLoss: Float64Array;
  /** Share classified right at the end of the chunk (NaN for regression). */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** Classification: P(class k) at cell c in [c·K + k]; regression: the value at cell c. Row 0 at the bottom. Empty without pictures. */
  readonly output: Float64Array;
  readonly grid: number;
  /** Hidden neuron j of layer l (in order) at cell c: [(neuronIndex)·cells + c], cells = neuronGrid². */
  readonly neurons: Float64Array;
  readonly neuronGrid: number;
  /** Per layer (1 … L): ‖Δw‖/‖w‖ of the chunk's last step, ‖w‖, ‖g‖ (weight matrices only). */
  readonly updateRatio: Float64Array;
  readonly weightNorm: Float64Array;
  readonly gradNorm: Float64Array;
  /** Per layer (1 … L): the largest ‖Δw‖/‖w‖ of any step in the chunk (a dead network's last step moves nothing). */
  readonly peakRatio: Float64Array;
  /** Per hidden layer: units whose output is exactly 0 on every training point (dead ReLUs), evaluation mode. */
  readonly deadUnits: Float64Array;
  readonly divergence: PlaygroundDivergence | null;
}

const OP = 'playgroundTrain';

const norm = (v: Float64Array, from: number, to: number): number => {
  let s = 0;
  for (let i = from; i < to; i++) s += v[i] * v[i];
  return Math.sqrt(s);
};

/** Share of rows whose largest score is their label. */
function accuracyOf(scores: Float64Array, y: Float64Array, k: number): number {
  if (y.length === 0) return NaN;
  let right = 0;
  for (let i = 0; i < y.length; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    if (best === y[i]) right++;
  }
  return right / y.length;
}

export function* playgroundTrain(input: PlaygroundTrainInput, _ctx: TaskContext<never>): TaskGenerator<PlaygroundTrainOutput> {
  const o = requireRecord(OP, 'input', input);
  const network = checkNetwork(o.network);
  const training = checkTraining(o.training);
  const points = checkPoints(o.points, network);
  const seed = requireIntegerIn(OP, 'seed', o.seed, 0, 2 ** 32 - 1);
  const steps = requireIntegerIn(OP, 'steps', o.steps, 0, PLAYGROUND_MAX_STEPS);
  const recordEvery = requireIntegerIn(OP, 'recordEvery', o.recordEvery, 1, PLAYGROUND_MAX_STEPS);
  const side = requireIntegerIn(OP, 'grid', o.grid, 2, PLAYGROUND_MAX_GRID);
  const neuronSide = requireIntegerIn(OP, 'neuronGrid', o.neuronGrid, 2, 32);
  if (o.pictures !== undefined && typeof o.pictures !== 'boolean') throw new RangeError_(OP, `pictures must be true or false, got ${JSON.stringify(o.pictures)}`);
  const pictures = o.pictures ?? true;

  const start = checkStart(o.start, paramCount(network), network, training.optimizer);
  const model = buildModel(network, seed, start?.weights);
  const w = model.params.values, g = model.params.grads;
  const slots = layerSlots(model);
  const L = slots.length;
  const d = network.features.length, k = model.outputs;
  const reg: Regularizer = { kind: 'elasticNet', l1: training.l1, l2: training.l2 };

  // Features of every point and grid cell, once per chunk.
  const nTrain = points.trainY.length, nTest = points.testY.length;
  const trainF = featurize(points.trainX, nTrain, network.features), testF = featurize(points.testX, nTest, network.features);

  // The training graph, traced once on a batch buffer refilled every step.
  const batch = batchOf(network, training.batchSize, nTrain);
  const perEpoch = Math.max(1, Math.floor(nTrain / batch));
  const bx = new Float64Array(batch * d), by = new Float64Array(batch);
  const masks = swappableRng();
  const xT = wrap(bx, [batch, d], { label: 'x' }), yT = wrap(by, [batch], { label: 'y' });
  const trainProgram = new Program(model.loss(model.forward(xT, { training: true, rng: masks.rng }), yT));
  // Tracing ran one forward pass in training mode, which moved batch norm's running statistics: put them back.
  if (start) writeBatchNorm(model, start.batchNorm);
  else writeBatchNorm(model, freshBatchNorm(network));

  // Evaluation graphs over all training and all test points; their output nodes hold the scores.
  const evalGraph = (x: Float64Array, y: Float64Array, n: number) => {
    if (n === 0) return null;
    const out = model.forward(wrap(x, [n, d]), { training: false, rng: masks.rng });
    return { out, program: new Program(model.loss(out, wrap(y, [n]))) };
  };
  const trainEval = evalGraph(trainF, points.trainY, nTrain), testEval = evalGraph(testF, points.testY, nTest);

  const lossSteps: number[] = [], trainLoss: number[] = [], testLoss: number[] = [];
  const record = (t: number) => {
    lossSteps.push(t);
    trainLoss.push(trainEval ? trainEval.program.forward() : NaN);
    testLoss.push(testEval ? testEval.program.forward() : NaN);
  };

  let step = start?.step ?? 0;
  const optimizer = resumeOptimizer(training.optimizer, start?.optimizer ?? freshOptimizerState(training.optimizer.name, w.length), w.length, step, training.lr);
  // A fresh run's step 0 is measured; so is a 0-step look at weights sent back (an import).
  if (!start || steps === 0) record(step);
  const initialLoss = start?.initialLoss ?? trainLoss[0];
  const lossLimit = Math.max(LOSS_FACTOR * initialLoss, LOSS_FLOOR);
  const shuffleSeed = shuffleSeedOf(seed), dropSeed = deriveSeed(seed, 3);
  let order: Uint32Array | null = null, orderEpoch = -1;
  const before = new Float64Array(w.length);
  const updateRatio = new Float64Array(L), weightNorm = new Float64Array(L), gradNorm = new Float64Array(L), peakRatio = new Float64Array(L);
  for (let l = 0; l < L; l++) weightNorm[l] = norm(w, slots[l].W, slots[l].W + slots[l].inputs * slots[l].outputs);
  let divergence: PlaygroundDivergence | null = null;

  for (let s = 0; s < steps; s++) {
    // This step's batch and masks: functions of the step number only.
    const epoch = Math.floor(step / perEpoch);
    if (epoch !== orderEpoch) {
      order = epochOrder(nTrain, shuffleSeed, epoch);
      orderEpoch = epoch;
    }
    const first = (step % perEpoch) * batch;
    for (let i = 0; i < batch; i++) {
      const r = (order as Uint32Array)[first + i];
      for (let j = 0; j < d; j++) bx[i * d + j] = trainF[r * d + j];
      by[i] = points.trainY[r];
    }
    masks.reseed(deriveSeed(dropSeed, step % 0xffffffff));
    const loss = trainProgram.run(); // the data loss, what the limit compares
    applyRegularizer(model.params, reg);
    const lr = learningRateAt(training.schedule, training.lr, step);

    // Gradient norms per layer; a layer whose gradient is not finite or huge stops the run here.
    let worst = 0, worstValue = 0, worstRatio = -1;
    for (let l = 0; l < L; l++) {
      const from = slots[l].W, to = from + slots[l].inputs * slots[l].outputs;
      gradNorm[l] = norm(g, from, to);
      const ratio = Number.isFinite(gradNorm[l]) ? gradNorm[l] / Math.max(weightNorm[l], 1e-12) : Infinity;
      if (ratio > worstRatio) {
        worst = l + 1;
        worstValue = gradNorm[l];
        worstRatio = ratio;
      }
    }
    if (!Number.isFinite(loss) || loss > lossLimit) {
      divergence = { step, layer: worst, what: 'loss', value: loss, lr };
      break;
    }
    if (!Number.isFinite(worstValue) || worstValue > WEIGHT_LIMIT) {
      const firstBad = gradNorm.findIndex((x) => !Number.isFinite(x) || x > WEIGHT_LIMIT);
      divergence = { step, layer: firstBad + 1, what: 'gradient', value: gradNorm[firstBad], lr };
      break;
    }

    before.set(w);
    optimizer.step(w, g, lr);
    let bad = -1;
    for (let l = 0; l < L; l++) {
      const from = slots[l].W, to = from + slots[l].inputs * slots[l].outputs;
      let dw = 0;
      for (let i = from; i < to; i++) dw += (w[i] - before[i]) ** 2;
      weightNorm[l] = norm(w, from, to);
      updateRatio[l] = Math.sqrt(dw) / Math.max(norm(before, from, to), 1e-12);
      if (updateRatio[l] > peakRatio[l]) peakRatio[l] = updateRatio[l];
      if (bad < 0 && !(weightNorm[l] <= WEIGHT_LIMIT)) bad = l;
    }
    if (bad < 0 && !w.every(Number.isFinite)) bad = L - 1; // a bias or batch-norm scale overflowed
    if (bad >= 0) {
      divergence = { step, layer: bad + 1, what: 'weights', value: weightNorm[bad], lr };
      w.set(before);
      for (let l = 0; l < L; l++) weightNorm[l] = norm(w, slots[l].W, slots[l].W + slots[l].inputs * slots[l].outputs);
      break;
    }
    step++;
    if (step % recordEvery === 0 || s === steps - 1) record(step);
    if ((s + 1) % CHECKPOINT === 0) yield;
  }
  if (divergence && lossSteps[lossSteps.length - 1] !== step) record(step);

  // The pictures: the output over the box, and every hidden neuron on a coarse grid.
  const net = { slots, activations: network.activations, bn: network.batchNorm ? readBatchNorm(model) : null };
  // The output grid through the core's graph (blocked matrix products: a 6 × 32 network's
  // 64 × 64 grid took 60 ms through the plain loops of forwardEval); the small neuron grids
  // need the hidden values, which only forwardEval keeps.
  let output: Float64Array = new Float64Array(0), neurons: Float64Array = new Float64Array(0);
  if (pictures) {
    const cells = side * side;
    const gridOut = model.forward(wrap(featurize(gridPoints(side, PLAYGROUND_EXTENT), cells, network.features), [cells, d]), { training: false, rng: masks.rng });
    new Program(model.loss(gridOut, wrap(new Float64Array(cells), [cells]))).forward();
    output = network.regression ? gridOut.data.slice() : softmaxRows(gridOut.data.slice(), k);
    const hidden: Float64Array[] = [];
    const nCells = neuronSide * neuronSide;
    forwardEval(net, w, featurize(gridPoints(neuronSide, PLAYGROUND_EXTENT), nCells, network.features), nCells, hidden);
    neurons = new Float64Array(network.hidden.reduce((a, b) => a + b, 0) * nCells);
    let unit = 0;
    hidden.forEach((h, l) => {
      const width = network.hidden[l];
      for (let j = 0; j < width; j++, unit++) for (let c = 0; c < nCells; c++) neurons[unit * nCells + c] = h[c * width + j];
    });
  }

  const deadUnits = countDead(net, w, trainF, nTrain, network.hidden);

  const acc = (e: typeof trainEval, y: Float64Array) => (network.regression || !e ? NaN : accuracyOf(e.out.data, y, k));
  trainEval?.program.forward();
  testEval?.program.forward();
  return {
    state: { step, weights: w.slice(), optimizer: optimizerStateOf(training.optimizer.name, optimizer, w.length), batchNorm: readBatchNorm(model), initialLoss },
    lossSteps: Float64Array.from(lossSteps),
    trainLoss: Float64Array.from(trainLoss),
    testLoss: Float64Array.from(testLoss),
    trainAccuracy: acc(trainEval, points.trainY),
    testAccuracy: acc(testEval, points.testY),
    output,
    grid: side,
    neurons,
    neuronGrid: neuronSide,
    updateRatio,
    weightNorm,
    gradNorm,
    peakRatio,
    deadUnits,
    divergence,
  };
}

/** Per hidden layer, the units whose output is 0 on every one of the n rows: they pass no gradient, so they never recover. */
export function countDead(net: ForwardNet, w: Float64Array, x: Float64Array, n: number, widths: readonly number[]): Float64Array {
  const dead = new Float64Array(widths.length);
  if (n === 0) return dead;
  const hidden: Float64Array[] = [];
  forwardEval(net, w, x, n, hidden);
  hidden.forEach((h, l) => {
    const width = widths[l];
    for (let j = 0; j < width; j++) {
      let i = 0;
      while (i < n && h[i * width + j] === 0) i++;
      if (i === n) dead[l]++;
    }
  });
  return dead;
}

/** A whole chunk at once, on the calling thread (tests, the Node measurement). */
export function trainChunk(input: PlaygroundTrainInput): PlaygroundTrainOutput {
  const run = playgroundTrain(input, { shouldStop: () => false, progress: () => {} });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** The features a configuration names, as a list the task accepts (for callers building one). */
export const featureList = (names: readonly Feature[]): Feature[] => FEATURES.filter((f) => names.includes(f));
