/**
 * What the playground's tests share: the circles data every task test trains on, a chunk's
 * input built from a network and the training settings that differ, and a wait for a
 * session's snapshot to reach a state.
 */
import { makePlaygroundData } from '../../src/worker/tasks/playgroundData';
import type { NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import type { PlaygroundOptimizer } from '../../src/worker/tasks/playgroundOptim';
import type { PlaygroundTrainInput, TrainingSettings } from '../../src/worker/tasks/playgroundTrain';
import type { Session, SessionSnapshot } from '../../src/widgets/playground/session';

export const circles = makePlaygroundData({ dataset: 'circles', noise: 0.1, classes: 2, trainShare: 0.5, seed: 1 });
export const circlesPoints = { trainX: circles.train.x, trainY: circles.train.y, testX: circles.test.x, testY: circles.test.y };

/** Two inputs, 2 classes, no batch norm or dropout: spread a patch over it. */
export const smallNetwork = (patch: Partial<NetworkConfig> = {}): NetworkConfig =>
  ({ features: ['x1', 'x2'], hidden: [4, 4], activations: ['tanh', 'tanh'], outputs: 2, regression: false, init: 'xavier', batchNorm: false, dropout: 0, ...patch });

/** A 0-step chunk (the first look) on the circles, batches of 10, no penalty. */
export function chunkInput(network: NetworkConfig, optimizer: PlaygroundOptimizer, lr: number, rest: Partial<PlaygroundTrainInput> = {}): PlaygroundTrainInput {
  const training: TrainingSettings = { optimizer: { name: optimizer, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 }, lr, schedule: { kind: 'constant' }, batchSize: 10, l1: 0, l2: 0 };
  return { network, training, points: circlesPoints, seed: 1, start: null, steps: 0, recordEvery: 10, grid: 8, neuronGrid: 4, ...rest };
}

/** Resolves with the first snapshot (now or later) for which `ok` holds. */
export const until = (session: Session, ok: (s: SessionSnapshot) => boolean): Promise<SessionSnapshot> => new Promise((resolve) => {
  if (ok(session.getSnapshot())) return resolve(session.getSnapshot());
  const off = session.subscribe(() => {
    if (ok(session.getSnapshot())) {
      off();
      resolve(session.getSnapshot());
    }
  });
});
