/**
 * The lossSlice task: slices through a linear classifier's loss and a small network's, checked
 * against hand-written losses, the piecewise-linear shape of one example's SVM loss, convexity
 * of the linear models' average loss (a law, tested over random seeds), the network's training,
 * its cache, its checkpoints, and input validation.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createOptimizer, createRng, deriveSeed, makeMoons, makeThreeBlobs, mlp, modelProblem, train } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import type { LossSliceInput } from '../../src/worker/tasks/lossSlice';
import { lossSlice } from '../../src/worker/tasks/lossSlice';
import { randomCentre, scaledDirection, vectorNorm } from '../../src/worker/tasks/lossSliceLinear';
import { CHUNK_STEPS, clearMlpCache, isMlpCached, trainedMlp } from '../../src/worker/tasks/lossSliceMlp';
import type { MlpSliceConfig } from '../../src/worker/tasks/lossSliceMlp';
import { basins, concaveStretches } from '../../src/worker/tasks/sliceShape';

const BLOBS = makeThreeBlobs().train;
const CENTRE_SEED = 1;

function linearInput(kind: 'svm' | 'softmax', example: number | 'all', seed = 1, samples = 41, side = 11): LossSliceInput {
  return { model: { kind, centreSeed: CENTRE_SEED }, centre: 'random', directionSeed: seed, example, a: [-2, 2], b: [-2, 2], lineSamples: samples, gridSide: side };
}

/** Scores s_j = x·W_j + b_j with θ laid out as the model's parameters: W [2, 3] row-major, then b. */
function scores(theta: ArrayLike<number>, x0: number, x1: number): number[] {
  return [0, 1, 2].map((j) => x0 * theta[j] + x1 * theta[3 + j] + theta[6 + j]);
}

/** CS231n's multiclass SVM loss of one example, Σ_{j≠y} max(0, s_j − s_y + 1), by hand. */
function svmLoss(theta: ArrayLike<number>, i: number): number {
  const s = scores(theta, BLOBS.x[2 * i], BLOBS.x[2 * i + 1]), y = BLOBS.y[i];
  return s.reduce((sum, sj, j) => (j === y ? sum : sum + Math.max(0, sj - s[y] + 1)), 0);
}

/** Softmax cross-entropy of one example, log Σ exp s_j − s_y, by hand. */
function softmaxLoss(theta: ArrayLike<number>, i: number): number {
  const s = scores(theta, BLOBS.x[2 * i], BLOBS.x[2 * i + 1]), y = BLOBS.y[i];
  const m = Math.max(...s);
  return m + Math.log(s.reduce((t, sj) => t + Math.exp(sj - m), 0)) - s[y];
}

function mean(f: (i: number) => number): number {
  let t = 0;
  for (let i = 0; i < BLOBS.n; i++) t += f(i);
  return t / BLOBS.n;
}

/** D1 and D2 as the task draws them: Gaussians from the direction seed's own sub-stream, rescaled
 *  to ‖θ‖. */
function directions(seed: number): { theta: Float64Array; d1: Float64Array; d2: Float64Array } {
  const theta = randomCentre(9, CENTRE_SEED);
  const rng = createRng(deriveSeed(seed, 1));
  const len = vectorNorm(theta);
  return { theta, d1: scaledDirection(rng, 9, len), d2: scaledDirection(rng, 9, len) };
}

const cosine = (u: Float64Array, v: Float64Array): number =>
  u.reduce((t, ui, i) => t + ui * v[i], 0) / (vectorNorm(u) * vectorNorm(v));

const at = (i: number, n: number) => -2 + (4 * i) / (n - 1);

