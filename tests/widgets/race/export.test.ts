// The export: a fixed race result written as JSON and as CSV, cell by cell.
import { describe, expect, it } from 'vitest';
import { runToCsv, runToJson, type RaceRun } from '../../../src/widgets/race/exportRun';

const run: RaceRun = {
  surface: 'Quadratic bowl',
  problem: { kind: 'surface', surface: { name: 'quadratic' } },
  start: [1, 2],
  steps: 2,
  tolerance: 1e-3,
  names: ['sgd', 'adam'],
  configs: [{ lr: 0.1 }, { lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8 }],
  // SGD halves its rate every step; Adam keeps its α.
  schedules: [{ kind: 'step', every: 1, factor: 0.5 }, { kind: 'constant' }],
  result: {
    minimum: 0,
    racers: [
      { steps: 2, params: Float64Array.from([1, 2, 0.5, 1, 0.25, 0.5]), losses: Float64Array.from([2.5, 0.625, 0.15625]), stop: 'completed', divergence: null, arrivedAt: null, evaluations: { gradients: 3, hessians: 0 } },
      // diverged at step 1: its path ends there, and the last loss is not finite
      { steps: 1, params: Float64Array.from([1, 2, 40, Infinity]), losses: Float64Array.from([2.5, Infinity]), stop: 'diverged', divergence: { step: 1, reason: 'loss is Infinity' }, arrivedAt: null, evaluations: null },
    ],
  },
};

describe('export', () => {
  it('CSV: a header, one row per step, empty cells after a racer stopped or for non-finite values', () => {
    expect(runToCsv(run)).toBe(
      'step,sgd_x,sgd_y,sgd_loss,sgd_lr,adam_x,adam_y,adam_loss,adam_lr\n' +
        '0,1,2,2.5,0.1,1,2,2.5,0.05\n' +
        '1,0.5,1,0.625,0.05,40,,,\n' +
        '2,0.25,0.5,0.15625,,,,,\n',
    );
  });

  it('JSON: the settings and each racer’s path, losses, stop and divergence', () => {
    const j = JSON.parse(runToJson(run));
    expect(j.surface).toBe('Quadratic bowl');
    expect(j.start).toEqual([1, 2]);
    expect(j.minimum).toBe(0);
    expect(j.racers.map((r: { optimizer: string }) => r.optimizer)).toEqual(['sgd', 'adam']);
    expect(j.racers[0]).toMatchObject({ label: 'SGD', config: { lr: 0.1 }, schedule: { kind: 'step', every: 1, factor: 0.5 }, stop: 'completed', finalLoss: 0.15625, evaluations: { gradients: 3, hessians: 0 }, path: [[1, 2], [0.5, 1], [0.25, 0.5]], losses: [2.5, 0.625, 0.15625] });
    expect(j.racers[1]).toMatchObject({ stop: 'diverged', divergence: { step: 1, reason: 'loss is Infinity' }, finalLoss: null, path: [[1, 2], [40, null]], losses: [2.5, null] });
  });
});
