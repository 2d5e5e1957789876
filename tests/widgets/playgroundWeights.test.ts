/**
 * Saving and loading the playground's weights (weightsFile.ts): a trained run written to JSON
 * and read back is the same run (weights, optimizer state, batch norm, step, history), and the
 * session continues from it exactly as the original would have; every rejection names its
 * problem; the loss history as CSV.
 */
import { describe, expect, it } from 'vitest';
import { createComputeClient } from '../../src/worker/client';
import type { NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import { type PlaygroundTrainInput, trainChunk } from '../../src/worker/tasks/playgroundTrain';
import { createSession } from '../../src/widgets/playground/session';
import { chunkInput, smallNetwork, until } from '../worker/playgroundFixtures';
import { historyFileName, historyToCsv, MAX_WEIGHTS_CHARS, parseWeightsFile, weightsFileName, weightsToJson } from '../../src/widgets/playground/weightsFile';

const network: NetworkConfig = smallNetwork({ hidden: [4, 3], activations: ['tanh', 'relu'], batchNorm: true });
const input: PlaygroundTrainInput = chunkInput(network, 'adam', 0.03, { seed: 3 });
const trained = trainChunk({ ...input, start: trainChunk(input).state, steps: 30 });
const history = { steps: [0, 10, 20, 30], train: [0.7, 0.6, 0.5, 0.4], test: [0.71, 0.62, NaN, 0.45] };
const json = weightsToJson(trained.state, network, 'adam', history, 'playground.widths=4,3');
const edit = (f: (o: Record<string, unknown>) => void): string => {
  const o = JSON.parse(json) as Record<string, unknown>;
  f(o);
  return JSON.stringify(o);
};
const problemsOf = (text: string, here: NetworkConfig = network): string[] => {
  const r = parseWeightsFile(text, here, 'adam');
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};

describe('playground weights file', () => {
  it('round trips: the same weights, optimizer state, statistics, step and history', () => {
    const r = parseWeightsFile(json, network, 'adam');
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(Array.from(r.run.weights)).toEqual(Array.from(trained.state.weights));
    expect(Array.from(r.run.optimizer.slots)).toEqual(Array.from(trained.state.optimizer.slots));
    expect(Array.from(r.run.optimizer.powers)).toEqual(Array.from(trained.state.optimizer.powers));
    expect(Array.from(r.run.batchNorm)).toEqual(Array.from(trained.state.batchNorm));
    expect(r.run.step).toBe(30);
    expect(r.run.initialLoss).toBe(trained.state.initialLoss);
    // the history up to (not at) the step: the 0-step look after loading measures step 30 again
    expect(r.history.steps).toEqual([0, 10, 20]);
    expect(r.history.test[2]).toBeNaN();
    expect(r.notes).toEqual([]);
    // and training on from the loaded state is training on from the original, bit for bit
    const a = trainChunk({ ...input, start: trained.state, steps: 20 }), b = trainChunk({ ...input, start: r.run, steps: 20 });
    expect(Array.from(b.state.weights)).toEqual(Array.from(a.state.weights));
  });

  it('another optimizer here: the weights load and its memory starts fresh, said in a note', () => {
    const r = parseWeightsFile(json, network, 'momentum');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.run.optimizer.slots.length).toBe(trained.state.weights.length);
    expect(r.run.optimizer.slots.every((v) => v === 0)).toBe(true);
    expect(r.notes[0]).toMatch(/starts fresh \(the file's optimizer: "adam"; here: momentum\)/);
  });

  it('rejects a wrong layer count, wrong widths, inputs, outputs, activations and batch norm, each named', () => {
    expect(problemsOf(json, { ...network, hidden: [4, 3, 2], activations: ['tanh', 'relu', 'tanh'] })).toEqual([
      'The file\'s network has 2 hidden layers (4, 3); this one has 3 (4, 3, 2).',
      expect.stringMatching(/"weights" has \d+ numbers; this network has \d+ parameters/),
      expect.stringMatching(/"batchNorm" has 14 numbers; this network keeps 18/),
    ]);
    const widths = problemsOf(json, { ...network, hidden: [5, 2] });
    expect(widths).toContain('Hidden layer 1 has 4 units in the file and 5 here.');
    expect(widths).toContain('Hidden layer 2 has 3 units in the file and 2 here.');
    expect(problemsOf(json, { ...network, activations: ['tanh', 'tanh'] })).toEqual(['Hidden layer 2\'s activation is relu in the file and tanh here: choose it first.']);
    expect(problemsOf(json, { ...network, features: ['x1', 'x2', 'x1sq'] })[0]).toBe('The file\'s inputs are x1, x2; this network\'s are x1, x2, x1sq.');
    expect(problemsOf(json, { ...network, outputs: 3 })[0]).toMatch(/has 2 outputs \(classes\); this one has 3/);
    expect(problemsOf(json, { ...network, batchNorm: false })[0]).toBe('Batch normalization is on in the file and off here.');
  });

  it('rejects non-numbers, naming each entry, and bad statistics, step and loss', () => {
    const bad = edit((o) => {
      const w = o.weights as unknown[];
      w[2] = 'abc';
      w[7] = null;
      (o.batchNorm as number[])[4] = -1; // hidden layer 1's first variance
      o.step = 2.5;
      o.initialLoss = 'x';
    });
    expect(problemsOf(bad)).toEqual([
      'weights[2] is "abc"; weights[7] is null: not numbers.',
      'batchNorm: hidden layer 1\'s variance 1 is -1, below 0.',
      '"step" must be a whole number ≥ 0, got 2.5.',
      '"initialLoss" must be a number ≥ 0, got "x".',
    ]);
  });

  it('rejects text that is not JSON, not a weights file, or over the size cap', () => {
    expect(problemsOf('{"format": ')[0]).toMatch(/^Not JSON: /);
    expect(problemsOf('[1, 2, 3]')).toEqual(['Not a playground weights file: "format" must be "descent-network-playground-weights", got [1,2,3].']);
    expect(problemsOf(edit((o) => { o.version = 9; }))).toEqual(['Weights file version 9 is not one this page reads (1).']);
    expect(problemsOf(' '.repeat(MAX_WEIGHTS_CHARS + 1))[0]).toMatch(/at most 3,000,000 are read/);
  });

  it('writes the loss history as CSV with an empty cell where a loss was not measured, and names the files', () => {
    expect(historyToCsv(history)).toBe('step,train_loss,test_loss\n0,0.7,0.71\n10,0.6,0.62\n20,0.5,\n30,0.4,0.45\n');
    expect(weightsFileName(30)).toBe('network-playground-weights-step-30.json');
    expect(historyFileName(30)).toBe('network-playground-loss-history-step-30.csv');
  });

  it('the session continues from loaded weights: the step, the history, then training from there', async () => {
    const client = createComputeClient();
    const session = createSession(client, { network, training: input.training, points: input.points, seed: input.seed, grid: input.grid, neuronGrid: input.neuronGrid });
    await until(session, (s) => s.latest !== null);
    const r = parseWeightsFile(json, network, 'adam');
    if (!r.ok) throw new Error(r.problems.join('\n'));
    session.load(r.run, r.history);
    const loaded = await until(session, (s) => s.latest !== null && s.step === 30);
    expect(loaded.history.steps).toEqual([0, 10, 20, 30]);
    expect(loaded.history.train[3]).toBeCloseTo(trained.trainLoss[trained.trainLoss.length - 1], 12);
    session.step();
    const next = await until(session, (s) => s.step === 31);
    const expected = trainChunk({ ...input, start: trained.state, steps: 1 });
    expect(Array.from(next.latest!.state.weights)).toEqual(Array.from(expected.state.weights));
    session.dispose();
    client.dispose();
  });
});
