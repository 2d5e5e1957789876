/**
 * Every optimizer reaches the minimum of two classic test problems, with the hyperparameters,
 * step budgets and tolerances in the tables below (found by running them; the comments say
 * why a row needs what it needs). "Reaches" means: the distance to the minimizer stays below
 * the tolerance over the last 10% of the budget, not just once.
 *
 * The objectives are written here on purpose, independent of src/core/surfaces.
 */
import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../src/core/optim/objective';
import type { OptimizerName } from '../../../src/core/optim/optimizer';
import { createOptimizer } from '../../../src/core/optim/registry';
import { learningRateAt } from '../../../src/core/optim/schedules';
import type { Schedule } from '../../../src/core/optim/schedules';

// Ill-conditioned quadratic f(w) = ½(w − c)ᵀA(w − c), A = R·diag(1, 50)·Rᵀ with R the rotation
// by 30°: condition number 50, axes not aligned with the coordinates, minimum at c = (2, −1).
const COS = Math.cos(Math.PI / 6);
const SIN = Math.sin(Math.PI / 6);
const A00 = 1 * COS * COS + 50 * SIN * SIN;
const A01 = (1 - 50) * COS * SIN;
const A11 = 1 * SIN * SIN + 50 * COS * COS;
const QUAD_MIN = [2, -1];
const QUAD_START = [-2, 2];

const quadratic: Objective = {
  dim: 2,
  valueAndGrad(w, g) {
    const d0 = w[0] - QUAD_MIN[0];
    const d1 = w[1] - QUAD_MIN[1];
    g[0] = A00 * d0 + A01 * d1;
    g[1] = A01 * d0 + A11 * d1;
    return 0.5 * (d0 * g[0] + d1 * g[1]);
  },
  hessian(_w, h) {
    h[0] = A00;
    h[1] = A01;
    h[2] = A01;
    h[3] = A11;
  },
};

// Rosenbrock f(x, y) = (1 − x)² + 100(y − x²)², minimum (1, 1), started at (−1.5, 2).
const ROSEN_MIN = [1, 1];
const ROSEN_START = [-1.5, 2];

const rosenbrock: Objective = {
  dim: 2,
  valueAndGrad(w, g) {
    const x = w[0];
    const r = w[1] - x * x;
    g[0] = -2 * (1 - x) - 400 * x * r;
    g[1] = 200 * r;
    return (1 - x) * (1 - x) + 100 * r * r;
  },
  hessian(w, h) {
    const x = w[0];
    h[0] = 1200 * x * x - 400 * w[1] + 2;
    h[1] = -400 * x;
    h[2] = -400 * x;
    h[3] = 200;
  },
};

interface Row {
  readonly name: OptimizerName;
  readonly config: Readonly<Record<string, number | boolean>>;
  readonly schedule?: Schedule;
  readonly steps: number;
  readonly tol: number;
}

function distanceTo(w: Float64Array, min: readonly number[]): number {
  return Math.hypot(w[0] - min[0], w[1] - min[1]);
}

/** Runs `row`, returning the largest distance to `min` over the last 10% of the steps. */
function worstTailError(f: Objective, start: readonly number[], min: readonly number[], row: Row): number {
  const opt = createOptimizer(row.name, row.config);
  const baseLr = (opt.config as { lr: number }).lr;
  const w = Float64Array.from(start);
  const g = new Float64Array(2);
  const tailFrom = Math.floor(row.steps * 0.9);
  let worst = 0;
  for (let t = 0; t < row.steps; t++) {
    f.valueAndGrad(w, g);
    const lr = row.schedule === undefined ? undefined : learningRateAt(row.schedule, baseLr, t);
    opt.step(w, g, lr, f);
    if (t >= tailFrom) {
      const e = distanceTo(w, min);
      // `!(e <= worst)` also records NaN, which then fails the assertion.
      if (!(e <= worst)) worst = e;
    }
  }
  return worst;
}

const label = (row: Row): string =>
  `${row.name} ${JSON.stringify(row.config)}${row.schedule ? ` with ${JSON.stringify(row.schedule)}` : ''}: ` +
  `${row.steps} steps, tol ${row.tol}`;

