/**
 * W1–W3: an MLP 2 → h → h → 1 (tanh, sigmoid + mean BCE) trained by SGD lr 0.1 on two spirals.
 *   core:        mlp + modelProblem + createOptimizer('sgd') + train(), as a chapter widget does
 *   yardstick:  handFused/mlp.ts from the same initial weights (and, for mini-batches, the same
 *                xoshiro seed, so even the batch order is the same)
 *   tfjs-core:   tfjs/mlp.ts, float32
 */
import { makeSpirals } from '../../src/core/data/spirals';
import { mlp } from '../../src/core/models/mlp';
import { createOptimizer } from '../../src/core/optim/registry';
import { createRng } from '../../src/core/random/prng';
import { modelProblem } from '../../src/core/train/modelProblem';
import { train } from '../../src/core/train/train';
import { HandFusedMlp, type MlpShape } from '../handFused/mlp';
import { liveTensors } from '../tfjs/setup';
import { TfMlpTrainer } from '../tfjs/mlp';
import { measureInterleaved } from '../timing';
import { type Check, maxRelDiff, maxScaledDiff, relDiff, type RunContext, type WorkloadReport } from './common';

export interface MlpWorkloadSpec {
  readonly id: string;
  readonly title: string;
  readonly n: number;
  readonly hidden: number;
  readonly batchSize: number;
  readonly target: number;
  /** Steps of the correctness check (at most 50 with --quick). */
  readonly checkSteps: number;
}

export const W1: MlpWorkloadSpec = { id: 'W1', title: 'MLP 2→16→16→1, 512 pts, full batch', n: 512, hidden: 16, batchSize: 512, target: 0.8, checkSteps: 300 };
export const W2: MlpWorkloadSpec = { id: 'W2', title: 'MLP 2→64→64→1, 1,024 pts, full batch', n: 1024, hidden: 64, batchSize: 1024, target: 0.8, checkSteps: 100 };
export const W3: MlpWorkloadSpec = { id: 'W3', title: 'MLP 2→16→16→1, 512 pts, batches of 32', n: 512, hidden: 16, batchSize: 32, target: 0.7, checkSteps: 320 };

const LR = 0.1;
/** The core's batch iterator seeds its shuffle with modelProblem's seed (default 0). */
const SHUFFLE_SEED = 0;

function setup(spec: MlpWorkloadSpec) {
  const data = makeSpirals({ n: spec.n, seed: 1 });
  const model = mlp({ sizes: [2, spec.hidden, spec.hidden, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy' });
  const init = model.params.values.slice();
  const problem = modelProblem(model, data, { batchSize: spec.batchSize });
  const opt = createOptimizer('sgd', { lr: LR });
  const shape: MlpShape = { d: 2, h1: spec.hidden, h2: spec.hidden };
  const handFused = new HandFusedMlp(shape, init, data.x, data.y, data.n, spec.batchSize, createRng(SHUFFLE_SEED));
  const tfjs = new TfMlpTrainer(shape, init, data.x, data.y, data.n, spec.batchSize, LR, createRng(SHUFFLE_SEED));
  return { model, problem, opt, handFused, tfjs };
}

export function runMlpWorkload(spec: MlpWorkloadSpec, ctx: RunContext): WorkloadReport {
  const tensorsBefore = liveTensors();
  const checks: Check[] = [];
  const notes: string[] = [];
  const what = spec.batchSize < spec.n ? 'batch losses (same batch order)' : 'losses';

  // Correctness: the same steps from the same weights.
  {
    const s = setup(spec), steps = ctx.quick ? Math.min(spec.checkSteps, 50) : spec.checkSteps;
    const traj = train(s.problem, s.opt, { steps, recordParams: false });
    const hf = new Float64Array(steps + 1);
    for (let t = 0; t < steps; t++) hf[t] = s.handFused.step(LR);
    hf[steps] = s.handFused.lossAndGrad();
    checks.push({ label: `${what} over ${steps} steps`, core: traj.losses[steps], other: hf[steps], rel: maxRelDiff(traj.losses, hf), tolerance: 1e-12, strict: true });
    checks.push({ label: `weights after ${steps} steps`, core: NaN, other: NaN, rel: maxScaledDiff(s.model.params.values, s.handFused.w), tolerance: 1e-12, strict: true });
    let tfLast = NaN;
    for (let t = 0; t <= steps; t++) tfLast = s.tfjs.step();
    checks.push({ label: `tfjs float32 loss at step ${steps}`, core: traj.losses[steps], other: tfLast, rel: relDiff(traj.losses[steps], tfLast), tolerance: 1e-3, strict: false });
    s.tfjs.dispose();
  }

  // Throughput, fresh instances.
  const s = setup(spec);
  const results = measureInterleaved(
    [
      { name: 'core', repSeconds: ctx.repSeconds, run: (n) => train(s.problem, s.opt, { steps: n, recordParams: false }).steps },
      {
        name: 'yardstick', repSeconds: ctx.repSeconds, run: (n) => {
          for (let t = 0; t < n; t++) s.handFused.step(LR);
          return n;
        },
      },
      {
        name: 'tfjs-core', repSeconds: ctx.tfjsRepSeconds, run: (n) => {
          for (let t = 0; t < n; t++) s.tfjs.step();
          return n;
        },
      },
    ],
    ctx.timing,
  );
  s.tfjs.dispose();
  const leaked = liveTensors() - tensorsBefore;
  if (leaked !== 0) notes.push(`tfjs: ${leaked} tensors leaked`);
  notes.push('core: train(steps = k) evaluates k + 1 gradients for k steps; counted as k');
  return { id: spec.id, title: spec.title, unit: 'steps/s', target: spec.target, results, checks, notes };
}