describe('lossSlice: linear classifiers', () => {
  it('draws directions from their own stream: equal centre and direction seeds do not give D1 = θ', () => {
    // With one stream, seed 1 for both made D1 a copy of θ, and the "random" line (1 + a)·θ.
    const out = runTaskSync('lossSlice', { model: { kind: 'svm', centreSeed: CENTRE_SEED }, centre: 'random', directionSeed: CENTRE_SEED, example: 0, a: [-2, 2], b: [-2, 2], lineSamples: 5, gridSide: 3 });
    const { theta, d1, d2 } = directions(CENTRE_SEED);
    expect(Math.abs(cosine(theta, d1))).toBeLessThan(0.9);
    expect(Math.abs(cosine(theta, d2))).toBeLessThan(0.9);
    // …and the task's line is the one through those directions: at a = −1 it is not L(0).
    const zero = new Float64Array(9);
    expect(out.lines[0].values[1]).not.toBeCloseTo(svmLoss(zero, 0), 6);
  });

  it('at a = 0 (and a = b = 0) the slices equal the loss at the centre, computed by hand', () => {
    const { theta } = directions(1);
    for (const [kind, example, expected] of [
      ['svm', 12, svmLoss(theta, 12)],
      ['svm', 'all', mean((i) => svmLoss(theta, i))],
      ['softmax', 40, softmaxLoss(theta, 40)],
      ['softmax', 'all', mean((i) => softmaxLoss(theta, i))],
    ] as const) {
      const out = runTaskSync('lossSlice', linearInput(kind, example));
      const line = out.lines[0];
      expect(line.centreLoss, `${kind} ${example}`).toBeCloseTo(expected, 12);
      expect(line.values[20]).toBe(line.centreLoss); // sample 20 of 41 is a = 0 exactly
      expect(out.grid.values[5 * 11 + 5]).toBe(line.centreLoss); // the middle of the 11 × 11 grid
    }
  });

  it('the grid row b = 0 is the 1-D slice, and each cell is L(θ + a·D1 + b·D2) by hand', () => {
    const out = runTaskSync('lossSlice', linearInput('svm', 'all', 3, 11, 11));
    const row = out.grid.values.subarray(5 * 11, 6 * 11);
    for (let i = 0; i < 11; i++) expect(row[i]).toBeCloseTo(out.lines[0].values[i], 12);
    const { theta, d1, d2 } = directions(3);
    const [i, j] = [2, 9];
    const w = theta.map((t, k) => t + at(i, 11) * d1[k] + at(j, 11) * d2[k]);
    expect(out.grid.values[j * 11 + i]).toBeCloseTo(mean((e) => svmLoss(w, e)), 12);
  });

  it("one example's SVM slice is piecewise linear: its second differences vanish except around the kinks", () => {
    const n = 401, h = 4 / (n - 1);
    let kinksSeen = 0;
    for (const seed of [1, 2, 5]) {
      for (let example = 0; example < BLOBS.n; example += 7) {
        const out = runTaskSync('lossSlice', linearInput('svm', example, seed, n, 3));
        const v = out.lines[0].values;
        const kinks = Array.from(out.kinks);
        kinksSeen += kinks.length;
        for (let i = 1; i < n - 1; i++) {
          const d2 = v[i - 1] - 2 * v[i] + v[i + 1];
          const nearKink = kinks.some((k) => k > at(i - 1, n) - 1e-12 && k < at(i + 1, n) + 1e-12);
          if (!nearKink) expect(Math.abs(d2), `seed ${seed} example ${example} a = ${at(i, n)}`).toBeLessThan(1e-9);
        }
        // Every kink is a real corner: the slope changes across it.
        for (const k of kinks) {
          const i = Math.round((k + 2) / h);
          if (i < 2 || i > n - 3) continue;
          const left = (v[i - 1] - v[i - 2]) / h, right = (v[i + 2] - v[i + 1]) / h;
          expect(Math.abs(right - left), `kink at ${k}`).toBeGreaterThan(1e-6);
        }
      }
    }
    expect(kinksSeen).toBeGreaterThan(20); // the window does show kinks
  });

  it('the kinks are exactly where a margin s_j − s_y + 1 crosses zero along the line', () => {
    for (const seed of [1, 4]) {
      const { theta, d1 } = directions(seed);
      for (const example of [0, 12, 33, 77]) {
        const out = runTaskSync('lossSlice', linearInput('svm', example, seed, 5, 3));
        const y = BLOBS.y[example];
        const x0 = BLOBS.x[2 * example], x1 = BLOBS.x[2 * example + 1];
        for (const k of out.kinks) {
          const s = scores(theta.map((t, q) => t + k * d1[q]), x0, x1);
          const margins = s.map((sj, j) => (j === y ? Infinity : Math.abs(sj - s[y] + 1)));
          expect(Math.min(...margins), `seed ${seed} example ${example} kink ${k}`).toBeLessThan(1e-12);
        }
        // And every zero crossing in the window is listed: a margin changes sign between samples
        // only across a listed kink.
        const grid = Array.from({ length: 801 }, (_, i) => at(i, 801));
        for (const j of [0, 1, 2]) {
          if (j === y) continue;
          const m = (a: number) => { const s = scores(theta.map((t, q) => t + a * d1[q]), x0, x1); return s[j] - s[y] + 1; };
          for (let i = 1; i < grid.length; i++) {
            if (Math.sign(m(grid[i - 1])) * Math.sign(m(grid[i])) < 0) {
              expect(Array.from(out.kinks).some((k) => k >= grid[i - 1] && k <= grid[i])).toBe(true);
            }
          }
        }
        // The creases give the same loss as the core's hinge op at every sample.
        const line = runTaskSync('lossSlice', linearInput('svm', example, seed, 9, 3)).lines[0].values;
        line.forEach((v, i) => {
          const crease = out.creases.reduce((t, c) => t + Math.max(0, c.margin0 + at(i, 9) * c.da), 0);
          expect(v).toBeCloseTo(crease, 12);
        });
      }
    }
  });

  it('the average SVM loss lists every example’s kinks; softmax has none', () => {
    const all = runTaskSync('lossSlice', linearInput('svm', 'all'));
    let perExample = 0;
    for (let e = 0; e < BLOBS.n; e++) perExample += runTaskSync('lossSlice', linearInput('svm', e, 1, 3, 3)).kinks.length;
    expect(all.kinks.length).toBe(perExample);
    expect(all.creases).toEqual([]);
    expect(Array.from(all.kinks)).toEqual([...all.kinks].sort((p, q) => p - q));
    expect(runTaskSync('lossSlice', linearInput('softmax', 3)).kinks.length).toBe(0);
  });

  it('every 1-D slice of the average loss is convex (midpoint inequality), for any direction seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom('svm' as const, 'softmax' as const), (seed, kind) => {
        const n = 61;
        const out = runTaskSync('lossSlice', linearInput(kind, 'all', seed, n, 3));
        const v = out.lines[0].values;
        for (let step = 1; step <= 30; step += 3) {
          for (let i = step; i + step < n; i++) {
            // L((a_{i−s} + a_{i+s})/2) ≤ (L(a_{i−s}) + L(a_{i+s}))/2
            if (v[i] > (v[i - step] + v[i + step]) / 2 + 1e-12 * (1 + Math.abs(v[i]))) return false;
          }
        }
        return out.lines[0].concave.length === 0;
      }),
      { numRuns: 40 },
    );
  });

  it('different direction seeds give different slices; the same seed the same, bit for bit', () => {
    const a = runTaskSync('lossSlice', linearInput('softmax', 'all', 7));
    const b = runTaskSync('lossSlice', linearInput('softmax', 'all', 7));
    const c = runTaskSync('lossSlice', linearInput('softmax', 'all', 8));
    expect(Array.from(a.grid.values)).toEqual(Array.from(b.grid.values));
    expect(Array.from(a.lines[0].values)).not.toEqual(Array.from(c.lines[0].values));
    expect(a.norms.d1).toBeCloseTo(a.norms.centre, 12); // directions have the centre's length
  });
});

