/** The race of chapter 3: honest budgets, monotone searches, a hand-checked gradient step. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Program, createRng, linearSvm, wrap } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import { drain } from '../../src/worker/runner';
import { classifierObjective, heldOutAccuracy } from '../../src/worker/tasks/classifierObjective';
import {
  GRADIENT_COSTS, type GradientCost, type PassObjective, gradientSearcher, localSearcher, randomWeights, stepCost,
} from '../../src/worker/tasks/raceStrategies';
import {
  STRATEGY_RACE_PROGRESS_EVERY, type StrategyRaceInput, type StrategyRaceProgress, race,
} from '../../src/worker/tasks/strategyRace';
import { DEFAULT_RACE_INPUT } from '../../src/widgets/strategies/setup';

const base: StrategyRaceInput = { loss: 'svm', budget: 50, gradientCost: 'passes', seed: 3, sigma: 2, delta: 0.3, learningRate: 10 };

/** An objective that counts its forward and backward passes. */
interface Counted extends PassObjective {
  forwards: number;
  backwards: number;
}

function counted(inner: PassObjective): Counted {
  const c: Counted = {
    dim: inner.dim,
    forwards: 0,
    backwards: 0,
    forward(w) {
      c.forwards++;
      return inner.forward(w);
    },
    backward(g) {
      c.backwards++;
      inner.backward(g);
    },
  };
  return c;
}

function countedRace(input: StrategyRaceInput) {
  const made: Counted[] = [];
  const make = () => {
    const c = counted(classifierObjective(input.loss));
    made.push(c);
    return c;
  };
  const out = drain(race(input, make, (w) => heldOutAccuracy(input.loss, w), { shouldStop: () => false, progress: () => {} }));
  const [random, local, gradient] = made;
  return { out, random, local, gradient };
}

describe('strategyRace: the budget', () => {
  // Odd budgets and ones that are not multiples of 10 leave a gradient step unfinished.
  const budgets = [1, 2, 7, 10, 11, 23, 100];

  for (const cost of GRADIENT_COSTS) {
    it(`every strategy spends exactly the budget when a gradient step costs ${cost}`, () => {
      for (const budget of budgets) {
        const { out, random, local, gradient } = countedRace({ ...base, budget, gradientCost: cost });
        const c = stepCost(cost, 9);
        // Random search and local search: one forward pass per evaluation, nothing else.
        expect([random.forwards, random.backwards], `random, budget ${budget}`).toEqual([budget, 0]);
        expect([local.forwards, local.backwards], `local, budget ${budget}`).toEqual([budget, 0]);
        // Gradient descent: what the passes cost under this accounting adds up to the budget.
        const paid = cost === 'call' ? gradient.forwards : gradient.forwards + gradient.backwards;
        expect(paid, `gradient, budget ${budget}`).toBe(budget);
        if (cost === 'call') expect(gradient.backwards).toBe(budget); // each call: forward and backward
        if (cost === 'numerical') expect(gradient.backwards).toBe(0); // forward differences only
        expect(out.gradient.steps).toBe(Math.floor(budget / c));
        for (const key of ['random', 'local', 'gradient'] as const) {
          expect(out[key].spent).toBe(budget);
          expect(out[key].bestSoFar.length).toBe(budget);
        }
        expect(out.stepCost).toBe(c);
      }
    });
  }

  it('a step costs 1, 2 or N + 1 = 10 evaluations', () => {
    expect(GRADIENT_COSTS.map((c: GradientCost) => stepCost(c, 9))).toEqual([1, 2, 10]);
  });
});

