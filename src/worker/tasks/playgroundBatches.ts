/**
 * Which rows each step trains on, and dropout's random stream: functions of the run's seed and
 * the step alone, so a run is the same however it is cut into chunks.
 */
import { createRng, deriveSeed, type Rng } from '../../core';
import type { NetworkConfig } from './playgroundNet';

/** A generator whose stream can be swapped under the graph that captured it (dropout's masks). */
export function swappableRng(): { rng: Rng; reseed(seed: number): void } {
  let inner = createRng(0);
  const rng: Rng = {
    next: () => inner.next(),
    uniform: (lo, hi) => inner.uniform(lo, hi),
    normal: () => inner.normal(),
    int: (n) => inner.int(n),
    nextUint32: () => inner.nextUint32(),
    fork: () => inner.fork(),
  };
  return { rng, reseed: (seed) => { inner = createRng(seed); } };
}

/** Rows of epoch e's shuffle (Fisher–Yates from the epoch's own seed; `seed` is the run's shuffle stream, shuffleSeedOf). */
export function epochOrder(n: number, seed: number, epoch: number): Uint32Array {
  const rng = createRng(deriveSeed(seed, epoch % 0xffffffff));
  const p = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** The run's shuffle stream, from its seed. */
export const shuffleSeedOf = (seed: number): number => deriveSeed(seed, 2);

/** The batch size a run uses: batch norm needs two rows; at most every training point. */
export const batchOf = (network: NetworkConfig, batchSize: number, nTrain: number): number => Math.min(network.batchNorm ? Math.max(2, batchSize) : batchSize, nTrain);

/** The training rows of step t's mini-batch (step t of the epoch ⌊t / batches per epoch⌋). */
export function batchRows(step: number, nTrain: number, batch: number, seed: number): Uint32Array {
  const perEpoch = Math.max(1, Math.floor(nTrain / batch));
  const first = (step % perEpoch) * batch;
  return epochOrder(nTrain, shuffleSeedOf(seed), Math.floor(step / perEpoch)).slice(first, first + batch);
}

