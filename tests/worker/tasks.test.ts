import { describe, expect, it } from 'vitest';
import {
  LINREG7, createOptimizer, createSurface, leastSquaresLine, sampleGrid, surfaceProblem, train,
} from '../../src/core';
import { drain } from '../../src/worker/runner';
import { runTaskSync } from '../../src/worker/registry';
import type { RandomSearchProgress } from '../../src/worker/tasks/randomSearch';
import { sampleGridSliced } from '../../src/worker/tasks/slicedGrid';
import type { SurfacePath } from '../../src/worker/tasks/trainSurface';

const xs = Array.from(LINREG7.x);
const ys = Array.from(LINREG7.y);

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

describe('sampleGridSliced', () => {
  it('equals one sampleGrid call bit for bit, for any band split', () => {
    const rosen = createSurface('rosenbrock');
    const log = { value: (x: number, y: number) => Math.log(x * y) }; // NaN and -Infinity in places
    for (const [nx, ny] of [[2, 2], [2, 3], [3, 2], [7, 5], [4096, 3], [1000, 7], [5, 1001], [1025, 9]]) {
      for (const s of [rosen, log]) {
        const spec = { x: [-1.3, 2.1] as [number, number], y: [-0.7, 3.3] as [number, number], nx, ny };
        const one = sampleGrid(s, spec);
        const sliced = drain(sampleGridSliced(s, spec));
        expect(sameBits(sliced.values, one.values), `${nx}×${ny}`).toBe(true);
        expect([sliced.min, sliced.max]).toEqual([one.min, one.max]);
        expect(sliced.x).toEqual(one.x);
        expect(sliced.y).toEqual(one.y);
      }
    }
  });

  it('gives min = max = NaN when nothing is finite, as sampleGrid does', () => {
    const g = drain(sampleGridSliced({ value: () => NaN }, { x: [0, 1], y: [0, 1], nx: 3, ny: 3 }));
    expect([g.min, g.max]).toEqual([NaN, NaN]);
  });
});

describe('linregGrid', () => {
  it('samples the linregMse surface over (m, b) and marks the least-squares line', () => {
    const out = runTaskSync('linregGrid', { xs, ys, m: [-1, 2], b: [-2, 3], nx: 41, ny: 31 });
    const surface = createSurface('linregMse', { xs, ys });
    const expected = sampleGrid(surface, { x: [-1, 2], y: [-2, 3], nx: 41, ny: 31 });
    expect(sameBits(out.values, expected.values)).toBe(true);
    expect([out.nx, out.ny, out.min, out.max]).toEqual([41, 31, expected.min, expected.max]);
    const line = leastSquaresLine(xs, ys);
    expect(out.leastSquares).toEqual({ m: line.m, b: line.b, mse: surface.value(line.m, line.b) });
    expect(out.min).toBeGreaterThanOrEqual(out.leastSquares.mse); // the minimum is the floor
    // the row-major layout: values[j * nx + i] = MSE(m_i, b_j)
    const i = 7, j = 12, m = -1 + (i * 3) / 40, b = -2 + (j * 5) / 30;
    const direct = xs.reduce((s, x, k) => s + (m * x + b - ys[k]) ** 2, 0) / xs.length;
    expect(out.values[j * 41 + i]).toBeCloseTo(direct, 12);
  });

  it('rejects bad input with the task name and the bad value', () => {
    const ok = { xs, ys, m: [-1, 2] as [number, number], b: [-2, 3] as [number, number], nx: 10, ny: 10 };
    expect(() => runTaskSync('linregGrid', { ...ok, nx: 0 })).toThrow('linregGrid: nx must be in [2, 4096], got 0');
    expect(() => runTaskSync('linregGrid', { ...ok, ny: 2.5 })).toThrow('linregGrid: ny must be a whole number, got 2.5');
    expect(() => runTaskSync('linregGrid', { ...ok, xs: [1, NaN, 3, 4, 5, 6, 7] })).toThrow('linregGrid: xs[1] must be finite, got NaN');
    expect(() => runTaskSync('linregGrid', { ...ok, m: [2, 1] })).toThrow('linregGrid: m must have lo < hi, got [2, 1]');
    expect(() => runTaskSync('linregGrid', { ...ok, ys: [1, 2] })).toThrow(/^linregMse: xs and ys must have equal length/);
  });
});

