/**
 * The yardstick for W1–W3 (and, through `forwardLoss`, W5): an MLP d → h1 → h2 → 1 with tanh
 * hidden layers, a sigmoid + binary cross-entropy output (stable form) and SGD, written as the
 * fastest float64 JavaScript we can: a whole batch at a time through the register-blocked
 * kernels of gemm.ts, bias, activation and loss gradient fused into the passes around them,
 * every buffer allocated once. It is not the core's algorithm (sums are taken in another
 * order), so the benchmark compares results to 1e-12 relative, not bit for bit.
 *
 * Weight layout: the core's ParameterSet for mlp([d, h1, h2, 1]):
 *   W1 [d, h1], b1 [h1], W2 [h1, h2], b2 [h2], W3 [h2, 1], b3 [1]   (row-major, one flat array)
 */
import type { Rng } from '../../src/core/random/prng';
import { gemmNN, gemmNT, gemmTN } from './gemm';

export interface MlpShape {
  readonly d: number;
  readonly h1: number;
  readonly h2: number;
}

export function mlpParamCount(s: MlpShape): number {
  return s.d * s.h1 + s.h1 + s.h1 * s.h2 + s.h2 + s.h2 + 1;
}

/** Views of the flat vector, one per named weight. */
interface Views {
  readonly W1: Float64Array;
  readonly b1: Float64Array;
  readonly W2: Float64Array;
  readonly b2: Float64Array;
  readonly W3: Float64Array;
  readonly b3: Float64Array;
}

function views(s: MlpShape, v: Float64Array): Views {
  const { d, h1, h2 } = s;
  const ob1 = d * h1, oW2 = ob1 + h1, ob2 = oW2 + h1 * h2, oW3 = ob2 + h2, ob3 = oW3 + h2;
  return {
    W1: v.subarray(0, ob1), b1: v.subarray(ob1, oW2), W2: v.subarray(oW2, ob2),
    b2: v.subarray(ob2, oW3), W3: v.subarray(oW3, ob3), b3: v.subarray(ob3, ob3 + 1),
  };
}

/** Activations of up to `rows` rows, allocated once. */
export interface RowBuffers {
  readonly rows: number;
  readonly a1: Float64Array;
  readonly a2: Float64Array;
  readonly z: Float64Array;
}

export function rowBuffers(s: MlpShape, rows = 256): RowBuffers {
  return { rows, a1: new Float64Array(rows * s.h1), a2: new Float64Array(rows * s.h2), z: new Float64Array(rows) };
}

function tanhInPlace(v: Float64Array, size: number): void {
  for (let i = 0; i < size; i++) v[i] = Math.tanh(v[i]);
}

/** Forward pass of m rows of x: fills buf.a1, buf.a2 and buf.z (the logits). */
function forward(s: MlpShape, w: Views, x: Float64Array, m: number, buf: RowBuffers): void {
  const { d, h1, h2 } = s;
  gemmNN(x, w.W1, w.b1, buf.a1, m, d, h1);
  tanhInPlace(buf.a1, m * h1);
  gemmNN(buf.a1, w.W2, w.b2, buf.a2, m, h1, h2);
  tanhInPlace(buf.a2, m * h2);
  const a2 = buf.a2, W3 = w.W3, b3 = w.b3[0], z = buf.z;
  for (let i = 0, r = 0; i < m; i++, r += h2) {
    let zi = b3;
    for (let p = 0; p < h2; p++) zi += a2[r + p] * W3[p];
    z[i] = zi;
  }
}

/** Stable binary cross-entropy of a logit z against a target t. */
const bce = (z: number, t: number): number => (z > 0 ? z : 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));

/** Mean loss of the weights `w` on rows 0 … n−1 (forward only), in chunks of buf.rows. */
export function forwardLoss(s: MlpShape, w: Float64Array, x: Float64Array, y: Float64Array, n: number, buf: RowBuffers): number {
  const v = views(s, w);
  let total = 0;
  for (let start = 0; start < n; start += buf.rows) {
    const m = Math.min(buf.rows, n - start);
    forward(s, v, start === 0 ? x : x.subarray(start * s.d, (start + m) * s.d), m, buf);
    for (let i = 0; i < m; i++) total += bce(buf.z[i], y[start + i]);
  }
  return total / n;
}