const SMALL_NET: MlpSliceConfig = { kind: 'mlp', data: { n: 100, noise: 0.15, seed: 3 }, hidden: 8, activation: 'tanh', initSeed: 1, steps: 300, lr: 0.03 };

function mlpInput(centre: 'initial' | 'trained', seed = 4, half = 1, config: MlpSliceConfig = SMALL_NET): LossSliceInput {
  return { model: config, centre, directionSeed: seed, a: [-half, half], b: [-half, half], lineSamples: 41, gridSide: 9 };
}

describe('lossSlice: a small network', () => {
  afterEach(() => clearMlpCache());

  it('trains: the trained loss is below the initial loss, at the centres and in the run', () => {
    const out = runTaskSync('lossSlice', mlpInput('trained'));
    const [trained, initial] = out.lines;
    expect([trained.centre, initial.centre]).toEqual(['trained', 'initial']);
    expect(trained.centreLoss).toBeLessThan(initial.centreLoss / 5);
    const t = out.training;
    if (!t) throw new Error('expected training stats');
    expect(t.stop).toBe('completed');
    expect(t.steps).toBe(300);
    expect(t.losses.length).toBe(301);
    expect(t.finalLoss).toBe(t.losses[300]);
    expect(t.finalLoss).toBeLessThan(t.initialLoss);
    expect(t.initialLoss).toBeCloseTo(initial.centreLoss, 12);
    expect(t.finalLoss).toBeCloseTo(trained.centreLoss, 12);
    expect(t.finalAccuracy).toBeGreaterThan(0.9);
    expect(trained.values[20]).toBe(trained.centreLoss); // a = 0 is the centre
    expect(out.grid.values[4 * 9 + 4]).toBe(trained.centreLoss);
  });

  it('training in chunks gives the same weights and losses as one train() call, bit for bit', () => {
    const it = trainedMlp(SMALL_NET);
    let step = it.next(), yields = 0;
    while (!step.done) { yields++; step = it.next(); }
    expect(yields).toBeGreaterThanOrEqual(Math.floor(300 / CHUNK_STEPS) - 1); // a checkpoint per chunk
    const model = mlp({ sizes: [2, 8, 2], activation: 'tanh', loss: 'softmaxCrossEntropy', seed: 1 });
    const data = makeMoons({ n: 100, noise: 0.15, seed: 3 });
    const run = train(modelProblem(model, data), createOptimizer('adam', { lr: 0.03 }), { steps: 300 });
    expect(Array.from(step.value.trained)).toEqual(Array.from(model.params.values));
    expect(Array.from(step.value.stats.losses)).toEqual(Array.from(run.losses));
  });

  it('caches the trained network; a run cancelled mid-training caches nothing', () => {
    const it = trainedMlp(SMALL_NET);
    it.next();
    it.next();
    it.return(undefined as never); // what the runner does on cancel
    expect(isMlpCached(SMALL_NET)).toBe(false);
    const first = runTaskSync('lossSlice', mlpInput('trained'));
    expect(isMlpCached(SMALL_NET)).toBe(true);
    first.training?.losses.fill(NaN); // the output is the caller's (it is transferred)
    const second = runTaskSync('lossSlice', mlpInput('initial', 9));
    expect(Number.isFinite(second.training?.losses[0])).toBe(true);
    expect(second.training?.finalLoss).toBe(first.training?.finalLoss);
  });

  it('slices both centres along the same draw, filter-normalized to each (comparable, not equal)', () => {
    const t = runTaskSync('lossSlice', mlpInput('trained'));
    const i = runTaskSync('lossSlice', mlpInput('initial'));
    // The two runs list the same two curves, the chosen centre first.
    expect(Array.from(t.lines[0].values)).toEqual(Array.from(i.lines[1].values));
    expect(Array.from(t.lines[1].values)).toEqual(Array.from(i.lines[0].values));
    expect(t.norms.d1).not.toBe(i.norms.d1);
  });

  it('the default network of the widget is not convex along its trained slice', () => {
    const out = runTaskSync('lossSlice', mlpInput('trained', 4, 1, { ...SMALL_NET, data: { n: 200, noise: 0.15, seed: 3 }, hidden: 16, steps: 1000 }));
    expect(out.lines[0].concave.length).toBeGreaterThan(0);
    const [lo, hi] = out.lines[0].concave[0];
    const n = out.lines[0].values.length, v = out.lines[0].values;
    const k = Math.round(((lo + hi) / 2 + 1) / (2 / (n - 1)));
    expect(v[k]).toBeGreaterThan((v[k - 1] + v[k + 1]) / 2); // the midpoint inequality fails there
  });
});

