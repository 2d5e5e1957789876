/**
 * W4: Adam (lr 0.01, β1 0.9, β2 0.999, ε 1e-8, bias correction) on Rosenbrock from (−1.5, 2).
 *   core:        two scalar parameters, f built from ops and traced once into a Program; each step
 *                is program.run() then the Adam optimizer's step on the flat vector
 *   yardstick:  handFused/rosenbrockAdam.ts
 *   tfjs-core:   tfjs/rosenbrock.ts, float32
 */
import type { Program } from '../../src/core/autodiff/program';
import { trace } from '../../src/core/autodiff/program';
import { add, mul, square, sub } from '../../src/core/ops';
import { createOptimizer } from '../../src/core/optim/registry';
import { ParameterSet } from '../../src/core/tensor/parameters';
import { type AdamSettings, HandFusedRosenbrockAdam } from '../handFused/rosenbrockAdam';
import { TfRosenbrockAdam } from '../tfjs/rosenbrock';
import { liveTensors } from '../tfjs/setup';
import { measureInterleaved } from '../timing';
import { type Check, relDiff, type RunContext, type WorkloadReport } from './common';

const START: readonly [number, number] = [-1.5, 2];
const ADAM: AdamSettings = { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
const STEPS = 10_000;

class CoreRosenbrockAdam {
  readonly params = new ParameterSet([
    { name: 'x', shape: [], kind: 'weight' },
    { name: 'y', shape: [], kind: 'weight' },
  ]);
  readonly program: Program;
  private readonly opt = createOptimizer('adam', { ...ADAM, biasCorrection: true });

  constructor() {
    this.params.set(START);
    const x = this.params.get('x'), y = this.params.get('y');
    this.program = trace(() => add(square(sub(1, x)), mul(100, square(sub(y, square(x))))));
  }

  run(n: number): number {
    const { values, grads } = this.params;
    let loss = NaN;
    for (let s = 0; s < n; s++) {
      loss = this.program.run();
      this.opt.step(values, grads);
    }
    return loss;
  }
}

export function runRosenbrockWorkload(ctx: RunContext): WorkloadReport {
  const tensorsBefore = liveTensors();
  const checks: Check[] = [];
  const notes: string[] = [];
  {
    const core = new CoreRosenbrockAdam(), hf = new HandFusedRosenbrockAdam(START[0], START[1], ADAM);
    core.run(STEPS);
    hf.run(STEPS);
    const coreLoss = core.program.forward(), [cx, cy] = core.params.values;
    checks.push({ label: `loss after ${STEPS} steps`, core: coreLoss, other: hf.loss(), rel: relDiff(coreLoss, hf.loss()), tolerance: 1e-12, strict: true });
    checks.push({ label: `(x, y) after ${STEPS} steps`, core: cx, other: hf.x, rel: Math.max(relDiff(cx, hf.x), relDiff(cy, hf.y)), tolerance: 1e-12, strict: true });
    notes.push(`after ${STEPS} steps: core (x, y) = (${cx}, ${cy}), yardstick (${hf.x}, ${hf.y})${cx === hf.x && cy === hf.y ? ', bit-identical' : ''}`);
    const tf = new TfRosenbrockAdam(START[0], START[1], ADAM);
    tf.run(STEPS);
    // The loss ends near 1e-16, below float32 resolution around (1, 1): compare the point instead.
    const [tx, ty] = tf.point();
    checks.push({ label: `tfjs float32 (x, y) after ${STEPS} steps`, core: cx, other: tx, rel: Math.max(relDiff(cx, tx), relDiff(cy, ty)), tolerance: 1e-3, strict: false });
    notes.push(`tfjs loss after ${STEPS} steps ${tf.loss()} (float32), core ${coreLoss}`);
    tf.dispose();
  }

  const core = new CoreRosenbrockAdam(), hf = new HandFusedRosenbrockAdam(START[0], START[1], ADAM);
  const tf = new TfRosenbrockAdam(START[0], START[1], ADAM);
  const results = measureInterleaved(
    [
      { name: 'core', repSeconds: ctx.repSeconds, run: (n) => { core.run(n); return n; } },
      { name: 'yardstick', repSeconds: ctx.repSeconds, run: (n) => { hf.run(n); return n; } },
      { name: 'tfjs-core', repSeconds: ctx.tfjsRepSeconds, run: (n) => { tf.run(n); return n; } },
    ],
    ctx.timing,
  );
  tf.dispose();
  const leaked = liveTensors() - tensorsBefore;
  if (leaked !== 0) notes.push(`tfjs: ${leaked} tensors leaked`);
  return { id: 'W4', title: 'Rosenbrock, Adam lr 0.01 from (−1.5, 2)', unit: 'steps/s', target: 0.2, results, checks, notes };
}
