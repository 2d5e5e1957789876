// The current step with the numbers substituted. Each family's lines against hand-worked
// values, and the main-thread replay against the worker's path, bit for bit.
import { describe, expect, it } from 'vitest';
import { applyPatch, defaultState } from '../../../src/widgets/state';
import { runTaskSync } from '../../../src/worker/registry';
import { raceInput } from '../../../src/widgets/race/raceProblem';
import { raceSchema, RACER_NAMES } from '../../../src/widgets/race/raceSchema';
import { sgdStep } from '../../../src/widgets/race/step/sgdStep';
import { momentumStep } from '../../../src/widgets/race/step/momentumStep';
import { adadeltaStep, adagradStep, rmspropStep, NO_ADADELTA, NO_SQUARES } from '../../../src/widgets/race/step/adaptiveStep';
import { adamStep, NO_MOMENTS } from '../../../src/widgets/race/step/adamStep';
import { newtonLines } from '../../../src/widgets/race/step/secondOrderStep';
import { replayStep } from '../../../src/widgets/race/step/replayStep';

const defaults = defaultState(raceSchema);

describe('step lines, by hand', () => {
  it('SGD: w ← w − αg', () => {
    // (1, 2) − 0.1·(0.5, −1) = (0.95, 2.1)
    const s = sgdStep([1, 2], [0.5, -1], 0.1);
    expect(s.print()).toEqual(['w ← (1.00, 2.00) − 0.1·(0.5, −1) = (0.95, 2.10)']);
  });

  it('momentum and Nesterov: v ← βv + g, then w ← w − αv or w − α(g + βv)', () => {
    // v = 0.9·(1, 0) + (0.5, −1) = (1.4, −1); w = (1, 2) − 0.1·(1.4, −1) = (0.86, 2.1)
    const m = momentumStep(0.9, false, { v: [1, 0] }, [1, 2], [0.5, -1], 0.1);
    expect(m.print()).toEqual(['v ← 0.9·(1, 0) + (0.5, −1) = (1.4, −1)', 'w ← (1.00, 2.00) − 0.1·(1.4, −1) = (0.86, 2.10)']);
    expect(m.state.v[0]).toBeCloseTo(1.4, 15);
    // w = (1, 2) − 0.1·((0.5, −1) + 0.9·(1.4, −1)) = (1 − 0.176, 2 + 0.19) = (0.824, 2.19)
    const n = momentumStep(0.9, true, { v: [1, 0] }, [1, 2], [0.5, -1], 0.1);
    expect(n.print()[1]).toBe('w ← (1.00, 2.00) − 0.1·((0.5, −1) + 0.9·(1.4, −1)) = (0.82, 2.19)');
    expect(n.w[0]).toBeCloseTo(0.824, 14);
  });

  it('AdaGrad: G ← G + g², w ← w − αg/(√G + ε)', () => {
    // G = (9, 16); w = −0.5·(3/3, 4/4) = (−0.5, −0.5)
    const s = adagradStep(1e-8, NO_SQUARES, [0, 0], [3, 4], 0.5);
    expect(s.print()).toEqual(['G ← (0, 0) + (3, 4)² = (9, 16)', 'w ← (0.00, 0.00) − 0.5·(3, 4) / (√(9, 16) + 10⁻⁸) = (−0.50, −0.50)']);
  });

  it('RMSProp: E ← ρE + (1 − ρ)g², w ← w − αg/(√E + ε)', () => {
    // E = 0.1·4 = 0.4 each; step 0.01·2/√0.4 = 0.0316: (1, 1) → (0.968, 1.032)
    const s = rmspropStep(0.9, 1e-8, NO_SQUARES, [1, 1], [2, -2], 0.01);
    expect(s.print()[0]).toBe('E ← 0.9·(0, 0) + 0.1·(2, −2)² = (0.4, 0.4)');
    expect(s.print()[1]).toMatch(/= \(0\.97, 1\.03\)$/);
    expect(s.w[0]).toBeCloseTo(1 - 0.02 / Math.sqrt(0.4), 8);
  });

  it('AdaDelta: the first step is √ε/√(E[g²] + ε)·g', () => {
    // E[g²] = 0.05; Δ = −√(10⁻⁶)/√(0.050001) = −0.001/0.2236 = −0.00447; E[Δ²] = 0.05·2.0·10⁻⁵ ≈ 10⁻⁶
    const s = adadeltaStep(0.95, 1e-6, NO_ADADELTA, [0, 0], [1, 1], 1);
    expect(s.print()[0]).toBe('E[g²] ← 0.95·(0, 0) + 0.05·(1, 1)² = (0.05, 0.05)');
    expect(s.print()[1]).toMatch(/= \(−0\.00447, −0\.00447\)$/);
    expect(s.print()[2]).toMatch(/= \(10⁻⁶, 10⁻⁶\)$/);
  });

  it('Adam and AdamW: the first step moves each coordinate by about α', () => {
    // m = 0.1·g = (0.02, −0.4), v = 0.001·g² = (4·10⁻⁵, 0.016); m̂ = g, v̂ = g²; step α·(1, −1)
    const c = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };
    const s = adamStep(c, NO_MOMENTS, [1, 1], [0.2, -4], 0.05);
    expect(s.print()[0]).toBe('m ← 0.9·(0, 0) + 0.1·(0.2, −4) = (0.02, −0.4)');
    expect(s.print()[1]).toBe('v ← 0.999·(0, 0) + 0.001·(0.2, −4)² = (4 × 10⁻⁵, 0.016)');
    expect(s.print()[2]).toBe('m̂ = m / (1 − 0.9¹) = (0.2, −4);  v̂ = v / (1 − 0.999¹) = (0.04, 16)');
    expect(s.print()[3]).toMatch(/= \(0\.95, 1\.05\)$/);
    expect(s.state.t).toBe(1);
    // AdamW: 1 − 0.05·(1 + 0.01·1) = 0.9495, 1 − 0.05·(−1 + 0.01·1) = 1.0495
    const w = adamStep({ ...c, weightDecay: 0.01 }, NO_MOMENTS, [1, 1], [0.2, -4], 0.05);
    expect(w.print()[3]).toContain('+ 0.01·(1.00, 1.00))');
    expect(w.w[0]).toBeCloseTo(0.9495, 8);
  });

  it('Newton: p = H⁻¹g', () => {
    // H = diag(2, 4), g = (2, 4): p = (1, 1), w = (1, 1) − (1, 1) = (0, 0)
    expect(newtonLines([2, 0, 0, 4], [1, 1], [2, 4], 1, [0, 0])).toEqual([
      'H = ∇²f(w) = [2, 0; 0, 4],  g = (2, 4)',
      'p = H⁻¹g = (1, 1)',
      'w ← (1.00, 1.00) − 1·(1, 1) = (0.00, 0.00)',
    ]);
  });
});

