// The blocked kernels against the definition of a matrix product, on every mix of whole 4 × 4
// tiles and edges (sizes 1–11), and their contract: NN overwrites and adds the bias after the
// sum, TN and NT add into what is there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmNN, gemmNT, gemmTN } from '../../../src/core/ops/gemm';

const size = fc.integer({ min: 1, max: 11 });
const matrix = (length: number) => fc.float64Array({ minLength: length, maxLength: length, min: -2, max: 2, noNaN: true, noDefaultInfinity: true });

/** (A·B)[i, j] by the definition, A [m, k], B [k, n]; `at` reads an entry of either operand. */
function product(m: number, k: number, n: number, a: (i: number, p: number) => number, b: (p: number, j: number) => number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += a(i, p) * b(p, j);
    c[i * n + j] = s;
  }
  return c;
}

function expectClose(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(expected[i])));
}

const shapes = fc.tuple(size, size, size).chain(([m, k, n]) => fc.tuple(fc.constant([m, k, n] as const), matrix(m * k), matrix(k * n), matrix(m * n), matrix(Math.max(m, k) * n)));

describe('gemm kernels', () => {
  it('gemmNN: C = A·B + bias, overwriting C', () => {
    fc.assert(fc.property(shapes, ([[m, k, n], a, b, start, bias]) => {
      const c = Float64Array.from(start); // garbage to overwrite
      gemmNN(a, b, null, c, m, k, n);
      expectClose(c, product(m, k, n, (i, p) => a[i * k + p], (p, j) => b[p * n + j]));
      gemmNN(a, b, bias.subarray(0, n), c, m, k, n);
      const expected = product(m, k, n, (i, p) => a[i * k + p], (p, j) => b[p * n + j]).map((v, idx) => v + bias[idx % n]);
      expectClose(c, expected);
    }), { numRuns: 150 });
  });

  it('gemmTN: C += Aᵀ·G, for A [m, k] and G [m, n]', () => {
    fc.assert(fc.property(shapes, ([[m, k, n], a, , g, start]) => {
      const c = Float64Array.from(start.subarray(0, k * n));
      gemmTN(a, g, c, m, k, n);
      const expected = product(k, m, n, (p, i) => a[i * k + p], (i, j) => g[i * n + j]).map((v, idx) => v + start[idx]);
      expectClose(c, expected);
    }), { numRuns: 150 });
  });

  it('gemmNT: C += G·Bᵀ, for G [m, n] and B [k, n]', () => {
    fc.assert(fc.property(shapes, ([[m, k, n], , , g, start]) => {
      const b = start.subarray(0, k * n); // any k × n numbers
      const c = new Float64Array(m * k).fill(0.5);
      gemmNT(g, b, c, m, k, n);
      const expected = product(m, n, k, (i, j) => g[i * n + j], (j, p) => b[p * n + j]).map((v) => v + 0.5);
      expectClose(c, expected);
    }), { numRuns: 150 });
  });

  it('sums in index order, so a product of integers is exact on tiles and edges alike', () => {
    const m = 9, k = 7, n = 6;
    const a = Float64Array.from({ length: m * k }, (_, i) => (i % 5) - 2);
    const b = Float64Array.from({ length: k * n }, (_, i) => (i % 3) - 1);
    const c = new Float64Array(m * n);
    gemmNN(a, b, null, c, m, k, n);
    expect(Array.from(c)).toEqual(Array.from(product(m, k, n, (i, p) => a[i * k + p], (p, j) => b[p * n + j])));
  });
});
