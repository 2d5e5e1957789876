/**
 * W1–W3 in tfjs-core: the same network from the same initial weights (rounded to float32),
 * stable BCE written out, tf.train.sgd(lr).minimize inside tf.tidy, the loss read back every
 * step as the core's train() records it. Mini-batches: a Fisher–Yates shuffle per epoch in
 * JavaScript, rows gathered into float32 buffers, one tensor pair per batch.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../src/core/random/prng';
import type { MlpShape } from '../handFused/mlp';

export interface TfWeights<T extends tf.Tensor = tf.Tensor> {
  w1: T;
  b1: T;
  w2: T;
  b2: T;
  w3: T;
  b3: T;
}

function makeWeights(s: MlpShape, init: Float64Array): TfWeights<tf.Variable> {
  let o = 0;
  const take = (shape: number[]): tf.Variable => {
    const size = shape.reduce((p, q) => p * q, 1);
    const v = tf.tidy(() => tf.variable(tf.tensor(Float32Array.from(init.subarray(o, o + size)), shape))); // tidy frees the initial value
    o += size;
    return v;
  };
  const w1 = take([s.d, s.h1]), b1 = take([s.h1]), w2 = take([s.h1, s.h2]), b2 = take([s.h2]);
  const w3 = take([s.h2, 1]), b3 = take([1]);
  return { w1, b1, w2, b2, w3, b3 };
}

/** Mean stable BCE of the network on x [m, d] against y [m]. */
export function tfLoss(p: TfWeights, x: tf.Tensor2D, y: tf.Tensor1D): tf.Scalar {
  const a1 = tf.tanh(tf.add(tf.matMul(x, p.w1 as tf.Tensor2D), p.b1)) as tf.Tensor2D;
  const a2 = tf.tanh(tf.add(tf.matMul(a1, p.w2 as tf.Tensor2D), p.b2)) as tf.Tensor2D;
  const z = tf.reshape(tf.add(tf.matMul(a2, p.w3 as tf.Tensor2D), p.b3), [-1]);
  const l = tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
  return tf.mean(l) as tf.Scalar;
}

export class TfMlpTrainer {
  private readonly p: TfWeights<tf.Variable>;
  private readonly vars: tf.Variable[];
  private readonly opt: tf.SGDOptimizer;
  private readonly n: number;
  private readonly d: number;
  private readonly batchSize: number;
  private readonly batchesPerEpoch: number;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly fullX: tf.Tensor2D;
  private readonly fullY: tf.Tensor1D;
  private readonly perm: Uint32Array;
  private readonly rng: Rng;
  private readonly bx: Float32Array;
  private readonly by: Float32Array;
  private batch = 0;

  constructor(s: MlpShape, init: Float64Array, x: Float64Array, y: Float64Array, n: number, batchSize: number, lr: number, rng: Rng) {
    this.p = makeWeights(s, init);
    this.vars = [this.p.w1, this.p.b1, this.p.w2, this.p.b2, this.p.w3, this.p.b3];
    this.opt = tf.train.sgd(lr);
    this.n = n;
    this.d = s.d;
    this.x = x;
    this.y = y;
    this.batchSize = Math.min(batchSize, n);
    this.batchesPerEpoch = Math.ceil(n / this.batchSize);
    this.fullX = tf.tensor2d(Float32Array.from(x), [n, s.d]);
    this.fullY = tf.tensor1d(Float32Array.from(y));
    this.perm = Uint32Array.from({ length: n }, (_, i) => i);
    this.rng = rng;
    this.bx = new Float32Array(this.batchSize * s.d);
    this.by = new Float32Array(this.batchSize);
    if (this.batchSize < n) this.shuffle();
  }

  private shuffle(): void {
    const perm = this.perm;
    for (let i = perm.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
  }

  /** One SGD step on the next batch; returns that batch's loss before the step. */
  step(): number {
    let loss = NaN;
    tf.tidy(() => {
      let bx = this.fullX, by = this.fullY;
      if (this.batchSize < this.n) {
        if (this.batch === this.batchesPerEpoch) {
          this.batch = 0;
          this.shuffle();
        }
        const start = this.batch * this.batchSize, m = Math.min(this.batchSize, this.n - start), d = this.d;
        for (let r = 0; r < m; r++) {
          const i = this.perm[start + r];
          for (let k = 0; k < d; k++) this.bx[r * d + k] = this.x[i * d + k];
          this.by[r] = this.y[i];
        }
        this.batch++;
        bx = tf.tensor2d(this.bx.subarray(0, m * d), [m, d]);
        by = tf.tensor1d(this.by.subarray(0, m));
      }
      const cost = this.opt.minimize(() => tfLoss(this.p, bx, by), true, this.vars);
      if (cost) loss = cost.dataSync()[0];
    });
    return loss;
  }

  /** Mean loss on the whole dataset at the current weights. */
  fullLoss(): number {
    return tf.tidy(() => tfLoss(this.p, this.fullX, this.fullY).dataSync()[0]);
  }

  dispose(): void {
    tf.dispose([this.fullX, this.fullY, ...this.vars]);
    this.opt.dispose();
  }
}
