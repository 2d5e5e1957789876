/**
 * optimizerComparison: "which optimizer?" — the same small network (2 → h → h → 1, tanh, a
 * sigmoid output with binary cross-entropy) trained on the same 2-D classification data by
 * each optimizer, from several seeds (each seed draws the initial weights and the batch order,
 * the same for every optimizer), recording the full training-set loss along the way and, at
 * the end, the training and validation losses.
 *
 * Each run trains in chunks of CHUNK steps (train() continues exactly where the last chunk
 * stopped: the optimizer keeps its state, and asking the loss changes nothing), with a
 * checkpoint after each chunk so a slice stays short, and a progress report after each run.
 */
import { datasets, mlp, modelProblem, RangeError_, splitDataset, train } from '../../core';
import type { Dataset } from '../../core';
import type { OptimizerChoice } from './choices';
import { optimizerFrom } from './choices';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireRecord } from './validate';

export const COMPARISON_DATASETS = ['moons', 'circles', 'spirals', 'xor'] as const;
export type ComparisonDataset = (typeof COMPARISON_DATASETS)[number];

export const COMPARISON_MAX_OPTIMIZERS = 8;
export const COMPARISON_MAX_SEEDS = 10;
export const COMPARISON_MAX_STEPS = 5_000;
/** Examples drawn, then split 70 / 30 into training and validation. */
export const COMPARISON_POINTS = 300;
/** Steps between checkpoints (and between points of the recorded loss curve). */
const CHUNK = 25;

export interface OptimizerComparisonInput {
  readonly dataset: ComparisonDataset;
  /** Units in each of the two hidden layers. */
  readonly hidden: number;
  readonly optimizers: readonly OptimizerChoice[];
  /** Seeds 1 … seeds: each draws the initial weights and the batch order. */
  readonly seeds: number;
  readonly steps: number;
  readonly batchSize: number;
}

export interface ComparisonRun {
  readonly seed: number;
  /** The full training-set loss after 0, CHUNK, 2·CHUNK, … steps (and after the last step). */
  readonly curve: Float64Array;
  /** The steps at which `curve` was measured. */
  readonly curveSteps: Uint32Array;
  readonly trainLoss: number;
  readonly validationLoss: number;
  /** The step where the run diverged, or null. */
  readonly divergedAt: number | null;
}

export interface OptimizerComparisonProgress {
  /** Runs finished so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface OptimizerComparisonOutput {
  /** runs[i][s]: optimizer i, seed s + 1. */
  readonly runs: readonly (readonly ComparisonRun[])[];
  readonly trainSize: number;
  readonly validationSize: number;
}

function makeData(op: string, name: unknown): { train: Dataset; validation: Dataset } {
  if (typeof name !== 'string' || !(COMPARISON_DATASETS as readonly string[]).includes(name)) {
    throw new RangeError_(op, `dataset must be one of ${COMPARISON_DATASETS.join(', ')}, got ${JSON.stringify(name)}`);
  }
  const data = datasets[name as ComparisonDataset]({ n: COMPARISON_POINTS, seed: 11 });
  const split = splitDataset(data, { train: 0.7, validation: 0.3, test: 0 }, 12);
  return { train: split.train, validation: split.validation };
}

export function* optimizerComparison(input: OptimizerComparisonInput, ctx: TaskContext<OptimizerComparisonProgress>): TaskGenerator<OptimizerComparisonOutput> {
  const op = 'optimizerComparison';
  const o = requireRecord(op, 'input', input);
  const hidden = requireIntegerIn(op, 'hidden', o.hidden, 1, 64);
  const seeds = requireIntegerIn(op, 'seeds', o.seeds, 1, COMPARISON_MAX_SEEDS);
  const steps = requireIntegerIn(op, 'steps', o.steps, 1, COMPARISON_MAX_STEPS);
  if (!Array.isArray(o.optimizers) || o.optimizers.length === 0 || o.optimizers.length > COMPARISON_MAX_OPTIMIZERS) {
    throw new RangeError_(op, `optimizers must be a list of 1 to ${COMPARISON_MAX_OPTIMIZERS}, got ${Array.isArray(o.optimizers) ? o.optimizers.length : typeof o.optimizers}`);
  }
  const { train: data, validation } = makeData(op, o.dataset);
  const batchSize = requireIntegerIn(op, 'batchSize', o.batchSize, 1, data.n);
  const choices = o.optimizers as readonly unknown[];
  choices.forEach((choice) => optimizerFrom(op, choice)); // every config checked before any work
  const total = choices.length * seeds;

  const runs: ComparisonRun[][] = [];
  let done = 0;
  for (const choice of choices) {
    const perSeed: ComparisonRun[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const model = mlp({ sizes: [2, hidden, hidden, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', seed });
      const problem = modelProblem(model, data, { batchSize, seed, validation });
      const optimizer = optimizerFrom(op, choice);
      const scratch = new Float64Array(problem.values.length);
      const fullLoss = (): number => problem.objective.valueAndGrad(problem.values, scratch);
      const curve: number[] = [fullLoss()], curveSteps: number[] = [0];
      let taken = 0, divergedAt: number | null = null;
      while (taken < steps && divergedAt === null) {
        const chunk = Math.min(CHUNK, steps - taken);
        const run = train(problem, optimizer, { steps: chunk, finalLoss: false, recordLosses: false, divergenceFactor: Infinity });
        taken += run.steps;
        if (run.stop === 'diverged') divergedAt = taken;
        const loss = fullLoss();
        if (!Number.isFinite(loss)) divergedAt ??= taken;
        curve.push(loss);
        curveSteps.push(taken);
        yield;
      }
      perSeed.push({
        seed,
        curve: Float64Array.from(curve),
        curveSteps: Uint32Array.from(curveSteps),
        trainLoss: curve[curve.length - 1],
        validationLoss: problem.validationLoss ? problem.validationLoss() : NaN,
        divergedAt,
      });
      ctx.progress({ done: ++done, total });
    }
    runs.push(perSeed);
  }
  return { runs, trainSize: data.n, validationSize: validation.n };
}
