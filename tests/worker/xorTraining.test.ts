/**
 * xorTraining: the hand-written backward pass against central differences and against the
 * core's autodiff on the same network, a first step worked by hand, the default run reaching
 * 4 of 4, the same seed giving the same run bit for bit, the outcomes (stuck, diverged) said
 * for runs known to end that way, and bad inputs refused by name.
 */
import { describe, expect, it } from 'vitest';
import { createRng, gradCheck, mlp, modelProblem } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import {
  classifyRun, snapshotSchedule, trainXor, type XorActivation, xorInitialWeights, xorLossAndGradient, xorParamCount, XOR_X, XOR_Y,
} from '../../src/worker/tasks/xorTraining';
import { trainingInput } from '../../src/widgets/xor/xorModel';
import { xorNumbers } from '../../src/widgets/xor/xorNumbers';

const loss = (hidden: number, act: XorActivation) => (w: Float64Array) => xorLossAndGradient(w, hidden, act, new Float64Array(w.length)).loss;

describe('the backward pass', () => {
  for (const act of ['tanh', 'sigmoid'] as const) {
    for (const hidden of [2, 3, 4]) {
      it(`equals central differences in float64 (${act}, H = ${hidden})`, () => {
        const rng = createRng(11 * hidden + (act === 'tanh' ? 1 : 0));
        for (let trial = 0; trial < 5; trial++) {
          const w = Float64Array.from({ length: xorParamCount(hidden) }, () => 1.5 * rng.normal());
          const g = new Float64Array(w.length);
          xorLossAndGradient(w, hidden, act, g);
          const check = gradCheck(loss(hidden, act), w, g, { stencil: 'fivePoint', h: 1e-3, floor: 1e-6 });
          expect(check.maxRelativeError).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('equals the core mlp\'s autodiff gradient on the same weights (the flat order is the core\'s)', () => {
    for (const act of ['tanh', 'sigmoid'] as const) {
      const w = xorInitialWeights(3, 5);
      const model = mlp({ sizes: [2, 3, 1], activation: act, loss: 'sigmoidCrossEntropy', initial: Array.from(w) });
      const problem = modelProblem(model, { x: Float64Array.from(XOR_X), y: Float64Array.from(XOR_Y), n: 4, d: 2, classes: 2, name: 'xor' });
      const coreLoss = problem.lossAndGrad();
      const g = new Float64Array(w.length);
      expect(xorLossAndGradient(w, 3, act, g).loss).toBeCloseTo(coreLoss, 12);
      g.forEach((v, i) => expect(v).toBeCloseTo(problem.grads[i], 12));
    }
  });

  it('takes a first step that matches one worked by hand', () => {
    // H = 2, sigmoid, every weight and bias 0.5 except W2 = (1, −1): both hidden units are the
    // same, so their contributions cancel and z = b2 = 0.5 at every point, p = σ(0.5) = 0.622459.
    // loss = mean of −ln p (labels 1) and −ln(1 − p) (labels 0) = (2·0.474077 + 2·0.974077)/4 = 0.724077
    // ∂loss/∂b2 = mean(p − y) = (0.622459·2 + (0.622459 − 1)·2)/4 = 0.122459
    // ∂loss/∂W2ⱼ = mean((p − y)·hⱼ), hⱼ = σ(0.5 x₁ + 0.5 x₂ + 0.5): σ(.5) = .622459, σ(1) = .731059, σ(1.5) = .817574
    //   = (0.622459·0.622459 − 2·0.377541·0.731059 + 0.622459·0.817574)/4 = (0.387455 − 0.552014 + 0.508906)/4 = 0.086087
    // ∂loss/∂W1 and ∂loss/∂b1: W2₁ = −W2₂ makes them opposite: each pair sums to 0
    const w = Float64Array.from([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, -1, 0.5]);
    const g = new Float64Array(9);
    const e = xorLossAndGradient(w, 2, 'sigmoid', g);
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const p = s(0.5);
    expect(e.loss).toBeCloseTo((-2 * Math.log(p) - 2 * Math.log(1 - p)) / 4, 12);
    expect(e.loss).toBeCloseTo(0.724077, 6);
    expect(g[8]).toBeCloseTo(0.122459, 6);
    expect(g[6]).toBeCloseTo((p * s(0.5) - 2 * (1 - p) * s(1) + p * s(1.5)) / 4, 12);
    expect(g[6]).toBeCloseTo(0.086087, 5);
    expect(g[7]).toBe(g[6]);
    for (const [a, b] of [[0, 1], [2, 3], [4, 5]]) expect(g[a] + g[b]).toBeCloseTo(0, 15);
    // the task's step 1 is w − α g
    const run = trainXor({ hidden: 2, activation: 'sigmoid', lr: 0.5, seed: 1, steps: 1, snapshots: 2 });
    const w0 = xorInitialWeights(2, 1), g0 = new Float64Array(9);
    xorLossAndGradient(w0, 2, 'sigmoid', g0);
    const w1 = Array.from(run.snapshotWeights.subarray(9, 18));
    w1.forEach((v, i) => expect(v).toBe(w0[i] - 0.5 * g0[i]));
  });
});

describe('a run', () => {
  it('at the widget\'s defaults solves XOR: 4 of 4 right, the loss small', () => {
    const n = xorNumbers();
    expect(n.run.outcome).toBe('solved');
    expect(n.run.finalRight).toBe(4);
    expect(n.run.finalLoss).toBeLessThan(0.02);
    expect(n.run.allRightStep).toBeGreaterThan(0);
    expect(n.run.allRightStep).toBeLessThan(n.run.steps);
    expect(n.run.snapshots).toBeGreaterThanOrEqual(24);
    expect(n.neuron).toMatchObject({ right: 3, best: 3 });
  });

  it('is the same for the same seed, bit for bit, and another seed gives another run', () => {
    const input = trainingInput({ hidden: 3, activation: 'tanh', lr: 0.7, seed: 42 });
    const a = runTaskSync('xorTraining', input), b = runTaskSync('xorTraining', input);
    expect(b).toEqual(a);
    expect(Array.from(b.losses).every((v, i) => Object.is(v, a.losses[i]))).toBe(true);
    const c = runTaskSync('xorTraining', { ...input, seed: 43 });
    expect(c.losses[0]).not.toBe(a.losses[0]);
  });

  it('snapshots step 0 (the seed\'s weights) to the last step, rising, a few dozen of them', () => {
    const out = runTaskSync('xorTraining', trainingInput({ hidden: 4, activation: 'sigmoid', lr: 1, seed: 9 }));
    const steps = Array.from(out.snapshotSteps);
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(2000);
    expect(steps.every((s, i) => i === 0 || s > steps[i - 1])).toBe(true);
    expect(out.snapshotWeights.length).toBe(steps.length * 17);
    expect(Array.from(out.snapshotWeights.subarray(0, 17))).toEqual(Array.from(xorInitialWeights(4, 9)));
    expect(out.losses.length).toBe(2001);
    expect(snapshotSchedule(10, 4)).toEqual([0, 1, 3, 10]);
    expect(snapshotSchedule(1000, 40).length).toBeGreaterThan(30);
  });

  it('says stuck for an H = 2 seed that stalls on a plateau, and diverged for a huge rate', () => {
    const stuck = runTaskSync('xorTraining', trainingInput({ hidden: 2, activation: 'sigmoid', lr: 1, seed: 1 }));
    expect(stuck.outcome).toBe('stuck');
    expect(stuck.finalRight).toBeLessThan(4);
    expect(stuck.allRightStep).toBeNull();
    const wild = runTaskSync('xorTraining', trainingInput({ hidden: 2, activation: 'sigmoid', lr: 100, seed: 3 }));
    expect(wild.outcome).toBe('diverged');
    expect(wild.divergence?.reason).toMatch(/above the/);
    expect(wild.losses.every(Number.isFinite)).toBe(true); // the pictures have numbers to draw
  });

  it('classifies by the end of the loss curve: flat is stuck, falling is slow, rising is diverged', () => {
    const flat = Array.from({ length: 101 }, (_, t) => 0.35 + 0.001 * Math.exp(-t));
    expect(classifyRun(flat, 2).outcome).toBe('stuck');
    expect(classifyRun(flat, 4).outcome).toBe('solved');
    expect(classifyRun(Array.from({ length: 101 }, (_, t) => 0.7 - 0.003 * t), 3).outcome).toBe('slow');
    expect(classifyRun(Array.from({ length: 101 }, (_, t) => 0.7 + (t % 2 ? 0.1 : -0.1) - 0.002 * t), 3).outcome).toBe('diverged');
    expect(classifyRun([0.7, 0.9, 1.2], 2).outcome).toBe('diverged');
  });

  it('refuses bad inputs by name', () => {
    const ok = trainingInput({ hidden: 2, activation: 'tanh', lr: 1, seed: 1 });
    expect(() => runTaskSync('xorTraining', { ...ok, hidden: 5 })).toThrow('xorTraining: hidden must be in [2, 4], got 5');
    expect(() => runTaskSync('xorTraining', { ...ok, lr: 0 })).toThrow(/^xorTraining: lr must be in/);
    expect(() => runTaskSync('xorTraining', { ...ok, activation: 'relu' as 'tanh' })).toThrow(/xorTraining.*relu/);
    expect(() => runTaskSync('xorTraining', { ...ok, steps: 1e6 })).toThrow(/^xorTraining: steps must be in/);
  });
});
