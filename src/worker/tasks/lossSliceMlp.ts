/**
 * The small network of the loss-slice task: an MLP [2, hidden, 2] with softmax cross-entropy
 * on two moons, trained here, in the worker, by Adam on the full batch from a seeded start.
 *
 * Training is the expensive part (1,000 steps of a 2→16→2 net on 200 points: about 0.25 s in
 * Node), and every slice of the same network needs it, so the initial and trained weights are
 * cached in this module, keyed by the network's config (its JSON): changing the direction seed,
 * the window or the centre reuses them. The cache keeps the last few configs; a page uses one.
 *
 * train() is called in chunks of CHUNK_STEPS with the same optimizer (Adam keeps its moments
 * and step count between calls, and a constant learning rate needs no schedule position), so
 * the task can yield between chunks and a cancel arrives mid-training. Chunked and one-call
 * training give the same weights and losses bit for bit (tested): each chunk starts with the
 * gradient at the weights the last one ended on, and only the last chunk evaluates the loss
 * where it ends.
 */
import { accuracy, createOptimizer, makeMoons, mlp, modelProblem, train } from '../../core';
import type { Dataset, Divergence, Mlp, StopReason } from '../../core';
import type { TaskGenerator } from './task';

export type MlpActivation = 'tanh' | 'relu';

export interface MlpSliceConfig {
  readonly kind: 'mlp';
  /** Two moons (the core's makeMoons): points, noise, seed. */
  readonly data: { readonly n: number; readonly noise: number; readonly seed: number };
  /** Hidden units of the one hidden layer. */
  readonly hidden: number;
  readonly activation: MlpActivation;
  /** Seeds the initial weights (Xavier for tanh, He for ReLU; biases 0). */
  readonly initSeed: number;
  /** Adam steps on the full batch, and Adam's learning rate. */
  readonly steps: number;
  readonly lr: number;
}

export interface MlpTrainingStats {
  readonly steps: number;
  /** losses[t] = training loss after t steps. */
  readonly losses: Float64Array;
  readonly initialLoss: number;
  readonly finalLoss: number;
  /** Fraction of training points classified right, at the initial and the trained weights. */
  readonly initialAccuracy: number;
  readonly finalAccuracy: number;
  readonly stop: StopReason;
  readonly divergence: Divergence | null;
}

export interface TrainedMlp {
  readonly model: Mlp;
  readonly data: Dataset;
  readonly initial: Float64Array;
  readonly trained: Float64Array;
  readonly stats: MlpTrainingStats;
}

/** Steps per train() call: a checkpoint between chunks (about 6 ms for the default net). */
export const CHUNK_STEPS = 25;
const CACHE_SIZE = 4;
const cache = new Map<string, TrainedMlp>();

export function mlpCacheKey(c: MlpSliceConfig): string {
  return JSON.stringify([c.data.n, c.data.noise, c.data.seed, c.hidden, c.activation, c.initSeed, c.steps, c.lr]);
}

/** For tests: forget every trained network. */
export function clearMlpCache(): void {
  cache.clear();
}

/** Whether this config's training is cached (for tests and the documentation's claim). */
export function isMlpCached(c: MlpSliceConfig): boolean {
  return cache.has(mlpCacheKey(c));
}

/** The trained network for `c`: from the cache, or trained now in chunks with checkpoints. */
export function* trainedMlp(c: MlpSliceConfig): TaskGenerator<TrainedMlp> {
  const key = mlpCacheKey(c);
  const hit = cache.get(key);
  if (hit) return hit;
  const data = makeMoons({ n: c.data.n, noise: c.data.noise, seed: c.data.seed });
  const model = mlp({ sizes: [2, c.hidden, 2], activation: c.activation, loss: 'softmaxCrossEntropy', seed: c.initSeed });
  const initial = model.params.values.slice();
  const initialAccuracy = accuracy(model, data);
  const problem = modelProblem(model, data);
  const adam = createOptimizer('adam', { lr: c.lr });
  const losses = new Float64Array(c.steps + 1);
  let done = 0, stop: StopReason = 'completed', divergence: Divergence | null = null;
  do {
    // Each chunk records the losses before its steps; only the last also evaluates where it
    // ends (the next chunk's first step evaluates there anyway).
    const chunk = Math.min(CHUNK_STEPS, c.steps - done);
    const run = train(problem, adam, { steps: chunk, finalLoss: done + chunk === c.steps });
    losses.set(run.losses, done);
    done += run.steps;
    if (run.stop === 'diverged') {
      stop = 'diverged';
      divergence = run.divergence && { step: done - run.steps + run.divergence.step, reason: run.divergence.reason };
      break;
    }
    yield;
  } while (done < c.steps);
  const trained = model.params.values.slice();
  const result: TrainedMlp = {
    model, data, initial, trained,
    stats: {
      steps: done,
      losses: losses.slice(0, done + 1),
      initialLoss: losses[0],
      finalLoss: losses[done],
      initialAccuracy,
      finalAccuracy: accuracy(model, data),
      stop,
      divergence,
    },
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}
