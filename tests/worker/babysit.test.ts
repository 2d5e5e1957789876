/**
 * babysit: one watched training run of a 2 → 32 → 32 → 3 softmax classifier. The first report
 * is the core's loss of the untrained network, near ln 3; the update ratio is ‖ΔW‖/‖W‖ of one
 * step, by hand; a run continued from a step (with the task's kept state, or replayed from the
 * seed) gives the same numbers as one uninterrupted run; the presets show what they say; the
 * two sanity checks; cancellation; bad inputs refused by name.
 */
import { describe, expect, it } from 'vitest';
import { applyRegularizer, datasetLoss, modelProblem, momentum, train } from '../../src/core';
import { runTaskSync, tasks } from '../../src/worker/registry';
import type { BabysitOutput, BabysitProgress, BabysitSettings, BabysitTrainOutput } from '../../src/worker/tasks/babysit';
import type { TaskContext } from '../../src/worker/tasks/task';
import { babysitData, babysitModel, BABYSIT_CHUNK, forgetBabysitRun, OVERFIT_THRESHOLD, updateRatio } from '../../src/worker/tasks/babysit';
import { LR_PRESETS } from '../../src/widgets/babysit/babysitSchema';

const base: BabysitSettings = { lr: 0.03, momentum: 0.9, l2: 1e-3, batchSize: 32, seed: 1 };
const lnC = Math.log(3);

function trainRun(from: number, to: number, settings: Partial<BabysitSettings> = {}, ctx: Partial<TaskContext<BabysitProgress>> = {}): BabysitTrainOutput {
  const out: BabysitOutput = runTaskSync('babysit', { mode: 'train', ...base, ...settings, from, to }, ctx);
  if (out.mode !== 'train') throw new Error('expected a train output');
  return out;
}