// | optimizer | hyperparameters                 | schedule          | steps  | tolerance |
// |-----------|---------------------------------|-------------------|--------|-----------|
// | sgd       | lr 0.035 (stable below 2/50)    | constant          | 1000   | 1e-6      |
// | momentum  | lr 0.01, beta 0.9               | constant          | 1000   | 1e-6      |
// | nesterov  | lr 0.01, beta 0.9               | constant          | 1000   | 1e-6      |
// | adagrad   | lr 1                            | constant          | 5000   | 1e-6      |
// | adadelta  | defaults (lr 1, rho 0.95, 1e-6) | exponential 0.9995| 20000  | 1e-6      |
// | rmsprop   | lr 0.01                         | constant          | 5000   | 1e-2  (*) |
// | rmsprop   | lr 0.01                         | exponential 0.999 | 20000  | 1e-6      |
// | adam      | lr 0.1                          | constant          | 5000   | 1e-6      |
// | adamw     | lr 0.1, weightDecay 0.01        | constant          | 5000   | 2e-2 (**) |
// | newton    | defaults                        | constant          | 1      | 1e-12     |
// | lbfgs     | defaults                        | constant          | 20     | 1e-6      |
// (*) At a constant lr, RMSprop's steps stay about lr in size near the minimum (g/√E ≈ ±1),
//     so it circles at distance ≈ lr/√2 = 0.0071; a decaying lr (next row) fixes that.
//     AdaDelta has the same neutral oscillation at any constant lr, hence its schedule.
// (**) Decoupled decay pulls w toward 0, so AdamW's fixed point is off the minimum of f
//     (0.009–0.012 here); that offset is the point of weight decay, not an error.
const quadraticRows: readonly Row[] = [
  { name: 'sgd', config: { lr: 0.035 }, steps: 1000, tol: 1e-6 },
  { name: 'momentum', config: { lr: 0.01, beta: 0.9 }, steps: 1000, tol: 1e-6 },
  { name: 'nesterov', config: { lr: 0.01, beta: 0.9 }, steps: 1000, tol: 1e-6 },
  { name: 'adagrad', config: { lr: 1 }, steps: 5000, tol: 1e-6 },
  { name: 'adadelta', config: {}, schedule: { kind: 'exponential', gamma: 0.9995 }, steps: 20000, tol: 1e-6 },
  { name: 'rmsprop', config: { lr: 0.01 }, steps: 5000, tol: 1e-2 },
  { name: 'rmsprop', config: { lr: 0.01 }, schedule: { kind: 'exponential', gamma: 0.999 }, steps: 20000, tol: 1e-6 },
  { name: 'adam', config: { lr: 0.1 }, steps: 5000, tol: 1e-6 },
  { name: 'adamw', config: { lr: 0.1, weightDecay: 0.01 }, steps: 5000, tol: 2e-2 },
  { name: 'newton', config: {}, steps: 1, tol: 1e-12 },
  { name: 'lbfgs', config: {}, steps: 20, tol: 1e-6 },
];

