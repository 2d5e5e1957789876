/**
 * Why a learning rate is too large, for the line fit y ≈ m·x + b. The MSE
 * L(m, b) = (1/n) Σ (m xᵢ + b − yᵢ)² is a quadratic with the constant Hessian
 *
 *   H = 2 · [ mean(x²)  mean(x) ]
 *           [ mean(x)      1    ]
 *
 * Gradient descent with step α multiplies the distance to the minimum along H's eigenvector
 * of eigenvalue λ by (1 − αλ) every step, so it converges iff |1 − αλ| < 1 for every λ, that
 * is α < 2/λmax. A mini-batch step uses the batch's own Hessian instead; for a batch of one
 * example xᵢ it is 2·[xᵢ² xᵢ; xᵢ 1], with largest eigenvalue 2(1 + xᵢ²), which can be far
 * larger than the full data's λmax: small batches need smaller steps.
 */

/** Eigenvalues [larger, smaller] of the symmetric 2×2 matrix [a c; c d]. */
export function symmetricEigenvalues(a: number, c: number, d: number): [number, number] {
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, c);
  return [mean + radius, mean - radius];
}

export interface MseCurvature {
  /** Row-major Hessian [Hmm, Hmb, Hbm, Hbb] of the full-data MSE. */
  readonly hessian: readonly [number, number, number, number];
  readonly lambdaMax: number;
  readonly lambdaMin: number;
  /** 2 / λmax: full-batch gradient descent converges for α below this and diverges above. */
  readonly stableLr: number;
  /** Largest single-example curvature 2(1 + xᵢ²), and the α limit 2 / it for batches of 1. */
  readonly singleExampleMax: number;
  readonly singleExampleLr: number;
}

export function mseCurvature(xs: ArrayLike<number>): MseCurvature {
  const n = xs.length;
  let sx = 0, sxx = 0, maxSq = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sxx += xs[i] * xs[i];
    maxSq = Math.max(maxSq, xs[i] * xs[i]);
  }
  const hmm = (2 * sxx) / n, hmb = (2 * sx) / n, hbb = 2;
  const [lambdaMax, lambdaMin] = symmetricEigenvalues(hmm, hmb, hbb);
  const singleExampleMax = 2 * (1 + maxSq);
  return {
    hessian: [hmm, hmb, hmb, hbb],
    lambdaMax,
    lambdaMin,
    stableLr: 2 / lambdaMax,
    singleExampleMax,
    singleExampleLr: 2 / singleExampleMax,
  };
}

/** |1 − αλ|: the factor by which one full-batch step scales the error along λ's direction. */
export function stepFactor(lr: number, lambda: number): number {
  return Math.abs(1 - lr * lambda);
}