describe('babysit: train', () => {
  it('first reports the core\'s loss of the untrained network, within 1 % of ln C', () => {
    const { train: data, validation } = babysitData();
    const model = babysitModel(base.seed);
    const out = trainRun(0, 40);
    expect(out.chunks.step[0]).toBe(0);
    expect(out.chunks.trainLoss[0]).toBe(datasetLoss(model, data));
    expect(out.chunks.validationLoss[0]).toBe(datasetLoss(model, validation));
    expect(Math.abs(out.chunks.trainLoss[0] - lnC) / lnC).toBeLessThan(0.01);
    expect(Array.from(out.chunks.step)).toEqual([0, 20, 40]);
    expect(Number.isNaN(out.chunks.ratioW1[0])).toBe(true); // no step yet
    expect(out.stepLoss).toHaveLength(40);
  });

  it('trains what the core trains, and the ratio is ‖ΔW‖/‖W‖ over the chunk\'s last step', () => {
    // By hand: the same model, problem and optimizer; 19 steps, save W, 1 step, compare.
    const model = babysitModel(base.seed);
    const { train: data } = babysitData();
    const problem = modelProblem(model, data, { batchSize: 32, seed: 1, regularizer: { kind: 'l2', lambda: 1e-3 } });
    const opt = momentum({ lr: 0.03, beta: 0.9 });
    const losses = train(problem, opt, { steps: BABYSIT_CHUNK - 1, finalLoss: false }).losses;
    const before = Float64Array.from(model.params.get('W2').data);
    const last = train(problem, opt, { steps: 1, finalLoss: false }).losses;
    const after = model.params.get('W2').data;
    let d2 = 0, w2 = 0;
    for (let i = 0; i < before.length; i++) {
      d2 += (after[i] - before[i]) ** 2;
      w2 += before[i] ** 2;
    }
    const out = trainRun(0, BABYSIT_CHUNK);
    expect(out.chunks.ratioW2[1]).toBe(Math.sqrt(d2) / Math.sqrt(w2));
    expect(out.chunks.trainLoss[1]).toBe(datasetLoss(model, data));
    expect(Array.from(out.stepLoss)).toEqual([...Array.from(losses), last[0]]);
  });

  it('computes the ratio of a tiny case as written by hand', () => {
    // W = [3, 4] (‖W‖ = 5), W' = [3, 4.5]: ‖ΔW‖ = 0.5, ratio 0.1.
    expect(updateRatio([3, 4], [3, 4.5])).toBeCloseTo(0.1, 15);
    expect(Number.isNaN(updateRatio([0, 0], [1, 0]))).toBe(true);
  });

  it('continued from a step, gives the numbers of one uninterrupted run (kept state and replay)', () => {
    const whole = trainRun(0, 200);
    forgetBabysitRun();
    const first = trainRun(0, 100);
    const kept = trainRun(100, 200); // the task kept the state at step 100
    forgetBabysitRun();
    const replayed = trainRun(100, 200); // rebuilt from the seed
    expect(kept.replayed).toBe(false);
    expect(replayed.replayed).toBe(true);
    for (const part of [kept, replayed]) {
      const joined = [...Array.from(first.chunks.trainLoss), ...Array.from(part.chunks.trainLoss)];
      expect(joined).toEqual(Array.from(whole.chunks.trainLoss));
      expect([...Array.from(first.chunks.ratioW3), ...Array.from(part.chunks.ratioW3)]).toEqual(Array.from(whole.chunks.ratioW3));
      expect([...Array.from(first.stepLoss), ...Array.from(part.stepLoss)]).toEqual(Array.from(whole.stepLoss));
    }
    // another run in between: the state at 100 is not kept, and the replay is still exact
    trainRun(0, 20, { seed: 2 });
    expect(trainRun(100, 200).chunks.validationLoss).toEqual(kept.chunks.validationLoss);
  });

  it('reports once per chunk, and stops early when told to', () => {
    const seen: BabysitProgress[] = [];
    const out = trainRun(0, 200, {}, { progress: (p) => { seen.push(p); }, shouldStop: () => seen.length >= 3 });
    expect(seen.map((p) => p.step)).toEqual([20, 40, 60]);
    expect(out.step).toBe(60);
    expect(out.divergence).toBeNull();
    // each snapshot is a copy holding the part so far
    const third = seen[2];
    expect(third.mode === 'train' && Array.from(third.chunks.step)).toEqual([0, 20, 40, 60]);
  });

  it('passes a checkpoint after every chunk, where the worker can drop it', () => {
    const gen = tasks.babysit({ mode: 'train', ...base, from: 0, to: 100 }, { shouldStop: () => false, progress: () => {} });
    let checkpoints = 0;
    while (!gen.next().done) checkpoints++;
    expect(checkpoints).toBe(4); // after steps 20, 40, 60, 80
  });
});

describe('babysit: the presets show what they say', () => {
  it('too high: the loss drops, then climbs back to about ln 3 and stays (no NaN)', () => {
    const out = trainRun(0, 1000, { lr: LR_PRESETS['too-high'] });
    const loss = out.chunks.trainLoss;
    expect(loss[1]).toBeLessThan(0.8 * lnC); // dropped in the first chunk
    const tail = Array.from(loss.subarray(loss.length - 10));
    for (const l of tail) expect(l).toBeGreaterThan(0.9 * lnC); // back at chance
    expect(out.chunks.trainAccuracy.at(-1)).toBeLessThan(0.4);
    expect(out.divergence).toBeNull();
    expect(out.chunks.ratioW1[1]).toBeGreaterThan(1e-2); // above the healthy band at first
  });

  it('too low: the loss creeps down nearly linearly; W1 updates far below 10⁻³', () => {
    const out = trainRun(0, 1000, { lr: LR_PRESETS['too-low'] });
    const loss = out.chunks.trainLoss, i500 = 25, i1000 = 50;
    const d1 = loss[0] - loss[i500], d2 = loss[i500] - loss[i1000];
    expect(d1).toBeGreaterThan(0);
    expect(d2 / d1).toBeGreaterThan(0.7); // the second 500 steps gain almost as much as the first
    expect(loss[i1000]).toBeGreaterThan(0.85 * lnC);
    expect(out.chunks.ratioW1[i1000]).toBeLessThan(1e-4);
  });

  it('good: low loss and high accuracy after 1,000 steps', () => {
    const out = trainRun(0, 1000, { lr: LR_PRESETS.good });
    expect(out.chunks.trainLoss.at(-1)).toBeLessThan(0.1);
    expect(out.chunks.validationAccuracy.at(-1)).toBeGreaterThan(0.9);
  });

  it('diverges with α = 10 and λ = 0.5, saying at which step the loss stopped being finite', () => {
    const out = trainRun(0, 200, { lr: 10, l2: 0.5 });
    expect(out.divergence).toEqual({ step: 14, reason: 'loss is NaN' });
    expect(out.step).toBe(14);
    expect(out.stepLoss).toHaveLength(15);
    expect(Number.isNaN(out.stepLoss[14])).toBe(true);
    expect(out.stepLoss.subarray(0, 14).every(Number.isFinite)).toBe(true);
  });
});

