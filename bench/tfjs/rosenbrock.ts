/**
 * W4 in tfjs-core: two scalar variables, f built from ops, tf.train.adam(lr, β1, β2, ε)
 * minimizing it inside tf.tidy, the loss read back every step.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamSettings } from '../handFused/rosenbrockAdam';

export class TfRosenbrockAdam {
  private readonly x: tf.Variable;
  private readonly y: tf.Variable;
  private readonly opt: tf.AdamOptimizer;

  constructor(x0: number, y0: number, o: AdamSettings) {
    this.x = tf.tidy(() => tf.variable(tf.scalar(x0)));
    this.y = tf.tidy(() => tf.variable(tf.scalar(y0)));
    this.opt = tf.train.adam(o.lr, o.beta1, o.beta2, o.eps);
  }

  private f(): tf.Scalar {
    const x = this.x, y = this.y;
    return tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))) as tf.Scalar;
  }

  /** n Adam steps; returns the loss before the last one. */
  run(n: number): number {
    let loss = NaN;
    for (let s = 0; s < n; s++) {
      tf.tidy(() => {
        const cost = this.opt.minimize(() => this.f(), true, [this.x, this.y]);
        if (cost) loss = cost.dataSync()[0];
      });
    }
    return loss;
  }

  loss(): number {
    return tf.tidy(() => this.f().dataSync()[0]);
  }

  point(): [number, number] {
    return [this.x.dataSync()[0], this.y.dataSync()[0]];
  }

  dispose(): void {
    tf.dispose([this.x, this.y]);
    this.opt.dispose();
  }
}
