/**
 * The yardstick's matrix kernels: the fastest plain float64 JavaScript we know for the three
 * products a dense layer needs. Each computes a 4 × 4 tile of the result in sixteen local
 * accumulators (V8 keeps them in registers), so every value loaded from memory is used four
 * times; the loop order of each kernel makes both of its inner loads contiguous or few.
 * Edges that do not fill a tile fall back to a plain loop. Written independently of the core
 * (src/core/ops), which is what this benchmark measures.
 *
 *   nn: C[m, n]  = A[m, k] · B[k, n]   (+ bias[n] per row)   a layer's forward pass
 *   tn: C[k, n] += A[m, k]ᵀ · G[m, n]                        its weight gradient
 *   nt: C[m, k]  = G[m, n] · B[k, n]ᵀ                        the gradient on its input
 */

/** One entry of C = A·B + bias (the edges). */
function dotNN(a: Float64Array, b: Float64Array, i: number, j: number, k: number, n: number, bias: number): number {
  let s = bias;
  for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
  return s;
}

/** C[m, n] = A[m, k]·B[k, n] + bias (bias: null for none). */
export function gemmNN(a: Float64Array, b: Float64Array, bias: Float64Array | null, c: Float64Array, m: number, k: number, n: number): void {
  const m4 = m - (m % 4), n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const r0 = i * k, r1 = r0 + k, r2 = r1 + k, r3 = r2 + k;
    for (let j = 0; j < n4; j += 4) {
      const z0 = bias ? bias[j] : 0, z1 = bias ? bias[j + 1] : 0, z2 = bias ? bias[j + 2] : 0, z3 = bias ? bias[j + 3] : 0;
      let c00 = z0, c01 = z1, c02 = z2, c03 = z3;
      let c10 = z0, c11 = z1, c12 = z2, c13 = z3;
      let c20 = z0, c21 = z1, c22 = z2, c23 = z3;
      let c30 = z0, c31 = z1, c32 = z2, c33 = z3;
      for (let p = 0, bp = j; p < k; p++, bp += n) {
        const b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
        const a0 = a[r0 + p], a1 = a[r1 + p], a2 = a[r2 + p], a3 = a[r3 + p];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      let o = i * n + j;
      c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03; o += n;
      c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13; o += n;
      c[o] = c20; c[o + 1] = c21; c[o + 2] = c22; c[o + 3] = c23; o += n;
      c[o] = c30; c[o + 1] = c31; c[o + 2] = c32; c[o + 3] = c33;
    }
    for (let r = i; r < i + 4; r++) for (let j = n4; j < n; j++) c[r * n + j] = dotNN(a, b, r, j, k, n, bias ? bias[j] : 0);
  }
  for (let r = m4; r < m; r++) for (let j = 0; j < n; j++) c[r * n + j] = dotNN(a, b, r, j, k, n, bias ? bias[j] : 0);
}

/** C[k, n] += A[m, k]ᵀ·G[m, n]: tiles over (p, j), the sum over the m rows innermost. */
export function gemmTN(a: Float64Array, g: Float64Array, c: Float64Array, m: number, k: number, n: number): void {
  const k4 = k - (k % 4), n4 = n - (n % 4);
  for (let p = 0; p < k4; p += 4) {
    for (let j = 0; j < n4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let i = 0, ap = p, gj = j; i < m; i++, ap += k, gj += n) {
        const a0 = a[ap], a1 = a[ap + 1], a2 = a[ap + 2], a3 = a[ap + 3];
        const g0 = g[gj], g1 = g[gj + 1], g2 = g[gj + 2], g3 = g[gj + 3];
        c00 += a0 * g0; c01 += a0 * g1; c02 += a0 * g2; c03 += a0 * g3;
        c10 += a1 * g0; c11 += a1 * g1; c12 += a1 * g2; c13 += a1 * g3;
        c20 += a2 * g0; c21 += a2 * g1; c22 += a2 * g2; c23 += a2 * g3;
        c30 += a3 * g0; c31 += a3 * g1; c32 += a3 * g2; c33 += a3 * g3;
      }
      let o = p * n + j;
      c[o] += c00; c[o + 1] += c01; c[o + 2] += c02; c[o + 3] += c03; o += n;
      c[o] += c10; c[o + 1] += c11; c[o + 2] += c12; c[o + 3] += c13; o += n;
      c[o] += c20; c[o + 1] += c21; c[o + 2] += c22; c[o + 3] += c23; o += n;
      c[o] += c30; c[o + 1] += c31; c[o + 2] += c32; c[o + 3] += c33;
    }
  }
  // Edges: rows p ≥ k4 for every column, and columns j ≥ n4 for the tiled rows.
  for (let p = 0; p < k; p++) {
    for (let j = p < k4 ? n4 : 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += a[i * k + p] * g[i * n + j];
      c[p * n + j] += s;
    }
  }
}

/** C[m, k] = G[m, n]·B[k, n]ᵀ: tiles over (i, p), the sum over the n columns innermost. */
export function gemmNT(g: Float64Array, b: Float64Array, c: Float64Array, m: number, k: number, n: number): void {
  const m4 = m - (m % 4), k4 = k - (k % 4);
  for (let i = 0; i < m4; i += 4) {
    const g0r = i * n, g1r = g0r + n, g2r = g1r + n, g3r = g2r + n;
    for (let p = 0; p < k4; p += 4) {
      const b0r = p * n, b1r = b0r + n, b2r = b1r + n, b3r = b2r + n;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let j = 0; j < n; j++) {
        const g0 = g[g0r + j], g1 = g[g1r + j], g2 = g[g2r + j], g3 = g[g3r + j];
        const b0 = b[b0r + j], b1 = b[b1r + j], b2 = b[b2r + j], b3 = b[b3r + j];
        c00 += g0 * b0; c01 += g0 * b1; c02 += g0 * b2; c03 += g0 * b3;
        c10 += g1 * b0; c11 += g1 * b1; c12 += g1 * b2; c13 += g1 * b3;
        c20 += g2 * b0; c21 += g2 * b1; c22 += g2 * b2; c23 += g2 * b3;
        c30 += g3 * b0; c31 += g3 * b1; c32 += g3 * b2; c33 += g3 * b3;
      }
      let o = i * k + p;
      c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03; o += k;
      c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13; o += k;
      c[o] = c20; c[o + 1] = c21; c[o + 2] = c22; c[o + 3] = c23; o += k;
      c[o] = c30; c[o + 1] = c31; c[o + 2] = c32; c[o + 3] = c33;
    }
  }
  for (let i = 0; i < m; i++) {
    for (let p = i < m4 ? k4 : 0; p < k; p++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += g[i * n + j] * b[p * n + j];
      c[i * k + p] = s;
    }
  }
}
