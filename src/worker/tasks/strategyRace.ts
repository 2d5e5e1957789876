/**
 * strategyRace: chapter 3's race of random search, random local search and gradient descent on
 * the linear classifier's training loss (classifierObjective.ts), each given the same budget of
 * loss evaluations and the same seed. The three run in lockstep, one evaluation each per turn,
 * so a progress report shows all three curves up to the same evaluation. The result is a
 * function of the input alone: the seed feeds one generator, which draws the shared start and
 * then forks one stream for each random strategy.
 */
import { RangeError_, createRng, requireInRange } from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { type ClassifierLoss, classifierObjective, heldOutAccuracy, requireClassifierLoss } from './classifierObjective';
import {
  type Divergence, GRADIENT_COSTS, type GradientCost, type Overshoot, type PassObjective, type Searcher,
  gradientSearcher, localSearcher, randomSearcher, randomWeights, stepCost,
} from './raceStrategies';
import { requireIntegerIn, requireNumber, requireRecord } from './validate';

/** Most evaluations one run accepts (per strategy). */
export const STRATEGY_RACE_MAX_BUDGET = 100_000;
/** Evaluations (per strategy) between progress reports. */
export const STRATEGY_RACE_PROGRESS_EVERY = 1000;
/**
 * Evaluations (per strategy) between checkpoints: a forward pass over 100 examples takes
 * 25–55 µs through the autodiff graph, so 50 × 3 of them keep a slice near the runner's 8 ms.
 * A divisor of the progress interval, so reports land on whole thousands.
 */
const CHECKPOINT_EVERY = 50;

export interface StrategyRaceInput {
  readonly loss: ClassifierLoss;
  /** Loss evaluations each strategy may spend, 1 … 100,000. */
  readonly budget: number;
  /** What a gradient step costs: 1 call, 2 passes, or N + 1 forward passes. */
  readonly gradientCost: GradientCost;
  /** Integer seed in [0, 2^32). */
  readonly seed: number;
  /** Spread of random search's draws, and of the shared start: W ~ N(0, σ²I). */
  readonly sigma: number;
  /** Size of random local search's tries: W + δ·ξ, ξ ~ N(0, I). */
  readonly delta: number;
  /** Gradient descent's step: W ← W − α∇L. */
  readonly learningRate: number;
}

/** Curves so far, all of the same length `done`. */
export interface StrategyRaceProgress {
  readonly done: number;
  readonly total: number;
  readonly random: Float64Array;
  readonly local: Float64Array;
  readonly gradient: Float64Array;
}

export interface StrategyResult {
  /** bestSoFar[e] = lowest training loss known after evaluations 0 … e (length = budget). */
  readonly bestSoFar: Float64Array;
  /** Evaluations spent: the budget, unless gradient descent stopped on a non-finite loss. */
  readonly spent: number;
  /** Lowest training loss found, at evaluation bestAt (0-based), with weights `weights`. */
  readonly loss: number;
  readonly bestAt: number;
  readonly weights: Float64Array;
  /** Accuracy of `weights` on the 50 held-out examples. */
  readonly heldOutAccuracy: number;
}

export interface StrategyRaceOutput {
  /** The input this is the result of, as validated (a widget checks it against its state). */
  readonly settings: StrategyRaceInput;
  readonly budget: number;
  /** Evaluations one gradient step costs under the chosen accounting. */
  readonly stepCost: number;
  /** Loss at the shared start W₀ (every curve's first value). */
  readonly startLoss: number;
  readonly random: StrategyResult;
  readonly local: StrategyResult & { readonly accepted: number };
  readonly gradient: StrategyResult & {
    readonly steps: number;
    /** L(W_t) for every iterate evaluated. */
    readonly losses: Float64Array;
    readonly divergence: Divergence | null;
    readonly overshoot: Overshoot | null;
  };
  readonly stop: 'completed' | 'cancelled';
}

