/**
 * The per-coordinate rates with the numbers substituted, as the core runs them (elementwise):
 *   AdaGrad   G ← G + g²;                 w ← w − αg/(√G + ε)            (adagrad.ts)
 *   RMSProp   E ← ρE + (1 − ρ)g²;         w ← w − αg/(√E + ε)            (rmsprop.ts)
 *   AdaDelta  E[g²] ← ρE[g²] + (1 − ρ)g²; Δ = −√(E[Δ²] + ε)/√(E[g²] + ε)·g;
 *             E[Δ²] ← ρE[Δ²] + (1 − ρ)Δ²; w ← w + αΔ                      (adadelta.ts)
 * Each expression is written in the core's order, so the point after the step is the core's.
 */
import { each, num, pos, vec, type Pair, type StepShown } from './stepFormat';

/** AdaGrad's sum G, or RMSProp's average E, of squared gradients. */
export interface SquaresState {
  readonly sq: Pair;
}

export interface AdadeltaState {
  /** E[g²]. */
  readonly eg: Pair;
  /** E[Δ²]. */
  readonly ed: Pair;
}

export const NO_SQUARES: SquaresState = { sq: [0, 0] };
export const NO_ADADELTA: AdadeltaState = { eg: [0, 0], ed: [0, 0] };

export function adagradStep(eps: number, before: SquaresState, w: Pair, g: Pair, lr: number): StepShown<SquaresState> {
  const G = each((i) => before.sq[i] + g[i] * g[i]);
  const next = each((i) => w[i] - (lr * g[i]) / (Math.sqrt(G[i]) + eps));
  return {
    print: () => [`G ← ${vec(before.sq)} + ${vec(g)}² = ${vec(G)}`, `w ← ${pos(w)} − ${num(lr)}·${vec(g)} / (√${vec(G)} + ${num(eps)}) = ${pos(next)}`],
    state: { sq: G },
    w: next,
  };
}

export function rmspropStep(rho: number, eps: number, before: SquaresState, w: Pair, g: Pair, lr: number): StepShown<SquaresState> {
  const keep = 1 - rho;
  const E = each((i) => rho * before.sq[i] + keep * g[i] * g[i]);
  const next = each((i) => w[i] - (lr * g[i]) / (Math.sqrt(E[i]) + eps));
  return {
    print: () => [`E ← ${num(rho)}·${vec(before.sq)} + ${num(keep)}·${vec(g)}² = ${vec(E)}`, `w ← ${pos(w)} − ${num(lr)}·${vec(g)} / (√${vec(E)} + ${num(eps)}) = ${pos(next)}`],
    state: { sq: E },
    w: next,
  };
}

export function adadeltaStep(rho: number, eps: number, before: AdadeltaState, w: Pair, g: Pair, lr: number): StepShown<AdadeltaState> {
  const keep = 1 - rho;
  const eg = each((i) => rho * before.eg[i] + keep * g[i] * g[i]);
  const delta = each((i) => -(Math.sqrt(before.ed[i] + eps) / Math.sqrt(eg[i] + eps)) * g[i]);
  const ed = each((i) => rho * before.ed[i] + keep * delta[i] * delta[i]);
  const next = each((i) => w[i] + lr * delta[i]);
  return {
    print: () => [
      `E[g²] ← ${num(rho)}·${vec(before.eg)} + ${num(keep)}·${vec(g)}² = ${vec(eg)}`,
      `Δ = −√(${vec(before.ed)} + ${num(eps)}) / √(${vec(eg)} + ${num(eps)})·${vec(g)} = ${vec(delta)}`,
      `E[Δ²] ← ${num(rho)}·${vec(before.ed)} + ${num(keep)}·${vec(delta)}² = ${vec(ed)}`,
      `w ← ${pos(w)} + ${num(lr)}·${vec(delta)} = ${pos(next)}`,
    ],
    state: { eg, ed },
    w: next,
  };
}
