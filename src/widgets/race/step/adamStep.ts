/**
 * Adam and AdamW with the numbers substituted, as the core runs them (adam.ts, with its bias
 * correction, which the race leaves on):
 *   m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);
 *   w ← w − α(m̂/(√v̂ + ε) + λw)      (λ = 0 for Adam; AdamW's decoupled weight decay)
 * with t the step's number counted from 1, and β₁ᵗ, β₂ᵗ carried as running products, as the
 * core carries them (Math.pow differs between engines in the last place).
 */
import { superscript } from '../../kit/numberText';
import { each, num, pos, vec, type Pair, type StepShown } from './stepFormat';

export interface AdamState {
  readonly m: Pair;
  readonly v: Pair;
  /** Steps taken before this one. */
  readonly t: number;
  /** β₁ᵗ and β₂ᵗ after those steps (1 before the first). */
  readonly beta1Power: number;
  readonly beta2Power: number;
}

export const NO_MOMENTS: AdamState = { m: [0, 0], v: [0, 0], t: 0, beta1Power: 1, beta2Power: 1 };

export interface AdamNumbers {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** AdamW's λ; 0 for Adam. */
  readonly weightDecay: number;
}

export function adamStep(c: AdamNumbers, before: AdamState, w: Pair, g: Pair, lr: number): StepShown<AdamState> {
  const t = before.t + 1;
  const beta1Power = before.beta1Power * c.beta1, beta2Power = before.beta2Power * c.beta2;
  const c1 = 1 - beta1Power, c2 = 1 - beta2Power;
  const keep1 = 1 - c.beta1, keep2 = 1 - c.beta2;
  const m = each((i) => c.beta1 * before.m[i] + keep1 * g[i]);
  const v = each((i) => c.beta2 * before.v[i] + keep2 * g[i] * g[i]);
  const mHat = each((i) => m[i] / c1), vHat = each((i) => v[i] / c2);
  const lambda = c.weightDecay;
  const next = each((i) => w[i] - lr * (m[i] / c1 / (Math.sqrt(v[i] / c2) + c.eps) + lambda * w[i]));
  const wLine = () =>
    lambda === 0
      ? `w ← ${pos(w)} − ${num(lr)}·${vec(mHat)} / (√${vec(vHat)} + ${num(c.eps)}) = ${pos(next)}`
      : `w ← ${pos(w)} − ${num(lr)}·(${vec(mHat)} / (√${vec(vHat)} + ${num(c.eps)}) + ${num(lambda)}·${pos(w)}) = ${pos(next)}`;
  return {
    print: () => [
      `m ← ${num(c.beta1)}·${vec(before.m)} + ${num(keep1)}·${vec(g)} = ${vec(m)}`,
      `v ← ${num(c.beta2)}·${vec(before.v)} + ${num(keep2)}·${vec(g)}² = ${vec(v)}`,
      `m̂ = m / (1 − ${num(c.beta1)}${superscript(String(t))}) = ${vec(mHat)};  v̂ = v / (1 − ${num(c.beta2)}${superscript(String(t))}) = ${vec(vHat)}`,
      wLine(),
    ],
    state: { m, v, t, beta1Power, beta2Power },
    w: next,
  };
}
