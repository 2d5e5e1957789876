// "Which optimizer?": every optimizer trains the same network from the same seeds on the same
// batches; a run in chunks is one train() run; the losses reported are the data's.
import { describe, expect, it } from 'vitest';
import { createOptimizer, datasets, mlp, modelProblem, splitDataset, train } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import type { OptimizerComparisonProgress } from '../../src/worker/tasks/optimizerComparison';
import { COMPARISON_POINTS } from '../../src/worker/tasks/optimizerComparison';

describe('optimizerComparison', () => {
  it('trains each optimizer from each seed, reporting progress after every run', () => {
    const progress: OptimizerComparisonProgress[] = [];
    const out = runTaskSync('optimizerComparison', {
      dataset: 'moons', hidden: 6, seeds: 2, steps: 60, batchSize: 16,
      optimizers: [{ name: 'sgd', config: { lr: 0.3 } }, { name: 'adam', config: { lr: 0.02 } }],
    }, { progress: (p) => progress.push(p) });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.every((p) => p.total === 4)).toBe(true);
    expect(out.runs).toHaveLength(2);
    expect(out.runs[0].map((r) => r.seed)).toEqual([1, 2]);
    expect(out.trainSize + out.validationSize).toBe(COMPARISON_POINTS);
    const run = out.runs[1][0];
    expect(Array.from(run.curveSteps)).toEqual([0, 25, 50, 60]);
    expect(run.trainLoss).toBe(run.curve[3]);
    expect(run.curve[3]).toBeLessThan(run.curve[0]); // Adam trained
    expect(run.divergedAt).toBeNull();
  });

  it('is, run by run, one train() of the same model, data and batches', () => {
    const out = runTaskSync('optimizerComparison', {
      dataset: 'circles', hidden: 5, seeds: 1, steps: 40, batchSize: 20, optimizers: [{ name: 'momentum', config: { lr: 0.1, beta: 0.9 } }],
    });
    const data = datasets.circles({ n: COMPARISON_POINTS, seed: 11 });
    const split = splitDataset(data, { train: 0.7, validation: 0.3, test: 0 }, 12);
    const model = mlp({ sizes: [2, 5, 5, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed: 1 });
    const problem = modelProblem(model, split.train, { batchSize: 20, seed: 1, validation: split.validation });
    train(problem, createOptimizer('momentum', { lr: 0.1, beta: 0.9 }), { steps: 40 });
    const g = new Float64Array(problem.values.length);
    expect(out.runs[0][0].trainLoss).toBe(problem.objective.valueAndGrad(problem.values, g));
    expect(out.runs[0][0].validationLoss).toBe(problem.validationLoss?.());
  });

  it('names bad input', () => {
    const base = { dataset: 'moons', hidden: 4, seeds: 1, steps: 10, batchSize: 10 } as const;
    expect(() => runTaskSync('optimizerComparison', { ...base, optimizers: [] })).toThrow(/optimizers must be a list of 1 to 8, got 0/);
    expect(() => runTaskSync('optimizerComparison', { ...base, dataset: 'mnist' as 'moons', optimizers: [{ name: 'sgd' }] })).toThrow(/dataset must be one of moons, circles, spirals, xor, got "mnist"/);
    expect(() => runTaskSync('optimizerComparison', { ...base, optimizers: [{ name: 'sgd', config: { lr: -1 } }] })).toThrow(/lr/);
  });
});
