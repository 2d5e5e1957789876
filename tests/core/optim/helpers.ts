/**
 * Small fixtures shared by the optimizer tests. The convergence objectives live inline in
 * convergence.test.ts.
 */
import type { Objective } from '../../../src/core/optim/objective';

/**
 * f(w) = ½(a·w0² + b·w1²): gradient (a·w0, b·w1), Hessian diag(a, b). The tiny problem the
 * hand-worked first steps use.
 */
export function diagonalQuadratic(a: number, b: number): Objective {
  return {
    dim: 2,
    valueAndGrad(w, g) {
      g[0] = a * w[0];
      g[1] = b * w[1];
      return 0.5 * (a * w[0] * w[0] + b * w[1] * w[1]);
    },
    hessian(_w, h) {
      h[0] = a;
      h[1] = 0;
      h[2] = 0;
      h[3] = b;
    },
  };
}

/** Row-major dense quadratic f(w) = ½ wᵀAw − bᵀw for a symmetric n×n A. */
export function denseQuadratic(a: readonly number[], b: readonly number[]): Objective {
  const n = b.length;
  return {
    dim: n,
    valueAndGrad(w, g) {
      let f = 0;
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += a[i * n + j] * w[j];
        g[i] = s - b[i];
        f += 0.5 * w[i] * s - b[i] * w[i];
      }
      return f;
    },
    hessian(_w, h) {
      for (let k = 0; k < n * n; k++) h[k] = a[k];
    },
  };
}

/** Asserts-free helper: the Euclidean distance between two vectors. */
export function distance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - y[i]) ** 2;
  return Math.sqrt(s);
}
