/**
 * Every op's gradient against centered finite differences in float64, relative error < 1e-7,
 * over random shapes and values (fast-check prints the seed and the counterexample on failure).
 * Inputs are kept away from kinks (relu, abs, max, hinge) by more than the difference step,
 * and in ranges where the derivative is not vanishingly small compared with round-off.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../src/core/ops';
import { createBatchNormState } from '../../../src/core/ops';
import { createRng } from '../../../src/core/random/prng';
import type { Tensor } from '../../../src/core/tensor/tensor';
import { type OpCase, worstOpError } from './checkOp';

const TOL = 1e-7;
const RUNS = { numRuns: 40 };

const dim = fc.integer({ min: 1, max: 5 });
/** Values in [lo, hi] at least `gap` away from zero. */
const away = (lo: number, hi: number, gap = 0.05) =>
  fc.double({ min: lo, max: hi, noNaN: true }).map((x) => (Math.abs(x) < gap ? (x < 0 ? -gap : gap) : x));
const vals = (n: number, lo = -2, hi = 2, gap = 0.05) => fc.array(away(lo, hi, gap), { minLength: n, maxLength: n });
const matrix = (lo = -2, hi = 2) =>
  fc.tuple(dim, dim).chain(([m, n]) => vals(m * n, lo, hi).map((v) => ({ values: v, shape: [m, n] as number[] })));

function expectOk(c: OpCase): void {
  const { error, where } = worstOpError(c);
  expect(error, where).toBeLessThan(TOL);
}

const unaryCases: [string, (t: Tensor) => Tensor, number, number][] = [
  ['neg', ops.neg, -3, 3],
  ['square', ops.square, -3, 3],
  ['sqrt', ops.sqrt, 0.3, 4],
  ['exp', ops.exp, -2, 2],
  ['log', ops.log, 0.3, 4],
  ['abs', ops.abs, -3, 3],
  ['tanh', ops.tanh, -2, 2],
  ['sigmoid', ops.sigmoid, -3, 3],
  ['relu', ops.relu, -3, 3],
  ['leakyRelu', (t) => ops.leakyRelu(t, 0.1), -3, 3],
  ['pow 3', (t) => ops.pow(t, 3), -2, 2],
  ['pow -0.5', (t) => ops.pow(t, -0.5), 0.3, 3],
  ['softmax', ops.softmax, -3, 3],
  ['transpose', ops.transpose, -3, 3],
  ['reshape', (t) => ops.reshape(t, [t.size]), -3, 3],
  ['sum', (t) => ops.sum(t), -3, 3],
  ['sum axis 0', (t) => ops.sum(t, { axis: 0 }), -3, 3],
  ['mean axis 1', (t) => ops.mean(t, { axis: 1 }), -3, 3],
  ['mean', (t) => ops.mean(t), -3, 3],
];

describe('elementwise, reductions and shape ops', () => {
  for (const [name, f, lo, hi] of unaryCases) {
    it(`${name}`, () => {
      fc.assert(fc.property(matrix(lo, hi), (m) => expectOk({ inputs: [m], build: ([x]) => f(x) })), RUNS);
    });
  }

  it('max (overall and per axis), with a unique maximum', () => {
    // distinct values: a permutation of 0..n-1 scaled, plus the axis to reduce
    const distinct = fc.tuple(dim, dim, fc.integer({ min: -1, max: 1 }), fc.integer()).map(([m, n, axis, seed]) => {
      const rng = createRng(seed >>> 0);
      const values = Array.from({ length: m * n }, (_, i) => i * 0.37 - 1);
      for (let i = values.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [values[i], values[j]] = [values[j], values[i]];
      }
      return { m: { values, shape: [m, n] }, axis };
    });
    fc.assert(
      fc.property(distinct, ({ m, axis }) =>
        expectOk({ inputs: [m], build: ([x]) => (axis === -1 ? ops.max(x) : ops.max(x, { axis })) })),
      RUNS,
    );
  });
});

