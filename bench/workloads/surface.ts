/**
 * W6: the analytic-surface path the 2-D widgets use — a surface's own value and gradient, an
 * optimizer step, driven by train(): Adam (lr 0.01) on Rosenbrock from (−1.5, 2).
 *   core:       createSurface('rosenbrock') + surfaceProblem + createOptimizer('adam') + train()
 *   yardstick:  handFused/rosenbrockAdam.ts (HandFusedSurfaceAdam), the same formulas inline
 *   tfjs-core:  tfjs/rosenbrock.ts (tfjs has no analytic path: autodiff, as in W4), float32
 */
import { createOptimizer } from '../../src/core/optim/registry';
import { createSurface } from '../../src/core/surfaces';
import { surfaceProblem } from '../../src/core/train/surfaceProblem';
import { train } from '../../src/core/train/train';
import { type AdamSettings, HandFusedSurfaceAdam } from '../handFused/rosenbrockAdam';
import { TfRosenbrockAdam } from '../tfjs/rosenbrock';
import { liveTensors } from '../tfjs/setup';
import { measureInterleaved } from '../timing';
import { type Check, relDiff, type RunContext, type WorkloadReport } from './common';

const START: readonly [number, number] = [-1.5, 2];
const ADAM: AdamSettings = { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
const STEPS = 10_000;

function coreRun() {
  const surface = createSurface('rosenbrock');
  const problem = surfaceProblem(surface, START);
  const adam = createOptimizer('adam', { ...ADAM, biasCorrection: true });
  return {
    problem,
    run: (n: number): number => train(problem, adam, { steps: n, recordParams: false }).steps,
  };
}

export function runSurfaceWorkload(ctx: RunContext): WorkloadReport {
  const tensorsBefore = liveTensors();
  const checks: Check[] = [];
  const notes: string[] = [];
  {
    const core = coreRun(), hf = new HandFusedSurfaceAdam(START[0], START[1], ADAM);
    core.run(STEPS);
    hf.run(STEPS);
    const [cx, cy] = core.problem.values;
    const coreLoss = core.problem.loss();
    checks.push({ label: `loss after ${STEPS} steps`, core: coreLoss, other: hf.loss(), rel: relDiff(coreLoss, hf.loss()), tolerance: 1e-12, strict: true });
    checks.push({ label: `(x, y) after ${STEPS} steps`, core: cx, other: hf.x, rel: Math.max(relDiff(cx, hf.x), relDiff(cy, hf.y)), tolerance: 1e-12, strict: true });
    notes.push(`after ${STEPS} steps: core (x, y) = (${cx}, ${cy}), yardstick (${hf.x}, ${hf.y})${cx === hf.x && cy === hf.y ? ', bit-identical' : ''}`);
  }
  const core = coreRun(), hf = new HandFusedSurfaceAdam(START[0], START[1], ADAM);
  const tf = new TfRosenbrockAdam(START[0], START[1], ADAM);
  const results = measureInterleaved(
    [
      { name: 'core', repSeconds: ctx.repSeconds, run: core.run },
      { name: 'yardstick', repSeconds: ctx.repSeconds, run: (n) => { hf.run(n); return n; } },
      { name: 'tfjs-core', repSeconds: ctx.tfjsRepSeconds, run: (n) => { tf.run(n); return n; } },
    ],
    ctx.timing,
  );
  tf.dispose();
  const leaked = liveTensors() - tensorsBefore;
  if (leaked !== 0) notes.push(`tfjs: ${leaked} tensors leaked`);
  return { id: 'W6', title: 'Rosenbrock surface, Adam lr 0.01, analytic gradient', unit: 'steps/s', target: 0.8, results, checks, notes };
}
