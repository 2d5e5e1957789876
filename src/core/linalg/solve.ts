/**
 * Dense linear solves (Newton's method, least squares), in place on preallocated row-major n×n buffers.
 * Cholesky (A = LLᵀ) when A is positive definite, which is cheaper and tells us we are at a
 * minimum-like point; LU with partial pivoting (PA = LU) for anything else that is not singular.
 */

/**
 * Pivot threshold: a pivot with |p| ≤ n·ε_machine·max|Aᵢⱼ| is treated as zero, the usual
 * backward-error scale of elimination.
 */
export function pivotTolerance(a: Float64Array, n: number): number {
  let scale = 0;
  for (let k = 0; k < n * n; k++) {
    const x = Math.abs(a[k]);
    if (x > scale) scale = x;
  }
  return n * Number.EPSILON * scale;
}

/**
 * Overwrites the lower triangle of symmetric `a` with L such that A = LLᵀ (the upper triangle
 * is left as is). Returns false, with `a` partly overwritten, if a pivot is not above `tol`,
 * i.e. A is not numerically positive definite.
 */
export function choleskyInPlace(a: Float64Array, n: number, tol: number): boolean {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j];
    for (let k = 0; k < j; k++) d -= a[j * n + k] * a[j * n + k];
    // `!(d > tol)` also rejects NaN.
    if (!(d > tol)) return false;
    const ljj = Math.sqrt(d);
    a[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = s / ljj;
    }
  }
  return true;
}

/** Solves LLᵀx = b with L from choleskyInPlace. `x` may be `b`. */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array, x: Float64Array): void {
  // Forward substitution Ly = b, then back substitution Lᵀx = y, both in x.
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * x[k];
    x[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
}

/**
 * LU factorization with partial pivoting, in place: afterwards `a` holds U on and above the
 * diagonal and the multipliers of L (unit diagonal) below, and row i of PA is row piv[i] of A.
 * Returns false if a pivot is not above `tol` in magnitude (A is numerically singular).
 */
export function luInPlace(a: Float64Array, n: number, piv: Int32Array, tol: number): boolean {
  for (let i = 0; i < n; i++) piv[i] = i;
  for (let k = 0; k < n; k++) {
    // Partial pivoting: bring the largest |entry| of column k (rows k..n-1) to the diagonal.
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const x = Math.abs(a[i * n + k]);
      if (x > best) {
        best = x;
        p = i;
      }
    }
    if (!(best > tol)) return false;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const tmp = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = tmp;
      }
      const tp = piv[k];
      piv[k] = piv[p];
      piv[p] = tp;
    }
    const pivot = a[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const factor = a[i * n + k] / pivot;
      a[i * n + k] = factor;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= factor * a[k * n + j];
    }
  }
  return true;
}

/** Solves Ax = b with the factors from luInPlace. `x` must not be `b`. */
export function luSolve(lu: Float64Array, n: number, piv: Int32Array, b: Float64Array, x: Float64Array): void {
  // Ly = Pb (unit lower triangle), then Ux = y.
  for (let i = 0; i < n; i++) {
    let s = b[piv[i]];
    for (let k = 0; k < i; k++) s -= lu[i * n + k] * x[k];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < n; k++) s -= lu[i * n + k] * x[k];
    x[i] = s / lu[i * n + i];
  }
}