// | optimizer | hyperparameters                 | schedule           | steps  | tolerance |
// |-----------|---------------------------------|--------------------|--------|-----------|
// | sgd       | lr 0.001 (stable: λmax ≈ 1900)  | constant           | 50000  | 1e-6      |
// | momentum  | lr 0.001, beta 0.9              | constant           | 10000  | 1e-6      |
// | nesterov  | lr 0.001, beta 0.9              | constant           | 10000  | 1e-6      |
// | adagrad   | lr 1                            | constant           | 40000  | 1e-6      |
// | adadelta  | defaults                        | exponential 0.9999 | 100000 | 1e-6      |
// | rmsprop   | lr 0.001                        | exponential 0.9999 | 100000 | 1e-6      |
// | adam      | lr 0.005                        | constant           | 20000  | 1e-2 (*)  |
// | adam      | lr 0.005                        | cosine to 0, 20000 | 20000  | 1e-6      |
// | adamw     | lr 0.001, weightDecay 0.01      | constant           | 40000  | 5e-3 (**) |
// | newton    | defaults                        | constant           | 10     | 1e-10     |
// | lbfgs     | defaults                        | constant           | 100    | 1e-10     |
// (*) At a constant lr Adam gets within 1e-6 (first at step 6160) but does not stay: its
//     normalized steps keep jittering along the curved valley, with bursts up to ≈ 2e-3
//     late in the run. Annealing the lr (next row) makes it settle.
// (**) As above, the decay's pull moves the fixed point (≈ 8e-4 here).
const rosenbrockRows: readonly Row[] = [
  { name: 'sgd', config: { lr: 0.001 }, steps: 50000, tol: 1e-6 },
  { name: 'momentum', config: { lr: 0.001, beta: 0.9 }, steps: 10000, tol: 1e-6 },
  { name: 'nesterov', config: { lr: 0.001, beta: 0.9 }, steps: 10000, tol: 1e-6 },
  { name: 'adagrad', config: { lr: 1 }, steps: 40000, tol: 1e-6 },
  { name: 'adadelta', config: {}, schedule: { kind: 'exponential', gamma: 0.9999 }, steps: 100000, tol: 1e-6 },
  { name: 'rmsprop', config: { lr: 0.001 }, schedule: { kind: 'exponential', gamma: 0.9999 }, steps: 100000, tol: 1e-6 },
  { name: 'adam', config: { lr: 0.005 }, steps: 20000, tol: 1e-2 },
  { name: 'adam', config: { lr: 0.005 }, schedule: { kind: 'cosine', totalSteps: 20000, minLr: 0 }, steps: 20000, tol: 1e-6 },
  { name: 'adamw', config: { lr: 0.001, weightDecay: 0.01 }, steps: 40000, tol: 5e-3 },
  { name: 'newton', config: {}, steps: 10, tol: 1e-10 },
  { name: 'lbfgs', config: {}, steps: 100, tol: 1e-10 },
];

describe('convergence on the rotated quadratic (condition number 50)', () => {
  it.each(quadraticRows.map((row) => [label(row), row] as const))('%s', (_label, row) => {
    expect(worstTailError(quadratic, QUAD_START, QUAD_MIN, row)).toBeLessThan(row.tol);
  });

  it('Newton solves it in exactly one step', () => {
    const opt = createOptimizer('newton');
    const w = Float64Array.from(QUAD_START);
    const g = new Float64Array(2);
    quadratic.valueAndGrad(w, g);
    opt.step(w, g, undefined, quadratic);
    expect(Math.abs(w[0] - QUAD_MIN[0])).toBeLessThan(1e-12);
    expect(Math.abs(w[1] - QUAD_MIN[1])).toBeLessThan(1e-12);
  });
});

describe('convergence on Rosenbrock from (−1.5, 2)', () => {
  it.each(rosenbrockRows.map((row) => [label(row), row] as const))('%s', (_label, row) => {
    expect(worstTailError(rosenbrock, ROSEN_START, ROSEN_MIN, row)).toBeLessThan(row.tol);
  });

  it('L-BFGS needs far fewer steps than gradient descent to get within 1e-6', () => {
    const stepsToReach = (name: OptimizerName, config: Readonly<Record<string, number>>, budget: number): number => {
      const opt = createOptimizer(name, config);
      const w = Float64Array.from(ROSEN_START);
      const g = new Float64Array(2);
      for (let t = 1; t <= budget; t++) {
        rosenbrock.valueAndGrad(w, g);
        opt.step(w, g, undefined, rosenbrock);
        if (distanceTo(w, ROSEN_MIN) < 1e-6) return t;
      }
      return Number.POSITIVE_INFINITY;
    };
    const gd = stepsToReach('sgd', { lr: 0.001 }, 100000);
    const quasiNewton = stepsToReach('lbfgs', {}, 1000);
    console.log(`Rosenbrock to 1e-6: L-BFGS ${quasiNewton} steps, gradient descent (lr 0.001) ${gd} steps`);
    expect(Number.isFinite(gd)).toBe(true);
    expect(quasiNewton).toBeLessThan(gd);
    expect(quasiNewton).toBeLessThan(100);
  });
});
