/**
 * playgroundGradCheck: on the task's own gradient the check passes in every layer (tanh, and
 * with batch norm); handed a deliberately wrong gradient (one layer's entries scaled by 1.1, or
 * a sign flipped) it fails in that layer only; dropout is switched off for the check and said.
 */
import { describe, expect, it } from 'vitest';
import { createRng, Program, wrap } from '../../src/core';
import { makePlaygroundData } from '../../src/worker/tasks/playgroundData';
import { checkGroups, type PlaygroundGradCheckInput, sampleIndices } from '../../src/worker/tasks/playgroundGradCheck';
import { buildModel, layerSlots, type NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import { trainChunk } from '../../src/worker/tasks/playgroundTrain';
import { runTaskSync } from '../../src/worker/registry';

const data = makePlaygroundData({ dataset: 'spirals', noise: 0.1, classes: 2, trainShare: 0.5, seed: 1 });
const points = { trainX: data.train.x, trainY: data.train.y, testX: data.test.x, testY: data.test.y };
const network: NetworkConfig = { features: ['x1', 'x2', 'x1sq'], hidden: [6, 5], activations: ['tanh', 'sigmoid'], outputs: 2, regression: false, init: 'xavier', batchNorm: false, dropout: 0 };
const input: PlaygroundGradCheckInput = { network, points, batchSize: 10, seed: 2, step: 0, weights: null, perLayer: 20, checkSeed: 1 };

describe('playgroundGradCheck', () => {
  it('passes on the task\'s own gradient, at the initial weights and after training, with batch norm too', () => {
    const fresh = runTaskSync('playgroundGradCheck', input);
    expect(fresh.layers.map((l) => l.checked)).toEqual([20, 20, 12]); // the output layer has (5 + 1) × 2 parameters
    for (const l of fresh.layers) expect(l.maxRelativeError).toBeLessThan(1e-6);
    const bn = { ...network, batchNorm: true };
    const training = { optimizer: { name: 'adam' as const, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 }, lr: 0.03, schedule: { kind: 'constant' as const }, batchSize: 10, l1: 0, l2: 0 };
    const trained = trainChunk({ network: bn, training, points, seed: 2, start: null, steps: 50, recordEvery: 50, grid: 4, neuronGrid: 2 });
    const after = runTaskSync('playgroundGradCheck', { ...input, network: bn, weights: trained.state.weights, step: trained.state.step });
    for (const l of after.layers) expect(l.maxRelativeError).toBeLessThan(1e-6);
    expect(after.step).toBe(50);
  });

  it('fails on a deliberately wrong gradient, in the layer that is wrong', () => {
    const model = buildModel(network, 2);
    const n = 20, x = new Float64Array(n * 3), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x.set([data.train.x[2 * i], data.train.x[2 * i + 1], data.train.x[2 * i] ** 2], 3 * i);
      y[i] = data.train.y[i];
    }
    const program = new Program(model.loss(model.forward(wrap(x, [n, 3]), { training: true, rng: createRng(0) }), wrap(y, [n])));
    program.run();
    const slots = layerSlots(model);
    const groups = slots.map((s, l) => sampleIndices(s.W, l + 1 < slots.length ? slots[l + 1].W : model.params.values.length, 20, createRng(l)));
    const right = checkGroups(() => program.forward(), model.params.values, model.params.grads, groups);
    for (const l of right) expect(l.maxRelativeError).toBeLessThan(1e-6);
    const wrong = model.params.grads.slice();
    for (let i = slots[1].W; i < slots[2].W; i++) wrong[i] *= 1.1; // layer 2's gradient 10% too large
    wrong[slots[2].b] = -wrong[slots[2].b]; // an output bias with the wrong sign
    const bad = checkGroups(() => program.forward(), model.params.values, wrong, groups);
    expect(bad[0].maxRelativeError).toBeLessThan(1e-6);
    expect(bad[1].maxRelativeError).toBeGreaterThan(0.05);
    expect(bad[2].maxRelativeError).toBeGreaterThan(0.5);
    expect(bad[2].worst.index).toBe(slots[2].b);
  });

  it('switches dropout off for the check, and flags ReLU kinks', () => {
    const out = runTaskSync('playgroundGradCheck', { ...input, network: { ...network, dropout: 0.5, activations: ['relu', 'tanh'] } });
    expect(out.dropoutOff).toBe(true);
    expect(out.kinks).toBe(true);
    for (const l of out.layers) expect(l.maxRelativeError).toBeLessThan(1e-4);
  });

  it('draws its sample from the seed, and rejects weights that do not fit', () => {
    expect(sampleIndices(10, 15, 20, createRng(1))).toEqual([10, 11, 12, 13, 14]);
    expect(sampleIndices(0, 100, 5, createRng(3))).toEqual(sampleIndices(0, 100, 5, createRng(3)));
    expect(() => runTaskSync('playgroundGradCheck', { ...input, weights: new Float64Array(3) })).toThrow(/weights has 3 numbers, the network has \d+ parameters/);
    expect(() => runTaskSync('playgroundGradCheck', { ...input, perLayer: 0 })).toThrow(/perLayer/);
  });
});

describe('gradient check verdicts', () => {
  it('agree below 1e-4, doubtful to 1e-2, wrong above (and NaN is wrong)', async () => {
    const { verdictOf, checkSummary } = await import('../../src/widgets/playground/gradCheckText');
    expect([5e-8, 3e-4, 0.2, NaN].map(verdictOf)).toEqual(['agree', 'doubtful', 'wrong', 'wrong']);
    const out = runTaskSync('playgroundGradCheck', { ...input, network: { ...network, dropout: 0.3 } });
    expect(checkSummary(out)).toMatch(/^The gradient is right: .* Dropout was off for the check/);
  });
});
