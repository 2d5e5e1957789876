/**
 * The three strategies of CS231n's "Optimization" notes, written as searchers that spend a
 * budget of loss evaluations one at a time, so a race can run them side by side and stop each
 * after exactly the same number:
 *
 *   random search        draw W ~ N(0, σ²I), keep the best ever seen          1 evaluation a draw
 *   random local search  try W + δ·ξ with ξ ~ N(0, I), move if the loss drops 1 evaluation a try
 *   gradient descent     W ← W − α∇L(W)                                       c evaluations a step
 *
 * What one evaluation is: one forward pass over the training set. What a gradient step costs
 * depends on the accounting (GradientCost): one call, a forward plus a backward pass (2), or
 * N + 1 forward passes by forward differences (N = number of weights). Every evaluation slot
 * does real work of that kind, in that order, so counting the passes counts the cost.
 * All three start from the same random W (random search's first draw), so the three curves
 * start at the same loss.
 */
import type { Rng } from '../../core';

/** A loss over weights, as separate passes (see classifierObjective.ts). */
export interface PassObjective {
  readonly dim: number;
  /** One forward pass: the loss at w. */
  forward(w: ArrayLike<number>): number;
  /** One backward pass: the gradient at the last forward pass's point, into g. */
  backward(g: Float64Array): void;
}

/** How a gradient step is paid for (see stepCost). */
export const GRADIENT_COSTS = ['call', 'passes', 'numerical'] as const;
export type GradientCost = (typeof GRADIENT_COSTS)[number];

/** Evaluations one gradient step costs: 1 (a call), 2 (forward + backward), dim + 1 (numerical). */
export function stepCost(cost: GradientCost, dim: number): number {
  if (cost === 'call') return 1;
  if (cost === 'passes') return 2;
  return dim + 1;
}

/** The forward-difference step of the numerical gradient: (L(w + h·eᵢ) − L(w)) / h. */
export const FORWARD_DIFFERENCE_H = 1e-5;

/** What a searcher has found, evaluation by evaluation. */
export interface SearchTrace {
  /** bestSoFar[e] = lowest training loss known after evaluations 0 … e (filled as spent). */
  readonly bestSoFar: Float64Array;
  /** Evaluations actually spent (the budget, unless gradient descent stopped on NaN). */
  spent: number;
  /** Lowest loss found (Infinity before the first evaluation). */
  bestLoss: number;
  /** The weights that gave it. */
  readonly bestWeights: Float64Array;
  /** 0-based evaluation at which the best was found (−1 before any). */
  bestAt: number;
}

export interface Searcher {
  readonly trace: SearchTrace;
  /** Spends evaluation e (0-based, called once for each e in order). */
  spend(e: number): void;
}

function createTrace(budget: number, dim: number): SearchTrace {
  return { bestSoFar: new Float64Array(budget), spent: 0, bestLoss: Infinity, bestWeights: new Float64Array(dim), bestAt: -1 };
}

/** Books a loss found at evaluation e (NaN never becomes the best: `<` is false for it). */
function note(trace: SearchTrace, e: number, loss: number, w: ArrayLike<number>): void {
  if (loss < trace.bestLoss) {
    trace.bestLoss = loss;
    trace.bestWeights.set(w);
    trace.bestAt = e;
  }
}

/** Evaluation e is over: its best-so-far entry is the best known now. */
function close(trace: SearchTrace, e: number): void {
  trace.bestSoFar[e] = trace.bestLoss;
}

/** Random search: evaluation 0 is the shared start, every later one a fresh N(0, σ²I) draw. */
export function randomSearcher(f: PassObjective, start: Float64Array, sigma: number, rng: Rng, budget: number): Searcher {
  const trace = createTrace(budget, f.dim);
  const w = new Float64Array(f.dim);
  return {
    trace,
    spend(e) {
      if (e === 0) w.set(start);
      else for (let i = 0; i < w.length; i++) w[i] = sigma * rng.normal();
      note(trace, e, f.forward(w), w);
      trace.spent++;
      close(trace, e);
    },
  };
}

export interface LocalSearcher extends Searcher {
  /** Tries that lowered the loss and were kept. */
  readonly accepted: () => number;
}