describe('the replay matches the worker bit for bit', () => {
  const cases = [
    ['rosenbrock, every racer', applyPatch(raceSchema, defaults, { steps: 60, ...Object.fromEntries(RACER_NAMES.map((n) => [n, true])) }).state],
    ['the quadratic with schedules', applyPatch(raceSchema, defaults, { surface: 'quadratic', x: -2.5, y: 2, steps: 60, ...Object.fromEntries(RACER_NAMES.map((n) => [n, true])), momentum_sched: 'step', momentum_every: 10, adam_sched: 'warmup', adam_warmup: 10, sgd_sched: 'cosine', rmsprop_sched: 'inverseTime', newton_sched: 'exponential', lbfgs_sched: 'exponential' }).state],
    ['the noisy line', applyPatch(raceSchema, defaults, { surface: 'noisyLine', x: -1, y: 4, steps: 60, nesterov: true, adagrad: true, adadelta: true, adamw: true, adamw_sched: 'cosine' }).state],
  ] as const;
  it.each(cases)('%s', (_label, state) => {
    const input = raceInput(state, [state.x, state.y])!;
    const out = runTaskSync('optimizerRace', input);
    input.names.forEach((name, i) => {
      const path = out.racers[i].params;
      for (const t of [0, 1, 37, 59]) {
        if (2 * t + 3 >= path.length) continue; // stopped early
        const r = replayStep(state, name, [state.x, state.y], t);
        expect([name, t, r.point[0], r.point[1]]).toEqual([name, t, path[2 * t], path[2 * t + 1]]);
        expect([name, t, r.next[0], r.next[1]]).toEqual([name, t, path[2 * t + 2], path[2 * t + 3]]);
        expect([name, r.agrees]).toEqual([name, true]);
      }
    });
  });
});