describe('binary ops with broadcasting', () => {
  const binaries: [string, (a: Tensor, b: Tensor) => Tensor][] = [
    ['add', ops.add], ['sub', ops.sub], ['mul', ops.mul], ['div', ops.div],
  ];
  // b's shape relative to a [m, n]: same, scalar, row [n], row [1, n], column [m, 1]; either
  // may come first. Magnitudes stay ≥ 0.5 so that a divisor is never near zero.
  const pair = fc.tuple(dim, dim, fc.integer({ min: 0, max: 5 })).chain(([m, n, kind]) => {
    const bShape = [[m, n], [], [n], [1, n], [m, 1], [1]][kind];
    const bSize = bShape.reduce((p, d) => p * d, 1);
    return fc.tuple(vals(m * n, -2, 2, 0.5), vals(bSize, -2, 2, 0.5), fc.boolean()).map(([a, b, swap]) => {
      const A = { values: a, shape: [m, n] }, B = { values: b, shape: bShape };
      return swap ? [B, A] : [A, B];
    });
  });
  for (const [name, f] of binaries) {
    it(name, () => {
      fc.assert(fc.property(pair, (inputs) => expectOk({ inputs, build: ([a, b]) => f(a, b) })), RUNS);
    });
  }

  it('maximum, away from ties', () => {
    const p = fc.tuple(dim, dim).chain(([m, n]) =>
      fc.tuple(vals(m * n), vals(m * n)).map(([a, b]) => [
        { values: a, shape: [m, n] },
        { values: b.map((v, i) => (Math.abs(v - a[i]) < 0.05 ? a[i] + 0.1 : v)), shape: [m, n] },
      ]));
    fc.assert(fc.property(p, (inputs) => expectOk({ inputs, build: ([a, b]) => ops.maximum(a, b) })), RUNS);
  });

  it('dense: x·W + b with each activation, with and without bias, including one output column', () => {
    const acts = ['linear', 'tanh', 'sigmoid', 'relu', 'leakyRelu'] as const;
    const p = fc.tuple(dim, dim, fc.integer({ min: 1, max: 4 }), fc.constantFrom(...acts), fc.boolean()).chain(([m, k, n, act, bias]) =>
      fc.tuple(vals(m * k, -1, 1), vals(k * n, -1, 1), vals(n, -1, 1)).map(([x, w, b]) => ({
        act, bias,
        inputs: [{ values: x, shape: [m, k] }, { values: w, shape: [k, n] }, ...(bias ? [{ values: b, shape: [n] }] : [])],
      })));
    // relu's kink: keep every pre-activation away from 0 by skipping cases that land near it.
    fc.assert(fc.property(p, ({ act, bias, inputs }) => {
      const [xs, ws] = inputs;
      const m = xs.shape[0], k = xs.shape[1], n = ws.shape[1];
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        let z = bias ? inputs[2].values[j] : 0;
        for (let q = 0; q < k; q++) z += xs.values[i * k + q] * ws.values[q * n + j];
        if ((act === 'relu' || act === 'leakyRelu') && Math.abs(z) < 0.01) return;
      }
      expectOk({ inputs, build: ([x, w, b]) => ops.dense(x, w, b ?? null, act, 0.1) });
    }), RUNS);
  });

  it('matmul', () => {
    const p = fc.tuple(dim, dim, dim).chain(([m, k, n]) =>
      fc.tuple(vals(m * k), vals(k * n)).map(([a, b]) => [{ values: a, shape: [m, k] }, { values: b, shape: [k, n] }]));
    fc.assert(fc.property(p, (inputs) => expectOk({ inputs, build: ([a, b]) => ops.matmul(a, b) })), RUNS);
  });
});

