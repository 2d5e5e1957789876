// The optimizers chapter's race: each racer is exactly one train() from the shared start; on
// the noisy line every racer sees the same batches and reports the full-data loss.
import { describe, expect, it } from 'vitest';
import { createLinregMse, createOptimizer, createSurface, linearRegression, makeNoisyLine, modelProblem, surfaceProblem, train } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { RACE_NOISY_LINE } from '../../src/worker/tasks/optimizerRace';

const sameBits = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe('optimizerRace', () => {
  it('runs each racer as its own train() from the shared start', () => {
    const out = runTaskSync('optimizerRace', {
      problem: { kind: 'surface', surface: { name: 'rosenbrock' } },
      start: [-1.5, 2],
      racers: [{ optimizer: { name: 'momentum', config: { lr: 0.001, beta: 0.9 } } }, { optimizer: { name: 'adam', config: { lr: 0.02 } }, schedule: { kind: 'cosine', totalSteps: 300, minLr: 0.001 } }],
      steps: 300,
    });
    const surface = createSurface('rosenbrock');
    const momentum = train(surfaceProblem(surface, [-1.5, 2]), createOptimizer('momentum', { lr: 0.001, beta: 0.9 }), { steps: 300, recordParams: true });
    const adam = train(surfaceProblem(surface, [-1.5, 2]), createOptimizer('adam', { lr: 0.02 }), { steps: 300, recordParams: true, schedule: { kind: 'cosine', totalSteps: 300, minLr: 0.001 } });
    expect(out.racers).toHaveLength(2);
    expect(sameBits(out.racers[0].params, momentum.params as Float64Array)).toBe(true);
    expect(sameBits(out.racers[1].losses, adam.losses)).toBe(true);
    expect(out.minimum).toBe(0); // Rosenbrock's minimum (1, 1)
  });

  it('marks where a racer arrived within the tolerance, and where one diverged and why', () => {
    const out = runTaskSync('optimizerRace', {
      problem: { kind: 'surface', surface: { name: 'quadratic', params: { conditionNumber: 10 } } },
      start: [1, 1],
      racers: [{ optimizer: { name: 'sgd', config: { lr: 0.15 } } }, { optimizer: { name: 'sgd', config: { lr: 0.25 } } }],
      steps: 200,
      tolerance: 1e-4,
    });
    const [good, bad] = out.racers;
    const t = good.arrivedAt as number;
    expect(t).toBeGreaterThan(0);
    expect(good.losses[t]).toBeLessThanOrEqual(1e-4);
    expect(good.losses[t - 1]).toBeGreaterThan(1e-4);
    // λmax = 10: α·λmax = 2.5 > 2, so the steep direction grows by |1 − 2.5| = 1.5 per step.
    expect(bad.stop).toBe('diverged');
    expect(bad.arrivedAt).toBeNull();
    expect(bad.divergence?.reason).toMatch(/exceeded/);
    expect(bad.losses.length).toBe(bad.steps + 1);
  });

  it('counts what each racer asked of the surface: Newton lands on the minimum of a quadratic in one step', () => {
    const out = runTaskSync('optimizerRace', {
      problem: { kind: 'surface', surface: { name: 'quadratic', params: { conditionNumber: 50, rotationDeg: 30 } } },
      start: [1.5, -1],
      racers: [{ optimizer: { name: 'sgd', config: { lr: 0.03 } } }, { optimizer: { name: 'newton' } }, { optimizer: { name: 'lbfgs' } }],
      steps: 20,
      tolerance: 1e-12,
    });
    const [sgd, newton, lbfgs] = out.racers;
    // Every step evaluates the gradient once, and the end point once more.
    expect(sgd.evaluations).toEqual({ gradients: 21, hessians: 0 });
    expect(newton.arrivedAt).toBe(1);
    expect(newton.losses[1]).toBeLessThan(1e-20);
    expect(newton.evaluations).toEqual({ gradients: 21, hessians: 20 });
    // L-BFGS's line search tries points of its own.
    expect(lbfgs.evaluations?.hessians).toBe(0);
    expect(lbfgs.evaluations?.gradients).toBeGreaterThan(21);
    expect(sgd.arrivedAt).toBeNull(); // κ = 50 at α = 0.03: far from 1e-12 after 20 steps
  });

  it('has no arrival on a surface with no minimum', () => {
    const out = runTaskSync('optimizerRace', {
      problem: { kind: 'surface', surface: { name: 'saddle' } },
      start: [0.5, 0.01], racers: [{ optimizer: { name: 'sgd', config: { lr: 0.1 } } }], steps: 20,
    });
    expect(out.minimum).toBeNull();
    expect(out.racers[0].arrivedAt).toBeNull();
  });

  it('on the noisy line gives every racer the same batches and reports the full-data loss', () => {
    const problem = { kind: 'minibatch', batchSize: 10, seed: 3 } as const;
    const out = runTaskSync('optimizerRace', {
      problem, start: [0, 0], steps: 60,
      racers: [{ optimizer: { name: 'sgd', config: { lr: 0.05 } } }, { optimizer: { name: 'sgd', config: { lr: 0.05 } } }, { optimizer: { name: 'adam', config: { lr: 0.1 } } }],
    });
    const [a, b] = out.racers;
    expect(sameBits(a.params, b.params)).toBe(true); // same optimizer, same batches
    const data = makeNoisyLine(RACE_NOISY_LINE);
    const direct = train(modelProblem(linearRegression({ inputs: 1, initial: [0, 0] }), data, { batchSize: 10, seed: 3 }), createOptimizer('sgd', { lr: 0.05 }), { steps: 60, recordParams: true });
    expect(sameBits(a.params, direct.params as Float64Array)).toBe(true);
    const full = createLinregMse({ xs: data.x, ys: data.y });
    for (const t of [0, 17, 60]) expect(a.losses[t]).toBeCloseTo(full.value(a.params[2 * t], a.params[2 * t + 1]), 12);
    const [[m, bStar]] = full.minima;
    expect(out.minimum).toBeCloseTo(full.value(m, bStar), 12);
    expect(a.losses[60]).toBeLessThan(a.losses[0]);
  });

  it('names the bad value', () => {
    const base = { problem: { kind: 'surface', surface: { name: 'rosenbrock' } } as const, start: [0, 0] as [number, number], steps: 10 };
    expect(() => runTaskSync('optimizerRace', { ...base, racers: [] })).toThrow(/racers must be a list of 1 to 12 optimizers, got 0/);
    expect(() => runTaskSync('optimizerRace', { ...base, racers: [{ optimizer: { name: 'nope' as 'sgd' } }] })).toThrow(/nope/);
    expect(() => runTaskSync('optimizerRace', { ...base, problem: { kind: 'wavy' } as never, racers: [{ optimizer: { name: 'sgd' } }] })).toThrow(/problem.kind must be "surface" or "minibatch", got "wavy"/);
    expect(() => runTaskSync('optimizerRace', { ...base, problem: { kind: 'minibatch', batchSize: 10, seed: 1 }, racers: [{ optimizer: { name: 'newton' } }] })).toThrow(/newton needs the full data's curvature/);
  });
});
