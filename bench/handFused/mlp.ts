/**
 * The yardstick for W1–W3 (and W5's forward pass): an MLP d → h1 → h2 → 1 with tanh hidden
 * layers, a sigmoid + binary cross-entropy output (stable form) and SGD, written by hand over
 * preallocated Float64Arrays. No closures and no allocation in the hot loops.
 *
 * Each example goes through the whole network and straight back (forward, loss, backward) before
 * the next one, so only a few small per-row vectors are live. Every weight gradient is still
 * accumulated over the rows in increasing order, and every sum is taken in the same order as the
 * core's matmul/add/tanh/loss ops, so the results match the core bit for bit.
 *
 * Weight layout: the core's ParameterSet for mlp([d, h1, h2, 1]):
 *   W1 [d, h1], b1 [h1], W2 [h1, h2], b2 [h2], W3 [h2, 1], b3 [1]   (row-major, one flat array)
 */
import type { Rng } from '../../src/core/random/prng';

export interface MlpShape {
  readonly d: number;
  readonly h1: number;
  readonly h2: number;
}

export function mlpParamCount(s: MlpShape): number {
  return s.d * s.h1 + s.h1 + s.h1 * s.h2 + s.h2 + s.h2 + 1;
}

/** Scratch vectors for one row, allocated once. */
export interface RowBuffers {
  readonly a1: Float64Array;
  readonly a2: Float64Array;
}

export function rowBuffers(s: MlpShape): RowBuffers {
  return { a1: new Float64Array(s.h1), a2: new Float64Array(s.h2) };
}