describe('strategyRace: the searches', () => {
  it('random local search never lets its best loss rise, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.double({ min: 0.01, max: 3, noNaN: true }), (seed, delta) => {
        const f = classifierObjective('softmax');
        const rng = createRng(seed);
        const start = randomWeights(9, 2, rng);
        const s = localSearcher(f, start, delta, rng.fork(), 120);
        for (let e = 0; e < 120; e++) s.spend(e);
        const curve = s.trace.bestSoFar;
        for (let e = 1; e < curve.length; e++) if (curve[e] > curve[e - 1]) return false;
        // …and the loss it reports is the loss of the weights it keeps
        return f.forward(s.trace.bestWeights) === s.trace.bestLoss;
      }),
      { numRuns: 40 },
    );
  });

  it('every best-so-far curve of the race is non-increasing and starts at the shared start', () => {
    const out = runTaskSync('strategyRace', { ...base, budget: 300, loss: 'softmax' });
    for (const key of ['random', 'local', 'gradient'] as const) {
      const c = out[key].bestSoFar;
      expect(c[0]).toBe(out.startLoss);
      for (let e = 1; e < c.length; e++) expect(c[e]).toBeLessThanOrEqual(c[e - 1]);
    }
  });

  it('reports for each strategy the loss and held-out accuracy of the weights it kept', () => {
    const out = runTaskSync('strategyRace', { ...base, budget: 200 });
    const f = classifierObjective('svm');
    for (const key of ['random', 'local', 'gradient'] as const) {
      expect(f.forward(out[key].weights)).toBe(out[key].loss);
      expect(out[key].heldOutAccuracy).toBe(heldOutAccuracy('svm', out[key].weights));
      expect(out[key].bestSoFar[out[key].bestAt]).toBe(out[key].loss);
    }
  });

  it('is a function of its input: same seed, same bits; new seed, new race', () => {
    const a = runTaskSync('strategyRace', base);
    const b = runTaskSync('strategyRace', base);
    expect(Array.from(a.random.bestSoFar)).toEqual(Array.from(b.random.bestSoFar));
    expect(Array.from(a.local.weights)).toEqual(Array.from(b.local.weights));
    expect(Array.from(a.gradient.losses)).toEqual(Array.from(b.gradient.losses));
    const c = runTaskSync('strategyRace', { ...base, seed: 4 });
    expect(c.startLoss).not.toBe(a.startLoss);
  });

  it('streams progress: all three curves up to the same evaluation, in order, prefixes of the result', () => {
    const seen: StrategyRaceProgress[] = [];
    const out = runTaskSync('strategyRace', { ...base, budget: 3500 }, { progress: (p) => seen.push(p) });
    expect(STRATEGY_RACE_PROGRESS_EVERY).toBe(1000);
    expect(seen.map((p) => p.done)).toEqual([1000, 2000, 3000]);
    for (const p of seen) {
      expect(p.total).toBe(3500);
      for (const key of ['random', 'local', 'gradient'] as const) {
        expect(p[key].length).toBe(p.done);
        expect(Array.from(p[key])).toEqual(Array.from(out[key].bestSoFar.slice(0, p.done)));
      }
    }
  });

  it('stops early with a partial result when asked to', () => {
    let calls = 0;
    const out = runTaskSync('strategyRace', { ...base, budget: 5000 }, { shouldStop: () => ++calls > 2 });
    expect(out.stop).toBe('cancelled');
    expect(out.random.bestSoFar.length).toBeLessThan(5000);
  });
});

/**
 * A tiny multiclass SVM by hand: one example x = (1, 0) of class 0, W = 0, b = 0.
 *   scores s = (0, 0, 0); margins s₁ − s₀ + 1 = 1 and s₂ − s₀ + 1 = 1, both active: L = 2.
 *   ∂L/∂s = (−2, 1, 1); ∂L/∂W = xᵀ·∂L/∂s = [[−2, 1, 1], [0, 0, 0]]; ∂L/∂b = (−2, 1, 1).
 *   One step with α = 0.5: W = [[1, −0.5, −0.5], [0, 0, 0]], b = (1, −0.5, −0.5).
 *   Then s = (2, −1, −1), margins −1 − 2 + 1 = −2 < 0: L = 0.
 */
function tinySvm(): PassObjective {
  const model = linearSvm({ inputs: 2, classes: 3 });
  const program = new Program(model.loss(model.forward(wrap(new Float64Array([1, 0]), [1, 2]), { training: false, rng: createRng(0) }), wrap(new Float64Array([0]), [1])));
  const { values, grads } = model.params;
  return {
    dim: values.length,
    forward(w) {
      values.set(w);
      return program.forward();
    },
    backward(g) {
      program.backward();
      g.set(grads);
    },
  };
}

