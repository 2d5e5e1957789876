/**
 * Heavy-ball and Nesterov momentum with the numbers substituted, in the core's form
 * (momentum.ts, nesterov.ts): v ← βv + g, then w ← w − αv, or w ← w − α(g + βv) for Nesterov.
 * v collects gradients; α (the schedule's α_t) multiplies it at each step.
 */
import { each, num, pos, vec, type Pair, type StepShown } from './stepFormat';

export interface VelocityState {
  /** The velocity v before the step ((0, 0) at the start). */
  readonly v: Pair;
}

export const NO_VELOCITY: VelocityState = { v: [0, 0] };

export function momentumStep(beta: number, nesterov: boolean, before: VelocityState, w: Pair, g: Pair, lr: number): StepShown<VelocityState> {
  const v = each((i) => beta * before.v[i] + g[i]);
  const vLine = () => `v ← ${num(beta)}·${vec(before.v)} + ${vec(g)} = ${vec(v)}`;
  if (!nesterov) {
    const next = each((i) => w[i] - lr * v[i]);
    return { print: () => [vLine(), `w ← ${pos(w)} − ${num(lr)}·${vec(v)} = ${pos(next)}`], state: { v }, w: next };
  }
  const next = each((i) => w[i] - lr * (g[i] + beta * v[i]));
  return { print: () => [vLine(), `w ← ${pos(w)} − ${num(lr)}·(${vec(g)} + ${num(beta)}·${vec(v)}) = ${pos(next)}`], state: { v }, w: next };
}
