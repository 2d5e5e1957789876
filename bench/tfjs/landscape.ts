/**
 * W5 in tfjs-core: the loss at one grid point at a time. The point's weight vector is formed in
 * JavaScript as slice2d forms it, uploaded as six float32 tensors, and the forward loss read
 * back, all inside one tf.tidy per point.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GridRange } from '../handFused/landscape';
import type { MlpShape } from '../handFused/mlp';
import { tfLoss } from './mlp';

const at = (r: GridRange, i: number): number => r.from + ((r.to - r.from) * i) / (r.count - 1);

export class TfLandscape {
  private readonly s: MlpShape;
  private readonly center: Float64Array;
  private readonly d1: Float64Array;
  private readonly d2: Float64Array;
  private readonly x: tf.Tensor2D;
  private readonly y: tf.Tensor1D;
  private readonly w: Float32Array;
  private readonly a: GridRange;
  private readonly b: GridRange;
  /** Next grid point, row-major; the sweep wraps around. */
  private next = 0;

  constructor(s: MlpShape, center: Float64Array, d1: Float64Array, d2: Float64Array, x: Float64Array, y: Float64Array, n: number, a: GridRange, b: GridRange) {
    this.s = s;
    this.center = center;
    this.d1 = d1;
    this.d2 = d2;
    this.x = tf.tensor2d(Float32Array.from(x), [n, s.d]);
    this.y = tf.tensor1d(Float32Array.from(y));
    this.w = new Float32Array(center.length);
    this.a = a;
    this.b = b;
  }

  /** L at grid point (i, j). */
  lossAt(i: number, j: number): number {
    const ai = at(this.a, i), bj = at(this.b, j);
    const { center, d1, d2, w, s } = this;
    for (let k = 0; k < w.length; k++) w[k] = center[k] + bj * d2[k] + ai * d1[k];
    return tf.tidy(() => {
      let o = 0;
      const take = (shape: number[]): tf.Tensor => {
        const size = shape.reduce((p, q) => p * q, 1);
        const t = tf.tensor(w.slice(o, o + size), shape);
        o += size;
        return t;
      };
      const p = {
        w1: take([s.d, s.h1]), b1: take([s.h1]), w2: take([s.h1, s.h2]), b2: take([s.h2]),
        w3: take([s.h2, 1]), b3: take([1]),
      };
      return tfLoss(p, this.x, this.y).dataSync()[0];
    });
  }

  /** Evaluates the next `count` grid points; returns how many. */
  run(count: number): number {
    const total = this.a.count * this.b.count;
    for (let c = 0; c < count; c++) {
      const k = this.next;
      this.lossAt(k % this.a.count, Math.floor(k / this.a.count));
      this.next = (k + 1) % total;
    }
    return count;
  }

  dispose(): void {
    tf.dispose([this.x, this.y]);
  }
}