describe('lossSlice: input validation', () => {
  const ok = linearInput('svm', 3);
  const bad = (patch: Record<string, unknown>) => () => runTaskSync('lossSlice', { ...ok, ...patch } as unknown as LossSliceInput);

  it('names the task and the bad value', () => {
    expect(() => runTaskSync('lossSlice', null as unknown as LossSliceInput)).toThrow('lossSlice: input must be an object, got null');
    expect(bad({ model: { kind: 'tree', centreSeed: 1 } })).toThrow('lossSlice: model.kind must be one of "svm", "softmax", "mlp", got "tree"');
    expect(bad({ model: { kind: 'svm', centreSeed: -1 } })).toThrow('lossSlice: model.centreSeed must be in [0, 4294967295], got -1');
    expect(bad({ centre: 'trained' })).toThrow('lossSlice: centre must be one of "random", got "trained"');
    expect(bad({ directionSeed: 1.5 })).toThrow('lossSlice: directionSeed must be a whole number, got 1.5');
    expect(bad({ directionSeed: '3' })).toThrow('lossSlice: directionSeed must be a number, got "3"');
    expect(bad({ example: 100 })).toThrow('lossSlice: example must be in [0, 99], got 100');
    expect(bad({ example: 'some' })).toThrow('lossSlice: example must be a number or "all", got "some"');
    expect(bad({ a: [2, -2] })).toThrow('lossSlice: a must have lo < hi, got [2, -2]');
    expect(bad({ b: [-1, NaN] })).toThrow('lossSlice: b[1] must be finite, got NaN');
    expect(bad({ a: [-1e4, 1] })).toThrow('lossSlice: a must lie within [-1000, 1000], got [-10000, 1]');
    expect(bad({ lineSamples: 2 })).toThrow('lossSlice: lineSamples must be in [3, 2001], got 2');
    expect(bad({ gridSide: 202 })).toThrow('lossSlice: gridSide must be in [3, 201], got 202');
    expect(bad({ minBasinDepth: 2 })).toThrow('lossSlice: minBasinDepth must be in [0, 1], got 2');
  });

  it('checks the network config too', () => {
    const m = mlpInput('trained');
    const badNet = (patch: Record<string, unknown>) => () => runTaskSync('lossSlice', { ...m, model: { ...SMALL_NET, ...patch } } as unknown as LossSliceInput);
    expect(badNet({ activation: 'sigmoid' })).toThrow('lossSlice: model.activation must be one of "tanh", "relu", got "sigmoid"');
    expect(badNet({ lr: 0 })).toThrow('lossSlice: model.lr must be in [0.00001, 1], got 0');
    expect(badNet({ steps: 6000 })).toThrow('lossSlice: model.steps must be in [0, 5000], got 6000');
    expect(badNet({ hidden: 0 })).toThrow('lossSlice: model.hidden must be in [1, 64], got 0');
    expect(badNet({ data: { n: 5, noise: 0.1, seed: 1 } })).toThrow('lossSlice: model.data.n must be in [10, 1000], got 5');
    expect(badNet({ data: null })).toThrow('lossSlice: model.data must be an object, got null');
    expect(() => runTaskSync('lossSlice', { ...m, centre: 'random' })).toThrow('lossSlice: centre must be one of "initial", "trained", got "random"');
    expect(() => runTaskSync('lossSlice', { ...m, example: 3 })).toThrow('lossSlice: example must be "all" for the mlp model, got 3');
  });

  it('validates before any work: a bad input throws on the first step, training nothing', () => {
    const gen = lossSlice({ ...mlpInput('trained'), gridSide: 1 }, { shouldStop: () => false, progress: () => {} });
    expect(() => gen.next()).toThrow(/gridSide/);
    expect(isMlpCached(SMALL_NET)).toBe(false);
  });
});

