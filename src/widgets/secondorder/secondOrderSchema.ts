/**
 * The state of "Second order" (URL keys `newton.*`): the problem, the quadratic's condition
 * number, the shared start, gradient descent's α, the damped Newton's ridge r, L-BFGS's
 * history m, the run's length, and the network size N of the Hessian calculator.
 *
 * The start's box, x ∈ [−2, 2] and y ∈ [−1, 2], lies inside all three problems' windows, so
 * switching problems never throws the start off the map.
 */
import { defineSchema } from '../state';

export const secondOrderSchema = defineSchema({
  problem: { kind: 'enum', values: ['quadratic', 'rosenbrock', 'saddle'], default: 'rosenbrock', label: 'Problem' },
  kappa: { kind: 'number', min: 1, max: 1000, default: 50, log: true, label: 'Condition number κ' },
  x: { kind: 'number', min: -2, max: 2, default: -1.2, step: 0.01, label: 'Start x' },
  y: { kind: 'number', min: -1, max: 2, default: 1, step: 0.01, label: 'Start y' },
  lr: { kind: 'number', min: 0.0001, max: 1, default: 0.001, log: true, label: 'Gradient descent α' },
  ridge: { kind: 'number', min: 0.01, max: 1000, default: 100, log: true, label: 'Damping r' },
  history: { kind: 'number', min: 1, max: 30, default: 10, integer: true, label: 'L-BFGS history m' },
  steps: { kind: 'number', min: 1, max: 200, default: 40, integer: true, label: 'Steps', unit: 'steps' },
  weights: { kind: 'number', min: 10, max: 1e10, default: 11935, log: true, integer: true, label: 'Weights N' },
});

export type SecondOrderProblem = (typeof secondOrderSchema.problem.values)[number];