/** Mean loss of the weights `w` on rows 0 … n−1 (forward only). */
export function forwardLoss(s: MlpShape, w: Float64Array, x: Float64Array, y: Float64Array, n: number, buf: RowBuffers): number {
  const d = s.d, h1 = s.h1, h2 = s.h2;
  const ob1 = d * h1, oW2 = ob1 + h1, ob2 = oW2 + h1 * h2, oW3 = ob2 + h2, ob3 = oW3 + h2;
  const a1 = buf.a1, a2 = buf.a2;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xi = i * d;
    for (let j = 0; j < h1; j++) a1[j] = 0;
    for (let p = 0; p < d; p++) {
      const xp = x[xi + p], wp = p * h1;
      for (let j = 0; j < h1; j++) a1[j] += xp * w[wp + j];
    }
    for (let j = 0; j < h1; j++) a1[j] = Math.tanh(a1[j] + w[ob1 + j]);
    for (let j = 0; j < h2; j++) a2[j] = 0;
    for (let p = 0; p < h1; p++) {
      const ap = a1[p], wp = oW2 + p * h2;
      for (let j = 0; j < h2; j++) a2[j] += ap * w[wp + j];
    }
    for (let j = 0; j < h2; j++) a2[j] = Math.tanh(a2[j] + w[ob2 + j]);
    let z = 0;
    for (let p = 0; p < h2; p++) z += a2[p] * w[oW3 + p];
    z += w[ob3];
    const t = y[i];
    total += (z > 0 ? z : 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total / n;
}

export class HandFusedMlp {
  readonly w: Float64Array;
  readonly g: Float64Array;
  private readonly s: MlpShape;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly n: number;
  private readonly batchSize: number;
  private readonly batchesPerEpoch: number;
  /** Row order: the identity for full batch, reshuffled every epoch for mini-batches. */
  private readonly perm: Uint32Array;
  private readonly rng: Rng | null;
  private batch = 0;
  private readonly buf: RowBuffers;
  private readonly g1: Float64Array;
  private readonly g2: Float64Array;

  /** `rng` shuffles the rows (Fisher–Yates, once now and once per epoch); null: full batch. */
  constructor(s: MlpShape, init: Float64Array, x: Float64Array, y: Float64Array, n: number, batchSize: number, rng: Rng | null) {
    if (init.length !== mlpParamCount(s)) throw new Error(`hand-fused mlp: ${init.length} weights, expected ${mlpParamCount(s)}`);
    this.s = s;
    this.w = Float64Array.from(init);
    this.g = new Float64Array(init.length);
    this.x = x;
    this.y = y;
    this.n = n;
    this.batchSize = Math.min(batchSize, n);
    this.batchesPerEpoch = Math.ceil(n / this.batchSize);
    this.perm = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.perm[i] = i;
    this.rng = this.batchSize < n ? rng : null;
    if (this.rng) this.shuffle();
    this.buf = rowBuffers(s);
    this.g1 = new Float64Array(s.h1);
    this.g2 = new Float64Array(s.h2);
  }

  private shuffle(): void {
    const perm = this.perm, rng = this.rng as Rng;
    for (let i = perm.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
  }

  /** Loss of the next batch and its gradient into g; returns the loss. */
  lossAndGrad(): number {
    if (this.batch === this.batchesPerEpoch) {
      this.batch = 0;
      if (this.rng) this.shuffle();
    }
    const start = this.batch * this.batchSize;
    const m = Math.min(this.batchSize, this.n - start);
    this.batch++;

    const { d, h1, h2 } = this.s;
    const ob1 = d * h1, oW2 = ob1 + h1, ob2 = oW2 + h1 * h2, oW3 = ob2 + h2, ob3 = oW3 + h2;
    const w = this.w, g = this.g, x = this.x, y = this.y, perm = this.perm;
    const a1 = this.buf.a1, a2 = this.buf.a2, g1 = this.g1, g2 = this.g2;
    g.fill(0);
    const f = 1 / m;
    let total = 0;
    for (let r = 0; r < m; r++) {
      const i = perm[start + r];
      const xi = i * d;
      // Forward: a1 = tanh(x·W1 + b1), a2 = tanh(a1·W2 + b2), z = a2·W3 + b3.
      for (let j = 0; j < h1; j++) a1[j] = 0;
      for (let p = 0; p < d; p++) {
        const xp = x[xi + p], wp = p * h1;
        for (let j = 0; j < h1; j++) a1[j] += xp * w[wp + j];
      }
      for (let j = 0; j < h1; j++) a1[j] = Math.tanh(a1[j] + w[ob1 + j]);
      for (let j = 0; j < h2; j++) a2[j] = 0;
      for (let p = 0; p < h1; p++) {
        const ap = a1[p], wp = oW2 + p * h2;
        for (let j = 0; j < h2; j++) a2[j] += ap * w[wp + j];
      }
      for (let j = 0; j < h2; j++) a2[j] = Math.tanh(a2[j] + w[ob2 + j]);
      let z = 0;
      for (let p = 0; p < h2; p++) z += a2[p] * w[oW3 + p];
      z += w[ob3];
      // Stable BCE and its derivative (σ(z) − t)/m, sharing e^{−|z|}.
      const t = y[i];
      const e = Math.exp(-Math.abs(z));
      total += (z > 0 ? z : 0) - z * t + Math.log1p(e);
      const dz = f * ((z >= 0 ? 1 / (1 + e) : e / (1 + e)) - t);
      // Backward, tanh' = 1 − a² fused into each layer.
      g[ob3] += dz;
      for (let p = 0; p < h2; p++) {
        const ap = a2[p];
        g[oW3 + p] += ap * dz;
        g2[p] = dz * w[oW3 + p] * (1 - ap * ap);
      }
      for (let j = 0; j < h2; j++) g[ob2 + j] += g2[j];
      for (let p = 0; p < h1; p++) {
        const ap = a1[p], wp = oW2 + p * h2;
        let sum = 0;
        for (let j = 0; j < h2; j++) {
          const gj = g2[j];
          sum += gj * w[wp + j];
          g[wp + j] += ap * gj;
        }
        g1[p] = sum * (1 - ap * ap);
      }
      for (let j = 0; j < h1; j++) g[ob1 + j] += g1[j];
      for (let p = 0; p < d; p++) {
        const xp = x[xi + p], wp = p * h1;
        for (let j = 0; j < h1; j++) g[wp + j] += xp * g1[j];
      }
    }
    return total / m;
  }

  /** One SGD step on the next batch; returns that batch's loss before the step. */
  step(lr: number): number {
    const loss = this.lossAndGrad();
    const w = this.w, g = this.g;
    for (let k = 0; k < w.length; k++) w[k] -= lr * g[k];
    return loss;
  }

  /** Mean loss on the whole dataset at the current weights. */
  fullLoss(): number {
    return forwardLoss(this.s, this.w, this.x, this.y, this.n, this.buf);
  }
}
