/**
 * hyperparameterSearch: each trial is gradient descent on the penalized polynomial objective,
 * scored by its validation MSE. Checked against the same training done directly with the core,
 * against the stability limit 2/λmax, and for its progress, cancellation and input checks.
 */
import { describe, expect, it } from 'vitest';
import { polynomialDesign, polynomialMse, polynomialObjective, sgd, surfaceProblem, train } from '../../src/core';
import { runTaskSync, tasks } from '../../src/worker/registry';
import type { HyperparameterSearchInput, HyperparameterSearchProgress } from '../../src/worker/tasks/hyperparameterSearch';
import { searchProblem, stabilityLimit } from '../../src/widgets/search/searchModel';

const problem = searchProblem();
const input = (logLr: number[], logLambda: number[], epochs = problem.epochs): HyperparameterSearchInput => ({ ...problem, epochs, logLr, logLambda });

describe('hyperparameterSearch', () => {
  it('scores a trial by the validation MSE of the same training done directly with the core', () => {
    const [logLr, logLambda] = [-1, -2];
    const out = runTaskSync('hyperparameterSearch', input([logLr], [logLambda]));
    const p = problem.degree + 1, n = problem.trainX.length;
    const phi = polynomialDesign(problem.trainX, problem.degree);
    const direct = surfaceProblem(polynomialObjective(phi, problem.trainY, n, p, { l1: 0, l2: 10 ** logLambda }), new Array<number>(p).fill(0));
    const run = train(direct, sgd({ lr: 10 ** logLr }), { steps: problem.epochs });
    expect(run.stop).toBe('completed');
    expect(out.done).toBe(1);
    expect(out.stop).toBe('completed');
    expect(out.scores[0]).toBeCloseTo(polynomialMse(direct.values, problem.validationX, problem.validationY), 12);
    expect(out.trainLosses[0]).toBeCloseTo(polynomialMse(direct.values, problem.trainX, problem.trainY), 12);
  });

  it('diverges just above the stability limit 2/λmax and not just below it', () => {
    const limit = stabilityLimit(problem.trainX, problem.degree);
    // λmax of (2/n)ΦᵀΦ on this design is about 3.06, so the limit is about 0.655 (log₁₀ ≈ −0.18)
    expect(limit.lr).toBeGreaterThan(0.6);
    expect(limit.lr).toBeLessThan(0.7);
    const out = runTaskSync('hyperparameterSearch', input([limit.logLr + 0.05, limit.logLr - 0.05], [-6, -6]));
    expect(out.scores[0]).toBe(Infinity);
    expect(out.trainLosses[0]).toBe(Infinity);
    expect(Number.isFinite(out.scores[1])).toBe(true);
    expect(out.scores[1]).toBeLessThan(0.2);
  });

  it('reports progress once per trial, in order, with the scores so far', () => {
    const reports: HyperparameterSearchProgress[] = [];
    const out = runTaskSync('hyperparameterSearch', input([-3, -1, 0.5, -0.5], [-6, -3, -2, -1], 50), { progress: (p) => reports.push(p) });
    expect(reports.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(reports.map((r) => r.done)).toEqual([1, 2, 3, 4]);
    expect(reports.every((r) => r.total === 4)).toBe(true);
    reports.forEach((r, i) => {
      expect(Object.is(r.score, out.scores[i])).toBe(true);
      expect(Array.from(r.scores)).toEqual(Array.from(out.scores.subarray(0, i + 1)));
    });
  });

  it('stops early when told to, returning the trials that finished', () => {
    let reports = 0;
    const out = runTaskSync('hyperparameterSearch', input([-2, -1, -0.5, -2], [-6, -6, -6, -6]), {
      progress: () => { reports++; },
      shouldStop: () => reports >= 2,
    });
    expect(out.stop).toBe('cancelled');
    expect(out.done).toBe(2);
    expect(out.scores.length).toBe(2);
    // told to stop before anything ran: nothing runs
    const none = runTaskSync('hyperparameterSearch', input([-2], [-6]), { shouldStop: () => true });
    expect(none).toMatchObject({ done: 0, stop: 'cancelled' });
  });

  it('passes a checkpoint between trials, where the runner can drop it', () => {
    const gen = tasks.hyperparameterSearch(input([-2, -1, -0.5], [-6, -6, -6], 10), { shouldStop: () => false, progress: () => {} });
    let checkpoints = 0;
    while (!gen.next().done) checkpoints++;
    expect(checkpoints).toBe(2);
  });

  it('refuses bad inputs, naming them', () => {
    const ok = input([-1], [-3], 10);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, epochs: 0 })).toThrow(/hyperparameterSearch: epochs/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, epochs: 1e6 })).toThrow(/epochs must be .*got 1000000/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, degree: 40 })).toThrow(/degree/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, logLr: [2] })).toThrow(/logLr\[0\] must be in \[-8, 1\], got 2/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, logLambda: [-20] })).toThrow(/logLambda\[0\] must be in \[-12, 2\], got -20/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, logLr: [-1, -2] })).toThrow(/same length, got 2 and 1/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, logLr: [NaN] })).toThrow(/logLr\[0\] must be finite, got NaN/);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, trainY: [1] })).toThrow(/same length/);
    const many = Array.from({ length: 1025 }, () => -1);
    expect(() => runTaskSync('hyperparameterSearch', { ...ok, logLr: many, logLambda: many })).toThrow(/at most 1024 trials, got 1025/);
  });
});