describe('surfaceGrid', () => {
  it('equals sampleGrid on the named surface with its parameters', () => {
    const out = runTaskSync('surfaceGrid', {
      surface: { name: 'quadratic', params: { conditionNumber: 5, rotationDeg: 30 } },
      x: [-2, 2], y: [-1, 1], nx: 33, ny: 17,
    });
    const expected = sampleGrid(createSurface('quadratic', { conditionNumber: 5, rotationDeg: 30 }), {
      x: [-2, 2], y: [-1, 1], nx: 33, ny: 17,
    });
    expect(sameBits(out.values, expected.values)).toBe(true);
    expect(out.min).toBe(expected.min);
  });

  it('names unknown surfaces and bad parameters', () => {
    const grid = { x: [-2, 2] as [number, number], y: [-1, 1] as [number, number], nx: 3, ny: 3 };
    // @ts-expect-error not a surface name
    expect(() => runTaskSync('surfaceGrid', { ...grid, surface: { name: 'volcano' } })).toThrow(/unknown name "volcano"/);
    expect(() => runTaskSync('surfaceGrid', { ...grid, surface: { name: 'quadratic', params: { conditionNumber: 0.5 } } }))
      .toThrow(/^quadratic: conditionNumber must be in \[1, /);
  });
});

describe('randomSearch', () => {
  const input = { xs, ys, samples: 5000, seed: 7, mRange: [-1, 2] as [number, number], bRange: [-2, 3] as [number, number] };

  it('keeps the best-so-far MSE after each sample, seeded', () => {
    const progress: RandomSearchProgress[] = [];
    const out = runTaskSync('randomSearch', input, { progress: (p) => progress.push(p) });
    expect(out.done).toBe(5000);
    expect(out.stop).toBe('completed');
    expect(out.bestSoFar.length).toBe(5000);
    for (let i = 1; i < 5000; i++) expect(out.bestSoFar[i]).toBeLessThanOrEqual(out.bestSoFar[i - 1]);
    expect(out.bestSoFar[4999]).toBe(out.best.mse);
    expect(out.bestSoFar[out.best.index]).toBe(out.best.mse);
    expect(out.lines).toHaveLength(20);
    expect(out.lines[0].mse).toBe(out.bestSoFar[0]);
    const surface = createSurface('linregMse', { xs, ys });
    expect(out.best.mse).toBe(surface.value(out.best.m, out.best.b));
    expect(out.best.mse).toBeGreaterThanOrEqual(surface.value(...surface.minima[0])); // no guess beats least squares
    // progress every 1000 samples, each a prefix of the final curve, not the final point itself
    expect(progress.map((p) => p.done)).toEqual([1000, 2000, 3000, 4000]);
    for (const p of progress) expect(sameBits(p.bestSoFar, out.bestSoFar.subarray(0, p.done))).toBe(true);
    // same seed, same guesses
    expect(sameBits(runTaskSync('randomSearch', input).bestSoFar, out.bestSoFar)).toBe(true);
    expect(sameBits(runTaskSync('randomSearch', { ...input, seed: 8 }).bestSoFar, out.bestSoFar)).toBe(false);
  });

  it('stops early when shouldStop says so and reports how far it got', () => {
    let reports = 0;
    const out = runTaskSync('randomSearch', { ...input, samples: 100_000 }, {
      progress: () => reports++,
      shouldStop: () => reports > 0,
    });
    expect(out.stop).toBe('cancelled');
    expect(out.done).toBeGreaterThanOrEqual(1000);
    expect(out.done).toBeLessThan(2000);
    expect(out.bestSoFar.length).toBe(out.done);
  });

  it('rejects bad input', () => {
    expect(() => runTaskSync('randomSearch', { ...input, samples: 100_001 })).toThrow('randomSearch: samples must be in [1, 100000], got 100001');
    expect(() => runTaskSync('randomSearch', { ...input, seed: -1 })).toThrow('randomSearch: seed must be in [0, 4294967295], got -1');
    expect(() => runTaskSync('randomSearch', { ...input, ys: [1, 2, 3, 4, 5, 6, Infinity] })).toThrow('randomSearch: ys[6] must be finite, got Infinity');
  });
});

describe('trainSurface', () => {
  it('is core train() on surfaceProblem(), streaming partial paths', () => {
    const progress: SurfacePath[] = [];
    const out = runTaskSync('trainSurface', {
      surface: { name: 'rosenbrock' },
      start: [-1.5, 2],
      optimizer: { name: 'adam', config: { lr: 0.02 } },
      steps: 400,
      schedule: { kind: 'cosine', totalSteps: 400, minLr: 0.001 },
      progressEvery: 100,
    }, { progress: (p) => progress.push(p) });
    const expected = train(surfaceProblem(createSurface('rosenbrock'), [-1.5, 2]), createOptimizer('adam', { lr: 0.02 }), {
      steps: 400, schedule: { kind: 'cosine', totalSteps: 400, minLr: 0.001 }, recordParams: true,
    });
    expect(out.stop).toBe('completed');
    expect(out.steps).toBe(400);
    expect(sameBits(out.losses, expected.losses)).toBe(true);
    expect(sameBits(out.params, expected.params as Float64Array)).toBe(true);
    expect(progress.map((p) => p.steps)).toEqual([100, 200, 300, 400]);
    for (const p of progress) {
      expect(sameBits(p.losses, out.losses.subarray(0, p.steps + 1))).toBe(true);
      expect(sameBits(p.params, out.params.subarray(0, 2 * (p.steps + 1)))).toBe(true);
    }
  });

  it('reports divergence with its step, and cancellation through shouldStop', () => {
    const diverged = runTaskSync('trainSurface', {
      surface: { name: 'quadratic', params: { conditionNumber: 10 } },
      start: [1, 1], optimizer: { name: 'sgd', config: { lr: 0.25 } }, steps: 100,
    });
    expect(diverged.stop).toBe('diverged');
    expect(diverged.divergence?.step).toBe(diverged.steps);
    expect(diverged.losses.length).toBe(diverged.steps + 1);
    expect(diverged.losses.buffer.byteLength).toBe(8 * (diverged.steps + 1)); // compacted

    let calls = 0;
    const stopped = runTaskSync('trainSurface', {
      surface: { name: 'beale' }, start: [1, 1], optimizer: { name: 'momentum' }, steps: 1000,
    }, { shouldStop: () => ++calls > 10 });
    expect(stopped.stop).toBe('cancelled');
    expect(stopped.steps).toBeLessThan(1000);
  });

  it('rejects bad input', () => {
    const ok = { surface: { name: 'beale' } as const, start: [1, 1] as [number, number], optimizer: { name: 'sgd' } as const, steps: 10 };
    expect(() => runTaskSync('trainSurface', { ...ok, steps: 1e6 })).toThrow('trainSurface: steps must be in [0, 100000], got 1000000');
    expect(() => runTaskSync('trainSurface', { ...ok, start: [NaN, 1] })).toThrow('trainSurface: start[0] must be finite, got NaN');
    // @ts-expect-error not an optimizer name
    expect(() => runTaskSync('trainSurface', { ...ok, optimizer: { name: 'sgdd' } })).toThrow(/unknown name "sgdd"/);
    // @ts-expect-error not a schedule
    expect(() => runTaskSync('trainSurface', { ...ok, schedule: { kind: 'linear' } })).toThrow(/^schedule: unknown kind "linear"/);
  });
});