describe('losses', () => {
  const classification = fc.tuple(dim, fc.integer({ min: 2, max: 5 })).chain(([n, k]) =>
    fc.tuple(vals(n * k, -3, 3), fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }))
      .map(([s, y]) => [{ values: s, shape: [n, k] }, { values: y, shape: [n], grad: false }]));

  it('softmaxCrossEntropy', () => {
    fc.assert(fc.property(classification, (inputs) =>
      expectOk({ inputs, build: ([s, y]) => ops.softmaxCrossEntropy(s, y) })), RUNS);
  });

  it('multiclassHinge, away from the hinge points', () => {
    const awayFromKinks = classification.map(([s, y]) => {
      const [n, k] = s.shape;
      const v = s.values.slice();
      for (let i = 0; i < n; i++) {
        const sy = v[i * k + y.values[i]];
        for (let j = 0; j < k; j++) {
          if (j !== y.values[i] && Math.abs(v[i * k + j] - sy + 1) < 0.05) v[i * k + j] += 0.2;
        }
      }
      return [{ ...s, values: v }, y];
    });
    fc.assert(fc.property(awayFromKinks, (inputs) =>
      expectOk({ inputs, build: ([s, y]) => ops.multiclassHinge(s, y) })), RUNS);
  });

  it('sigmoidCrossEntropy (with respect to the logits)', () => {
    const p = dim.chain((n) => fc.tuple(vals(n, -4, 4), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }))
      .map(([z, t]) => [{ values: z, shape: [n, 1] }, { values: t, shape: [n, 1], grad: false }]));
    fc.assert(fc.property(p, (inputs) => expectOk({ inputs, build: ([z, t]) => ops.sigmoidCrossEntropy(z, t) })), RUNS);
  });

  it('mse, with respect to both predictions and targets', () => {
    const p = fc.tuple(dim, dim).chain(([m, n]) => fc.tuple(vals(m * n), vals(m * n))
      .map(([a, b]) => [{ values: a, shape: [m, n] }, { values: b, shape: [m, n] }]));
    fc.assert(fc.property(p, (inputs) => expectOk({ inputs, build: ([a, b]) => ops.mse(a, b) })), RUNS);
  });
});

describe('dropout and batch normalization', () => {
  it('dropout with a fixed seed is differentiable through its mask', () => {
    const p = fc.tuple(matrix(), fc.double({ min: 0, max: 0.8, noNaN: true }), fc.integer({ min: 0, max: 1000 }));
    fc.assert(fc.property(p, ([m, prob, seed]) =>
      expectOk({ inputs: [m], build: ([x]) => ops.dropout(x, { p: prob, rng: createRng(seed), training: true }) })), RUNS);
  });

  it('batchNorm in training mode (x, gamma and beta)', () => {
    const p = fc.tuple(fc.integer({ min: 4, max: 8 }), dim).chain(([n, d]) => // small n leaves ∂L/∂x nearly 0
      fc.tuple(vals(n * d, -3, 3), vals(d, 0.5, 2), vals(d)).map(([x, g, b]) => [
        // spread out irregularly: variance well above eps, and no symmetry that cancels the gradient
        { values: x.map((v, i) => v + ((i * i) % 7) * 0.4), shape: [n, d] },
        { values: g, shape: [d] },
        { values: b, shape: [d] },
      ]));
    fc.assert(fc.property(p, (inputs) => expectOk({
      inputs,
      build: ([x, g, b]) => ops.batchNorm(x, g, b, createBatchNormState(x.shape[1]), true),
    })), RUNS);
  });

  it('batchNorm in evaluation mode', () => {
    const p = fc.tuple(dim, dim).chain(([n, d]) =>
      fc.tuple(vals(n * d), vals(d, 0.5, 2), vals(d)).map(([x, g, b]) => [
        { values: x, shape: [n, d] }, { values: g, shape: [d] }, { values: b, shape: [d] },
      ]));
    fc.assert(fc.property(p, (inputs) => expectOk({
      inputs,
      build: ([x, g, b]) => {
        const s = createBatchNormState(x.shape[1]);
        s.runningMean.fill(0.3);
        s.runningVar.fill(1.7);
        return ops.batchNorm(x, g, b, s, false);
      },
    })), RUNS);
  });
});