/** Random local search: evaluate the start, then try current + δ·ξ and keep it if lower. */
export function localSearcher(f: PassObjective, start: Float64Array, delta: number, rng: Rng, budget: number): LocalSearcher {
  const trace = createTrace(budget, f.dim);
  const current = Float64Array.from(start);
  const attempt = new Float64Array(f.dim);
  let currentLoss = Infinity;
  let accepted = 0;
  return {
    trace,
    accepted: () => accepted,
    spend(e) {
      if (e === 0) {
        currentLoss = f.forward(current);
      } else {
        for (let i = 0; i < attempt.length; i++) attempt[i] = current[i] + delta * rng.normal();
        const loss = f.forward(attempt);
        if (loss < currentLoss) {
          current.set(attempt);
          currentLoss = loss;
          accepted++;
        }
      }
      note(trace, e, currentLoss, current);
      trace.spent++;
      close(trace, e);
    },
  };
}

/** Where gradient descent went wrong, in words a widget can show. */
export interface Divergence {
  /** The step (0 = the start) whose loss was not a finite number. */
  readonly step: number;
  /** 0-based evaluation at which it was seen. */
  readonly evaluation: number;
  readonly loss: number;
  readonly reason: string;
}

/** The first step whose loss rose above the starting loss: the steps overshoot. */
export interface Overshoot {
  readonly step: number;
  readonly loss: number;
  readonly startLoss: number;
}

export interface GradientSearcher extends Searcher {
  /** Gradient steps taken (weight updates made). */
  readonly steps: () => number;
  /** Loss at every iterate evaluated, in order: losses[t] = L(W_t). */
  readonly losses: () => Float64Array;
  readonly divergence: () => Divergence | null;
  readonly overshoot: () => Overshoot | null;
}

/**
 * Gradient descent at learning rate α, one evaluation slot at a time. A step at W_t spends
 * stepCost slots: slot 0 is always the forward pass that gives L(W_t); then the backward pass
 * (passes) or the N forward differences (numerical); the move comes after the last slot. If the
 * budget ends inside a step, the slots it paid for are spent and no move is made. A loss that
 * is not a finite number stops the descent: the remaining budget is left unspent.
 */
export function gradientSearcher(f: PassObjective, start: Float64Array, learningRate: number, cost: GradientCost, budget: number): GradientSearcher {
  const trace = createTrace(budget, f.dim);
  const n = f.dim;
  const c = stepCost(cost, n);
  const w = Float64Array.from(start);
  const g = new Float64Array(n);
  const probe = new Float64Array(n);
  const losses = new Float64Array(Math.ceil(budget / c));
  let slot = 0; // position inside the current step, 0 … c − 1
  let stepLoss = NaN; // L(W_t), from slot 0
  let steps = 0;
  let divergence: Divergence | null = null;
  let overshoot: Overshoot | null = null;

  const move = () => {
    for (let i = 0; i < n; i++) w[i] -= learningRate * g[i];
    steps++;
  };

  return {
    trace,
    steps: () => steps,
    losses: () => losses.slice(0, steps + (slot > 0 || divergence ? 1 : 0)),
    divergence: () => divergence,
    overshoot: () => overshoot,
    spend(e) {
      if (divergence) {
        close(trace, e);
        return;
      }
      if (slot === 0) {
        stepLoss = f.forward(w);
        losses[steps] = stepLoss;
        if (!Number.isFinite(stepLoss)) {
          divergence = {
            step: steps, evaluation: e, loss: stepLoss,
            reason: `the loss at step ${steps} is ${stepLoss}: the weights grew until the arithmetic overflowed`,
          };
        } else {
          note(trace, e, stepLoss, w);
          if (!overshoot && steps > 0 && stepLoss > losses[0]) overshoot = { step: steps, loss: stepLoss, startLoss: losses[0] };
        }
        if (cost === 'call' && !divergence) {
          // Value and gradient as one call: the backward pass rides on this slot.
          f.backward(g);
          move();
          slot = -1;
        }
      } else if (cost === 'passes') {
        f.backward(g); // the gradient at W_t, from slot 0's forward pass
        move();
        slot = -1;
      } else {
        // Numerical: slot k = 1 … n measures the slope along weight k − 1.
        const i = slot - 1;
        probe.set(w);
        probe[i] += FORWARD_DIFFERENCE_H;
        g[i] = (f.forward(probe) - stepLoss) / FORWARD_DIFFERENCE_H;
        if (slot === n) {
          move();
          slot = -1;
        }
      }
      slot++;
      trace.spent++;
      close(trace, e);
    },
  };
}

/** N(0, σ²I) weights: the shared start, and what random search draws. */
export function randomWeights(dim: number, sigma: number, rng: Rng): Float64Array {
  const w = new Float64Array(dim);
  for (let i = 0; i < dim; i++) w[i] = sigma * rng.normal();
  return w;
}