describe('gradient descent: the first step by hand', () => {
  const handW1 = [1, -0.5, -0.5, 0, 0, 0, 1, -0.5, -0.5];

  for (const cost of GRADIENT_COSTS) {
    it(`W₁ = W₀ − α∇L(W₀) on a one-example SVM (${cost})`, () => {
      const f = tinySvm();
      const seen: number[][] = [];
      const spy: PassObjective = { dim: f.dim, forward: (w) => (seen.push(Array.from(w)), f.forward(w)), backward: (g) => f.backward(g) };
      const c = stepCost(cost, 9);
      const gd = gradientSearcher(spy, new Float64Array(9), 0.5, cost, c + 1);
      for (let e = 0; e <= c; e++) gd.spend(e);
      expect(gd.steps()).toBe(cost === 'call' ? 2 : 1); // a 1-evaluation step moves in every slot
      const w1 = seen[seen.length - 1]; // the forward pass of step 2 is at W₁
      // Analytic: exact. Numerical (forward differences, h = 1e-5): the hinge is linear here, so
      // only rounding separates it from the hand values.
      w1.forEach((v, i) => expect(v).toBeCloseTo(handW1[i], cost === 'numerical' ? 8 : 15));
      expect(Array.from(gd.losses())).toEqual([2, 0]);
    });
  }

  it('names overflow as divergence, with the step, and stops spending', () => {
    // L(w) = 2w², ∇L = 4w; at α = 1, w ← w − 4w = −3w: |w| triples until w² overflows.
    let x = 0;
    const f: PassObjective = {
      dim: 1,
      forward: (w) => ((x = w[0]), 2 * x * x),
      backward: (g) => {
        g[0] = 4 * x;
      },
    };
    const gd = gradientSearcher(f, new Float64Array([1]), 1, 'passes', 4000);
    for (let e = 0; e < 4000; e++) gd.spend(e);
    const d = gd.divergence();
    expect(d).not.toBeNull();
    // 2·3^(2t) overflows once 2t·log10(3) > 308: at t = 323 (step 0 is the start)
    expect(d?.step).toBe(323);
    expect(d?.reason).toMatch(/^the loss at step 323 is Infinity/);
    expect(gd.trace.spent).toBe(2 * 323 + 1);
    expect(gd.overshoot()).toEqual({ step: 1, loss: 18, startLoss: 2 });
    expect(gd.trace.bestLoss).toBe(2); // the start was the best it ever saw
  });
});

describe('strategyRace: input', () => {
  it('rejects bad input with the task name and the bad value', () => {
    const run = (patch: Record<string, unknown>) => () => runTaskSync('strategyRace', { ...base, ...patch } as StrategyRaceInput);
    expect(run({ budget: 0 })).toThrow('strategyRace: budget must be in [1, 100000], got 0');
    expect(run({ budget: 2.5 })).toThrow('strategyRace: budget must be a whole number, got 2.5');
    expect(run({ loss: 'hinge' })).toThrow('strategyRace: loss must be one of svm, softmax, got "hinge"');
    expect(run({ gradientCost: 'free' })).toThrow('strategyRace: gradientCost must be one of call, passes, numerical, got "free"');
    expect(run({ sigma: NaN })).toThrow('strategyRace: sigma must be finite, got NaN');
    expect(run({ delta: -1 })).toThrow('strategyRace: delta must be in [0.000001, 1000], got -1');
    expect(run({ learningRate: '1' })).toThrow('strategyRace: learningRate must be a number, got "1"');
    expect(run({ seed: -1 })).toThrow('strategyRace: seed must be in [0, 4294967295], got -1');
    expect(() => runTaskSync('strategyRace', null as unknown as StrategyRaceInput)).toThrow('strategyRace: input must be an object, got null');
  });

  it('accepts the widget’s default input', () => {
    const out = runTaskSync('strategyRace', DEFAULT_RACE_INPUT);
    expect(out.budget).toBe(DEFAULT_RACE_INPUT.budget);
    expect(out.stop).toBe('completed');
  });
});
