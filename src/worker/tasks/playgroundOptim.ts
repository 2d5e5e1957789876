/**
 * SGD, momentum and Adam with their state in plain arrays, for the playground: the page keeps a
 * run's optimizer state between chunks and sends it back with the weights, so the state must
 * cross postMessage. The core's optimizers keep theirs in private fields, so their update rules
 * are written again here, in the same order of operations (tests hold both to the same bits):
 *   sgd        w ← w − αg
 *   momentum   v ← βv + g;  w ← w − αv                       (core optim/momentum.ts)
 *   adam       m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
 *              w ← w − α (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)   (core optim/adam.ts)
 */
export const PLAYGROUND_OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type PlaygroundOptimizer = (typeof PLAYGROUND_OPTIMIZERS)[number];

export interface OptimizerSettings {
  readonly name: PlaygroundOptimizer;
  /** Momentum's β. */
  readonly beta: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

/**
 * Everything an optimizer remembers: `slots` holds momentum's v, or Adam's m then v (length 0,
 * P or 2P); `powers` Adam's running products β₁ᵗ and β₂ᵗ (kept as products, as the core does,
 * so every engine rounds them alike).
 */
export interface OptimizerState {
  readonly slots: Float64Array;
  readonly powers: Float64Array;
}

export function freshOptimizerState(name: PlaygroundOptimizer, size: number): OptimizerState {
  const slots = new Float64Array(name === 'sgd' ? 0 : name === 'momentum' ? size : 2 * size);
  return { slots, powers: Float64Array.of(1, 1) };
}

/** Slots an optimizer of this kind needs for `size` parameters (to check a state sent back). */
export const slotCount = (name: PlaygroundOptimizer, size: number): number => (name === 'sgd' ? 0 : name === 'momentum' ? size : 2 * size);

/** One update of `w` in place from the gradient `g`, at learning rate `lr`. */
export function optimizerStep(s: OptimizerSettings, state: OptimizerState, w: Float64Array, g: Float64Array, lr: number): void {
  const n = w.length;
  if (s.name === 'sgd') {
    for (let i = 0; i < n; i++) w[i] -= lr * g[i];
    return;
  }
  if (s.name === 'momentum') {
    const v = state.slots, beta = s.beta;
    for (let i = 0; i < n; i++) {
      const vi = beta * v[i] + g[i];
      v[i] = vi;
      w[i] -= lr * vi;
    }
    return;
  }
  const { beta1, beta2, eps } = s;
  const m = state.slots.subarray(0, n), v = state.slots.subarray(n, 2 * n);
  const p1 = state.powers[0] * beta1, p2 = state.powers[1] * beta2;
  const c1 = 1 - p1, c2 = 1 - p2, keep1 = 1 - beta1, keep2 = 1 - beta2;
  for (let i = 0; i < n; i++) {
    const gi = g[i];
    const mi = beta1 * m[i] + keep1 * gi;
    const vi = beta2 * v[i] + keep2 * gi * gi;
    m[i] = mi;
    v[i] = vi;
    const wi = w[i];
    // the core's expression, term for term (its λ·w is 0 for Adam)
    w[i] = wi - lr * (mi / c1 / (Math.sqrt(vi / c2) + eps) + 0 * wi);
  }
  state.powers[0] = p1;
  state.powers[1] = p2;
}