describe('babysit: sanity checks', () => {
  it('initial loss: the data loss near ln 3, plus the penalty when λ > 0', () => {
    const out = runTaskSync('babysit', { mode: 'initialLoss', ...base });
    if (out.mode !== 'initialLoss') throw new Error('expected initialLoss');
    const model = babysitModel(1);
    expect(out.lnC).toBe(lnC);
    expect(out.dataLoss).toBe(datasetLoss(model, babysitData().train));
    expect(out.penalty).toBe(applyRegularizer(model.params, { kind: 'l2', lambda: 1e-3 }, false));
    expect(out.penalty).toBeGreaterThan(0);
    expect(out.total).toBe(out.dataLoss + out.penalty);
    const none = runTaskSync('babysit', { mode: 'initialLoss', ...base, l2: 0 });
    expect(none.mode === 'initialLoss' && none.penalty).toBe(0);
  });

  it('overfit 20: the loss falls below the threshold within the budget, 100 % training accuracy', () => {
    const out = runTaskSync('babysit', { mode: 'overfit', ...base });
    if (out.mode !== 'overfit') throw new Error('expected overfit');
    expect(out.examples).toBe(20);
    expect(out.belowAt).not.toBeNull();
    expect(out.belowAt ?? Infinity).toBeLessThan(out.budget);
    expect(out.loss[out.belowAt ?? 0]).toBeLessThan(OVERFIT_THRESHOLD);
    expect(out.loss[(out.belowAt ?? 1) - 1]).toBeGreaterThanOrEqual(OVERFIT_THRESHOLD);
    expect(out.finalLoss).toBeLessThan(OVERFIT_THRESHOLD);
    expect(out.finalAccuracy).toBe(1);
    expect(out.loss).toHaveLength(out.budget + 1);
  });
});

describe('babysit: bad inputs', () => {
  it('refuses them by name and value', () => {
    const ok = { mode: 'train', ...base, from: 0, to: 20 } as const;
    expect(() => runTaskSync('babysit', { ...ok, mode: 'fly' as 'train' })).toThrow(/babysit: mode must be one of train, initialLoss, overfit, got "fly"/);
    expect(() => runTaskSync('babysit', { ...ok, lr: 0 })).toThrow(/babysit: lr must be in \[0\.000001, 10\], got 0/);
    expect(() => runTaskSync('babysit', { ...ok, lr: 11 })).toThrow(/lr must be .*got 11/);
    expect(() => runTaskSync('babysit', { ...ok, momentum: 1 })).toThrow(/babysit: momentum must be in \[0, 0\.99\], got 1/);
    expect(() => runTaskSync('babysit', { ...ok, l2: -1 })).toThrow(/babysit: l2 must be in \[0, 1\], got -1/);
    expect(() => runTaskSync('babysit', { ...ok, batchSize: 0 })).toThrow(/babysit: batchSize/);
    expect(() => runTaskSync('babysit', { ...ok, seed: 1.5 })).toThrow(/babysit: seed/);
    expect(() => runTaskSync('babysit', { ...ok, to: 5000 })).toThrow(/babysit: to .*5000/);
    expect(() => runTaskSync('babysit', { ...ok, from: 20, to: 20 })).toThrow(/babysit: to must be greater than from, got from 20, to 20/);
    expect(() => runTaskSync('babysit', { ...ok, lr: '0.1' as unknown as number })).toThrow(/babysit: lr must be a number, got "0\.1"/);
  });
});