describe('slice shape', () => {
  it('concaveStretches: none on a convex curve, the hump of a sine', () => {
    const xs = Array.from({ length: 101 }, (_, i) => -1 + i / 50);
    expect(concaveStretches(xs.map((x) => x * x), [-1, 1])).toEqual([]);
    expect(concaveStretches(xs.map((x) => Math.abs(x)), [-1, 1])).toEqual([]);
    const sine = Array.from({ length: 201 }, (_, i) => Math.sin((2 * Math.PI * i) / 200));
    const s = concaveStretches(sine, [0, 2 * Math.PI]);
    expect(s.length).toBe(1); // sin is concave on (0, π), convex on (π, 2π)
    expect(s[0][0]).toBeCloseTo(0, 10);
    expect(s[0][1]).toBeCloseTo(Math.PI, 10);
  });

  it('basins: two bowls with a ridge between, depth = ridge height − floor', () => {
    // f = min((x − 1)², (x + 1)² + 0.5) + y²: floors at (1, 0) loss 0 and (−1, 0) loss 0.5; the
    // ridge where the two meet, (x − 1)² = (x + 1)² + 0.5, is at x = −1/8, height (9/8)² = 1.265625.
    const n = 81, lo = -2, hi = 2, h = (hi - lo) / (n - 1);
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
      const x = lo + i * h, y = lo + j * h;
      values[j * n + i] = Math.min((x - 1) ** 2, (x + 1) ** 2 + 0.5) + y * y;
    }
    const found = basins(values, n, n, [lo, hi], [lo, hi], 0.01);
    expect(found.map((b) => [b.a, b.b, b.loss])).toEqual([[1, 0, 0], [-1, 0, 0.5]]);
    expect(found[0].depth).toBe(Infinity);
    // On the grid the pass is between the samples either side of x = −1/8 on the row y = 0:
    // x = −0.1 (right bowl, (1.1)² = 1.21) and x = −0.15 (left bowl, 0.85² + 0.5 = 1.2225). The
    // basins touch when the higher of the two is flooded: depth 1.2225 − 0.5.
    expect(found[1].depth).toBeCloseTo(1.2225 - 0.5, 12);
    expect(Math.abs(found[1].depth - (1.265625 - 0.5))).toBeLessThan(0.05); // within a step of the true pass
    expect(basins(values, n, n, [lo, hi], [lo, hi], 0.8)).toHaveLength(1); // shallower than 0.8: dropped
  });

  it('basins: a floor on the edge is not a basin in view; walls (NaN) are skipped', () => {
    const n = 5;
    const slope = Float64Array.from({ length: n * n }, (_, k) => k % n); // lowest along the left edge
    expect(basins(slope, n, n, [0, 1], [0, 1], 0)).toEqual([]);
    const walled = Float64Array.from({ length: 9 }, (_, k) => (k === 4 ? 0 : k === 0 ? NaN : 1));
    expect(basins(walled, 3, 3, [-1, 1], [-1, 1], 0).map((b) => [b.i, b.j])).toEqual([[1, 1]]);
  });
});
