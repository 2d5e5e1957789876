/**
 * The yardstick for W4: Adam on the Rosenbrock function f = (1 − x)² + 100(y − x²)² with the
 * analytic gradient and the update written inline. The gradient is formed in the order the
 * core's reverse pass forms it, so the two trajectories agree bit for bit:
 *   ∂f/∂x = −(100·2v)·2x − 2u,   ∂f/∂y = 100·2v,   with u = 1 − x, v = y − x².
 */

export interface AdamSettings {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

export class HandFusedRosenbrockAdam {
  x: number;
  y: number;
  private mx = 0;
  private my = 0;
  private vx = 0;
  private vy = 0;
  private t = 0;
  private readonly o: AdamSettings;

  constructor(x0: number, y0: number, o: AdamSettings) {
    this.x = x0;
    this.y = y0;
    this.o = o;
  }

  loss(): number {
    const u = 1 - this.x, v = this.y - this.x * this.x;
    return u * u + 100 * (v * v);
  }

  /** n Adam steps (bias-corrected); returns the loss before the last one. */
  run(n: number): number {
    const { lr, beta1, beta2, eps } = this.o;
    const keep1 = 1 - beta1, keep2 = 1 - beta2;
    let x = this.x, y = this.y, mx = this.mx, my = this.my, vx = this.vx, vy = this.vy, t = this.t;
    let f = 0;
    for (let s = 0; s < n; s++) {
      const u = 1 - x, v = y - x * x;
      f = u * u + 100 * (v * v);
      const gv = 100 * (2 * v);
      const gx = -gv * (2 * x) - 2 * u;
      const gy = gv;
      t++;
      const c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
      mx = beta1 * mx + keep1 * gx;
      my = beta1 * my + keep1 * gy;
      vx = beta2 * vx + keep2 * gx * gx;
      vy = beta2 * vy + keep2 * gy * gy;
      x -= lr * (mx / c1 / (Math.sqrt(vx / c2) + eps));
      y -= lr * (my / c1 / (Math.sqrt(vy / c2) + eps));
    }
    this.x = x;
    this.y = y;
    this.mx = mx;
    this.my = my;
    this.vx = vx;
    this.vy = vy;
    this.t = t;
    return f;
  }
}

/**
 * The yardstick for W6: the path a 2-D widget draws — Adam from a start point for n steps,
 * keeping every point and its loss — with the gradient written as the core's Rosenbrock
 * surface writes it (surfaces/rosenbrock.ts: fx = −2(a − x) − 4b·x·v, fy = 2b·v), so the two
 * paths can be compared bit for bit.
 */
export function surfaceAdamPath(x0: number, y0: number, o: AdamSettings, n: number, path: Float64Array, losses: Float64Array): void {
  const { lr, beta1, beta2, eps } = o;
  const keep1 = 1 - beta1, keep2 = 1 - beta2;
  let x = x0, y = y0, mx = 0, my = 0, vx = 0, vy = 0;
  for (let t = 0; ; t++) {
    const u = 1 - x, v = y - x * x;
    losses[t] = u * u + 100 * v * v;
    path[2 * t] = x;
    path[2 * t + 1] = y;
    if (t === n) return;
    const gx = -2 * u - 4 * 100 * x * v;
    const gy = 2 * 100 * v;
    const c1 = 1 - Math.pow(beta1, t + 1), c2 = 1 - Math.pow(beta2, t + 1);
    mx = beta1 * mx + keep1 * gx;
    my = beta1 * my + keep1 * gy;
    vx = beta2 * vx + keep2 * gx * gx;
    vy = beta2 * vy + keep2 * gy * gy;
    x -= lr * (mx / c1 / (Math.sqrt(vx / c2) + eps));
    y -= lr * (my / c1 / (Math.sqrt(vy / c2) + eps));
  }
}