/** Checks the input; messages name the task and the value. */
export function validateStrategyRace(input: unknown): StrategyRaceInput {
  const op = 'strategyRace';
  const o = requireRecord(op, 'input', input);
  const loss = requireClassifierLoss(op, o.loss);
  const budget = requireIntegerIn(op, 'budget', o.budget, 1, STRATEGY_RACE_MAX_BUDGET);
  const gradientCost = GRADIENT_COSTS.find((c) => c === o.gradientCost);
  if (gradientCost === undefined) {
    throw new RangeError_(op, `gradientCost must be one of ${GRADIENT_COSTS.join(', ')}, got ${JSON.stringify(o.gradientCost) ?? String(o.gradientCost)}`);
  }
  const seed = requireIntegerIn(op, 'seed', o.seed, 0, 0xffffffff);
  const sigma = requireInRange(op, 'sigma', requireNumber(op, 'sigma', o.sigma), 1e-6, 1e3);
  const delta = requireInRange(op, 'delta', requireNumber(op, 'delta', o.delta), 1e-6, 1e3);
  const learningRate = requireInRange(op, 'learningRate', requireNumber(op, 'learningRate', o.learningRate), 1e-9, 1e6);
  return { loss, budget, gradientCost, seed, sigma, delta, learningRate };
}

/** Makes a fresh objective for each strategy (each needs its own forward/backward state). */
export type ObjectiveFactory = () => PassObjective;

/**
 * The race itself on any objective (tests pass one that counts passes). `accuracyOf` turns a
 * weight vector into held-out accuracy.
 */
export function* race(
  input: StrategyRaceInput,
  makeObjective: ObjectiveFactory,
  accuracyOf: (w: Float64Array) => number,
  ctx: TaskContext<StrategyRaceProgress>,
): TaskGenerator<StrategyRaceOutput> {
  const { budget } = input;
  const rng = createRng(input.seed);
  const objectives = [makeObjective(), makeObjective(), makeObjective()];
  const dim = objectives[0].dim;
  const start = randomWeights(dim, input.sigma, rng);
  const random = randomSearcher(objectives[0], start, input.sigma, rng.fork(), budget);
  const local = localSearcher(objectives[1], start, input.delta, rng.fork(), budget);
  const gradient = gradientSearcher(objectives[2], start, input.learningRate, input.gradientCost, budget);
  const all: Searcher[] = [random, local, gradient];

  let done = 0;
  while (done < budget) {
    if (ctx.shouldStop()) break;
    const end = Math.min(budget, done + CHECKPOINT_EVERY);
    for (; done < end; done++) {
      for (const s of all) s.spend(done);
    }
    if (done % STRATEGY_RACE_PROGRESS_EVERY === 0 && done < budget) {
      ctx.progress({
        done, total: budget,
        random: random.trace.bestSoFar.slice(0, done),
        local: local.trace.bestSoFar.slice(0, done),
        gradient: gradient.trace.bestSoFar.slice(0, done),
      });
    }
    yield;
  }

  const result = (s: Searcher): StrategyResult => {
    const t = s.trace;
    const weights = t.bestWeights.slice();
    return {
      bestSoFar: t.bestSoFar.slice(0, done),
      spent: t.spent,
      loss: t.bestLoss,
      bestAt: t.bestAt,
      weights,
      heldOutAccuracy: t.bestAt >= 0 ? accuracyOf(weights) : NaN,
    };
  };
  return {
    settings: { ...input },
    budget,
    stepCost: stepCost(input.gradientCost, dim),
    startLoss: done > 0 ? random.trace.bestSoFar[0] : NaN,
    random: result(random),
    local: { ...result(local), accepted: local.accepted() },
    gradient: {
      ...result(gradient),
      steps: gradient.steps(),
      losses: gradient.losses(),
      divergence: gradient.divergence(),
      overshoot: gradient.overshoot(),
    },
    stop: done === budget ? 'completed' : 'cancelled',
  };
}

export function* strategyRace(input: StrategyRaceInput, ctx: TaskContext<StrategyRaceProgress>): TaskGenerator<StrategyRaceOutput> {
  const valid = validateStrategyRace(input);
  return yield* race(valid, () => classifierObjective(valid.loss), (w) => heldOutAccuracy(valid.loss, w), ctx);
}
