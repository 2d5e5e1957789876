/**
 * W6: the analytic-surface path the 2-D widgets use (worker/tasks/trainSurface.ts): a path of
 * 1,000 Adam steps (lr 0.01) on Rosenbrock from (−1.5, 2), recomputed from the start as after
 * a slider change, keeping every point and its loss.
 *   core:       createSurface('rosenbrock') + surfaceProblem + a reset Adam + train({ recordParams })
 *   yardstick:  handFused/rosenbrockAdam.ts (surfaceAdamPath), the same formulas inline, into
 *               arrays allocated once
 *   tfjs-core:  tfjs/rosenbrock.ts (tfjs has no analytic path: autodiff, as in W4), float32
 */
import { createOptimizer } from '../../src/core/optim/registry';
import { createSurface } from '../../src/core/surfaces/registry';
import { surfaceProblem } from '../../src/core/train/surfaceProblem';
import { train, type Trajectory } from '../../src/core/train/train';
import { type AdamSettings, surfaceAdamPath } from '../handFused/rosenbrockAdam';
import { TfRosenbrockAdam } from '../tfjs/rosenbrock';
import { liveTensors } from '../tfjs/setup';
import { measureInterleaved } from '../timing';
import { type Check, maxRelDiff, type RunContext, type WorkloadReport } from './common';

const START: readonly [number, number] = [-1.5, 2];
const ADAM: AdamSettings = { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
/** Steps in one path, and in the correctness check. */
const PATH = 1_000;
const CHECK = 10_000;

function corePaths() {
  const surface = createSurface('rosenbrock');
  const adam = createOptimizer('adam', { ...ADAM, biasCorrection: true });
  return (steps: number): Trajectory => {
    adam.reset();
    return train(surfaceProblem(surface, START), adam, { steps, recordParams: true });
  };
}

export function runSurfaceWorkload(ctx: RunContext): WorkloadReport {
  const tensorsBefore = liveTensors();
  const checks: Check[] = [];
  const notes: string[] = [];
  {
    const core = corePaths()(CHECK);
    const path = new Float64Array(2 * (CHECK + 1)), losses = new Float64Array(CHECK + 1);
    surfaceAdamPath(START[0], START[1], ADAM, CHECK, path, losses);
    checks.push({ label: `losses over ${CHECK} steps`, core: core.losses[CHECK], other: losses[CHECK], rel: maxRelDiff(core.losses, losses), tolerance: 1e-12, strict: true });
    checks.push({ label: `path over ${CHECK} steps`, core: core.params?.[2 * CHECK] ?? NaN, other: path[2 * CHECK], rel: maxRelDiff(core.params ?? [], path), tolerance: 1e-12, strict: true });
  }
  const core = corePaths();
  const path = new Float64Array(2 * (PATH + 1)), losses = new Float64Array(PATH + 1);
  const tf = new TfRosenbrockAdam(START[0], START[1], ADAM);
  const results = measureInterleaved(
    [
      {
        name: 'core', repSeconds: ctx.repSeconds, run: (n) => {
          for (let r = 0; r < n; r++) core(PATH);
          return n * PATH;
        },
      },
      {
        name: 'yardstick', repSeconds: ctx.repSeconds, run: (n) => {
          for (let r = 0; r < n; r++) surfaceAdamPath(START[0], START[1], ADAM, PATH, path, losses);
          return n * PATH;
        },
      },
      { name: 'tfjs-core', repSeconds: ctx.tfjsRepSeconds, run: (n) => { tf.run(n); return n; } },
    ],
    ctx.timing,
  );
  tf.dispose();
  const leaked = liveTensors() - tensorsBefore;
  if (leaked !== 0) notes.push(`tfjs: ${leaked} tensors leaked`);
  return { id: 'W6', title: 'Rosenbrock surface, Adam lr 0.01: 1,000-step paths', unit: 'steps/s', target: 0.8, results, checks, notes };
}