export class HandFusedMlp {
  readonly w: Float64Array;
  readonly g: Float64Array;
  private readonly s: MlpShape;
  private readonly wv: Views;
  private readonly gv: Views;
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
  /** A mini-batch's rows, gathered. */
  private readonly xb: Float64Array;
  private readonly yb: Float64Array;
  /** ∂L/∂(pre-activation) of each hidden layer, per row. */
  private readonly delta1: Float64Array;
  private readonly delta2: Float64Array;

  /** `rng` shuffles the rows (Fisher–Yates, once now and once per epoch); null: full batch. */
  constructor(s: MlpShape, init: Float64Array, x: Float64Array, y: Float64Array, n: number, batchSize: number, rng: Rng | null) {
    if (init.length !== mlpParamCount(s)) throw new Error(`hand-fused mlp: ${init.length} weights, expected ${mlpParamCount(s)}`);
    this.s = s;
    this.w = Float64Array.from(init);
    this.g = new Float64Array(init.length);
    this.wv = views(s, this.w);
    this.gv = views(s, this.g);
    this.x = x;
    this.y = y;
    this.n = n;
    this.batchSize = Math.min(batchSize, n);
    this.batchesPerEpoch = Math.ceil(n / this.batchSize);
    this.perm = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.perm[i] = i;
    this.rng = this.batchSize < n ? rng : null;
    if (this.rng) this.shuffle();
    const B = this.batchSize;
    this.buf = rowBuffers(s, B);
    this.xb = new Float64Array(B * s.d);
    this.yb = new Float64Array(B);
    this.delta1 = new Float64Array(B * s.h1);
    this.delta2 = new Float64Array(B * s.h2);
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
    let x = this.x, y = this.y;
    if (this.rng) {
      const perm = this.perm, xb = this.xb, yb = this.yb;
      for (let r = 0; r < m; r++) {
        const i = perm[start + r];
        for (let p = 0; p < d; p++) xb[r * d + p] = this.x[i * d + p];
        yb[r] = this.y[i];
      }
      x = xb;
      y = yb;
    }
    const w = this.wv, g = this.gv, buf = this.buf;
    forward(this.s, w, x, m, buf);
    this.g.fill(0);

    // Output: the loss, and δ₂ = (σ(z) − t)/m · W3 ⊙ (1 − a₂²), with ∂W3, ∂b3, ∂b2 on the way.
    const a2 = buf.a2, z = buf.z, W3 = w.W3, gW3 = g.W3, gb2 = g.b2, delta2 = this.delta2;
    const f = 1 / m;
    let total = 0, gb3 = 0;
    for (let i = 0, r = 0; i < m; i++, r += h2) {
      const zi = z[i], t = y[i], e = Math.exp(-Math.abs(zi));
      total += (zi > 0 ? zi : 0) - zi * t + Math.log1p(e);
      const dz = f * ((zi >= 0 ? 1 / (1 + e) : e / (1 + e)) - t);
      gb3 += dz;
      for (let p = 0; p < h2; p++) {
        const a = a2[r + p];
        gW3[p] += a * dz;
        const dl = dz * W3[p] * (1 - a * a);
        delta2[r + p] = dl;
        gb2[p] += dl;
      }
    }
    g.b3[0] = gb3;
    // Hidden layer 2: ∂W2 = a₁ᵀδ₂; δ₁ = δ₂W2ᵀ ⊙ (1 − a₁²), with ∂b1.
    gemmTN(buf.a1, delta2, g.W2, m, h1, h2);
    const delta1 = this.delta1, a1 = buf.a1, gb1 = g.b1;
    gemmNT(delta2, w.W2, delta1, m, h1, h2);
    for (let i = 0, r = 0; i < m; i++, r += h1) {
      for (let p = 0; p < h1; p++) {
        const a = a1[r + p];
        const dl = delta1[r + p] * (1 - a * a);
        delta1[r + p] = dl;
        gb1[p] += dl;
      }
    }
    // Hidden layer 1: ∂W1 = xᵀδ₁.
    gemmTN(x, delta1, g.W1, m, d, h1);
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
