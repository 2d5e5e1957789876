/**
 * Failure that is not a blow-up (widgets/playground/failure.ts, failureText.ts), on real runs of
 * the worker task: SGD at learning rate 10 with ReLU kills a hidden layer and the loss ends far
 * above its start; a learning rate of 1e-4 leaves the loss at the baseline; a good run is left
 * alone. The rising rule is checked on a made-up history whose shape is exact.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import { type PlaygroundTrainInput, type PlaygroundTrainOutput, trainChunk } from '../../src/worker/tasks/playgroundTrain';
import { baselineLoss, detectFailure } from '../../src/widgets/playground/failure';
import { failureText } from '../../src/widgets/playground/failureText';
import type { LossHistory } from '../../src/widgets/playground/session';
import { chunkInput, circles, smallNetwork } from './playgroundFixtures';

const data = circles;
const network: NetworkConfig = smallNetwork({ activations: ['relu', 'relu'] });
const base: PlaygroundTrainInput = chunkInput(network, 'sgd', 10, { recordEvery: 25 });

/** `chunks` chunks of 100 steps, as the session would append them. */
function run(input: PlaygroundTrainInput, chunks: number): { history: LossHistory; last: PlaygroundTrainOutput } {
  let out = trainChunk(input);
  const steps = [...out.lossSteps], train = [...out.trainLoss], test = [...out.testLoss];
  for (let c = 0; c < chunks; c++) {
    out = trainChunk({ ...input, start: out.state, steps: 100 });
    steps.push(...out.lossSteps);
    train.push(...out.trainLoss);
    test.push(...out.testLoss);
  }
  return { history: { steps, train, test }, last: out };
}

const baseline = baselineLoss(data.train.y, 2, false);

describe('failure that is not a blow-up', () => {
  it('the baseline is the entropy of the class shares, or the targets\' variance', () => {
    expect(baselineLoss([0, 1, 0, 1], 2, false)).toBeCloseTo(Math.log(2), 15);
    expect(baselineLoss([0, 0, 0, 1], 2, false)).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 15);
    expect(baselineLoss([1, 3], 1, true)).toBe(1);
  });

  it('SGD at learning rate 10 with ReLU: the loss ends above its start, and a dead layer is named', () => {
    const { history, last } = run(base, 10);
    expect(last.divergence).toBeNull();
    const f = detectFailure(history, baseline);
    expect(f?.kind).toBe('risen');
    expect(f!.to).toBeGreaterThan(f!.from);
    expect(Array.from(last.deadUnits)).toEqual([3, 4]);
    const text = failureText(f!, last, network, 10);
    expect(text.what).toMatch(/above the 0\.708 it started at/);
    expect(text.why).toMatch(/4 of 4 ReLU units in hidden layer 2/);
    expect(text.advice).toMatch(/Leaky ReLU/);
    expect(text.advice).toMatch(/lower learning rate \(it is 10;/);
  });

  it('a learning rate far too small: stuck at the baseline, every layer moving too little', () => {
    const input = { ...base, network: { ...network, activations: ['tanh', 'tanh'] as const }, training: { ...base.training, lr: 1e-4 } };
    const { history, last } = run(input, 6);
    const f = detectFailure(history, baseline);
    expect(f?.kind).toBe('stuck');
    const text = failureText(f!, last, input.network, 1e-4);
    expect(text.why).toMatch(/learning rate is too small/);
    expect(text.advice).toMatch(/larger learning rate/);
  });

  it('a run that learns is left alone', () => {
    const input = { ...base, network: { ...network, activations: ['tanh', 'tanh'] as const }, training: { ...base.training, optimizer: { ...base.training.optimizer, name: 'adam' as const }, lr: 0.03 } };
    const { history } = run(input, 6);
    expect(detectFailure(history, baseline)).toBeNull();
  });

  it('a loss rising over most of the recent measurements is "rising", with a huge ratio named', () => {
    const steps = Array.from({ length: 20 }, (_, i) => i * 20);
    const train = steps.map((s) => (s < 200 ? 0.7 - s / 1000 : 0.5 + (s - 200) / 2000));
    const f = detectFailure({ steps, train, test: train }, 0.69);
    expect(f?.kind).toBe('rising');
    const text = failureText(f!, { peakRatio: Float64Array.of(2e-3, 0.4, 1e-3), deadUnits: Float64Array.of(0, 0) }, { hidden: [4, 4], activations: ['tanh', 'tanh'], regression: false }, 1);
    expect(text.what).toMatch(/risen over most of the last 12 measurements/);
    expect(text.why).toMatch(/Hidden layer 2 moves by up to 4\.0e-1/);
  });
});
