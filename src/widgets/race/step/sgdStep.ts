/** Gradient descent's step with the numbers substituted: w ← w − α·g (the core's sgd.ts). */
import { each, pos, vec, num, type Pair, type StepShown } from './stepFormat';

export function sgdStep(w: Pair, g: Pair, lr: number): StepShown<null> {
  const next = each((i) => w[i] - lr * g[i]);
  return { print: () => [`w ← ${pos(w)} − ${num(lr)}·${vec(g)} = ${pos(next)}`], state: null, w: next };
}
