/**
 * playgroundTrain, the network playground's worker task: one step against the core's own step,
 * the loss falling on an easy set, a run independent of how it is cut into chunks, rewinding to
 * the same initial weights, the explicit-state optimizers bit for bit against the core's, the
 * hand forward pass against the core mlp, and divergence found and located.
 */
import { describe, expect, it } from 'vitest';
import { Program, wrap } from '../../src/core';
import { buildModel, forwardEval, layerSlots, type NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import { freshOptimizerState, optimizerStateOf, PLAYGROUND_OPTIMIZERS, resumeOptimizer, slotCount } from '../../src/worker/tasks/playgroundOptim';
import { type PlaygroundTrainInput, trainChunk } from '../../src/worker/tasks/playgroundTrain';
import { runTaskSync } from '../../src/worker/registry';
import { chunkInput, circles, smallNetwork } from './playgroundFixtures';

const data = circles;
const network: NetworkConfig = smallNetwork();
const base: PlaygroundTrainInput = chunkInput(network, 'adam', 0.03, { grid: 16, neuronGrid: 8 });

describe('playgroundTrain', () => {
  it('takes one full-batch SGD step exactly as w − α∇L of the core model', () => {
    const input = { ...base, training: { ...base.training, optimizer: { ...base.training.optimizer, name: 'sgd' as const }, lr: 0.5, batchSize: 1000 } };
    const start = trainChunk(input).state;
    const after = trainChunk({ ...input, start, steps: 1 }).state;
    // the core: same weights, full-batch loss and gradient traced through its own graph
    const model = buildModel(network, 1, start.weights);
    const n = data.train.n;
    const x = wrap(Float64Array.from(data.train.x), [n, 2]), y = wrap(Float64Array.from(data.train.y), [n]);
    new Program(model.loss(model.forward(x, { training: true, rng: { next: Math.random } as never }), y)).run();
    const expected = start.weights.map((w, i) => w - 0.5 * model.params.grads[i]);
    after.weights.forEach((w, i) => expected[i] === w || expect(w).toBeCloseTo(expected[i], 14));
    expect(after.step).toBe(1);
  });

  it('its optimizer state crosses in the wire form and the run goes on bit for bit (the core\'s SGD, momentum and Adam)', () => {
    const g = Float64Array.of(0.5, -0.25, 1.5);
    for (const name of PLAYGROUND_OPTIMIZERS) {
      const settings = { name, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
      const whole = Float64Array.of(0.3, -1.2, 2), split = whole.slice();
      const one = resumeOptimizer(settings, freshOptimizerState(name, 3), 3, 0, 0.1);
      for (let t = 0; t < 6; t++) one.step(whole, g, 0.1);
      let wire = freshOptimizerState(name, 3);
      for (let chunk = 0; chunk < 3; chunk++) {
        const opt = resumeOptimizer(settings, wire, 3, 2 * chunk, 0.1);
        for (let t = 0; t < 2; t++) opt.step(split, g, 0.1);
        wire = optimizerStateOf(name, opt, 3);
      }
      expect(Array.from(split)).toEqual(Array.from(whole));
      expect(wire.slots.length).toBe(slotCount(name, 3));
    }
  });

  it('its plain forward pass gives the core mlp\'s outputs (with batch norm)', () => {
    const c: NetworkConfig = { ...network, hidden: [5, 3], activations: ['relu', 'sigmoid'], batchNorm: true, outputs: 3 };
    const model = buildModel(c, 4);
    model.batchNormStates[0].runningMean.set([0.1, -0.2, 0.3, 0, 0.5]);
    model.batchNormStates[0].runningVar.set([1.5, 0.5, 2, 1, 0.7]);
    const x = Float64Array.of(0.2, -0.4, 1, 1.3, -0.7, 0);
    const core = model.forward(wrap(x, [3, 2]), { training: false, rng: { next: Math.random } as never }).data;
    const bn = Float64Array.from([...model.batchNormStates[0].runningMean, ...model.batchNormStates[0].runningVar, ...model.batchNormStates[1].runningMean, ...model.batchNormStates[1].runningVar]);
    const mine = forwardEval({ slots: layerSlots(model), activations: c.activations, bn }, model.params.values, x, 3);
    mine.forEach((v, i) => expect(v).toBeCloseTo(core[i], 12));
  });

  it('brings the loss down on circles in 400 steps', () => {
    const first = trainChunk(base);
    const out = trainChunk({ ...base, start: first.state, steps: 400 });
    expect(out.trainLoss[out.trainLoss.length - 1]).toBeLessThan(0.5 * first.trainLoss[0]);
    expect(out.testAccuracy).toBeGreaterThan(0.9);
    expect(out.output.length).toBe(16 * 16 * 2);
    expect(out.neurons.length).toBe(8 * 8 * 8);
    expect(out.updateRatio.length).toBe(3);
  });

  it('gives the same run for the same seed, however it is cut into chunks (dropout and batch norm on)', () => {
    const input = { ...base, network: { ...network, dropout: 0.2, batchNorm: true } };
    const whole = trainChunk({ ...input, steps: 40 });
    let state = trainChunk(input).state;
    for (let k = 0; k < 8; k++) state = trainChunk({ ...input, start: state, steps: 5 }).state;
    expect(Array.from(state.weights)).toEqual(Array.from(whole.state.weights));
    expect(Array.from(state.batchNorm)).toEqual(Array.from(whole.state.batchNorm));
    expect(state.step).toBe(40);
    const other = trainChunk({ ...input, seed: 2, steps: 40 });
    expect(Array.from(other.state.weights)).not.toEqual(Array.from(whole.state.weights));
  });

  it('rewinds to exactly the initial weights: a fresh start after training is step 0 again', () => {
    const a = trainChunk(base);
    trainChunk({ ...base, start: a.state, steps: 50 });
    const b = runTaskSync('playgroundTrain', base);
    expect(Array.from(b.state.weights)).toEqual(Array.from(a.state.weights));
    expect(b.trainLoss[0]).toBe(a.trainLoss[0]);
    expect(b.state.step).toBe(0);
  });

  it('detects and locates divergence at a huge learning rate, keeping the last finite weights', () => {
    const input = { ...base, network: { ...network, activations: ['relu', 'relu'] as const }, training: { ...base.training, optimizer: { ...base.training.optimizer, name: 'adam' as const }, lr: 10 } };
    const start = trainChunk(input).state;
    const out = trainChunk({ ...input, start, steps: 200 });
    expect(out.divergence).not.toBeNull();
    const d = out.divergence!;
    expect(d.layer).toBeGreaterThanOrEqual(1);
    expect(d.layer).toBeLessThanOrEqual(3);
    expect(['loss', 'gradient', 'weights']).toContain(d.what);
    expect(out.state.step).toBe(d.step);
    expect(out.state.weights.every(Number.isFinite)).toBe(true);
  });

  it('skips the pictures when asked, with the same weights and losses', () => {
    const start = trainChunk(base).state;
    const full = trainChunk({ ...base, start, steps: 20 }), bare = trainChunk({ ...base, start, steps: 20, pictures: false });
    expect(bare.output.length).toBe(0);
    expect(bare.neurons.length).toBe(0);
    expect(Array.from(bare.state.weights)).toEqual(Array.from(full.state.weights));
    expect(Array.from(bare.trainLoss)).toEqual(Array.from(full.trainLoss));
    expect(() => trainChunk({ ...base, pictures: 'no' as unknown as boolean })).toThrow(/pictures must be true or false, got "no"/);
  });

  it('counts dead units: all of a layer whose biases were pushed far below 0', () => {
    const relu = { ...network, activations: ['relu', 'relu'] as const };
    const start = trainChunk({ ...base, network: relu }).state;
    const w = start.weights.slice();
    const slots = layerSlots(buildModel(relu, 1, w));
    for (let j = 0; j < 4; j++) w[slots[1].b + j] = -100; // hidden layer 2 never fires
    const out = trainChunk({ ...base, network: relu, start: { ...start, weights: w }, steps: 0 });
    expect(Array.from(out.deadUnits)).toEqual([0, 4]);
  });

  it('rejects bad input with named errors', () => {
    expect(() => trainChunk({ ...base, network: { ...network, hidden: [40] , activations: ['tanh'] } })).toThrow(/network.hidden\[0\]/);
    expect(() => trainChunk({ ...base, start: { step: 1, weights: new Float64Array(3), optimizer: freshOptimizerState('adam', 3), batchNorm: new Float64Array(0), initialLoss: 1 } })).toThrow(/start.weights has 3 numbers/);
    expect(() => trainChunk({ ...base, points: { ...base.points, trainY: base.points.trainY.map(() => 7) } })).toThrow(/class 0 … 1/);
  });
});
