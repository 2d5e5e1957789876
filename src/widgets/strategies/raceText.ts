/**
 * The race in words: what each strategy bought with its budget, what a gradient step costs
 * under each accounting, and what went wrong when gradient descent's steps were too long.
 * Pure, so the widget, its screen-reader text and the tests read the same sentences.
 */
import type { GradientCost } from '../../worker/tasks/raceStrategies';
import type { StrategyRaceOutput } from '../../worker/tasks/strategyRace';
import { count } from '../kit/numberText';

export type StrategyKey = 'random' | 'local' | 'gradient';

export const STRATEGY_NAMES: Readonly<Record<StrategyKey, string>> = Object.freeze({
  random: 'Random search',
  local: 'Random local search',
  gradient: 'Gradient descent',
});

/** The Select's options: short labels, the caption explains them. */
export const COST_OPTIONS: readonly { value: GradientCost; label: string }[] = [
  { value: 'call', label: '1 evaluation (one call)' },
  { value: 'passes', label: '2 evaluations (backprop)' },
  { value: 'numerical', label: '10 evaluations (numerical)' },
];

/** One sentence on what a gradient step costs, for the caption. */
export function costSentence(cost: GradientCost): string {
  switch (cost) {
    case 'call':
      return 'A gradient step counts as 1 evaluation: one call returns the loss and its gradient, the way optimization texts count. That flatters gradient descent a little, since the backward pass is real work.';
    case 'passes':
      return 'A gradient step costs 2 evaluations: a forward pass for the loss, then a backward pass (backpropagation) for all 9 partial derivatives at once. For this model the backward pass does about as much arithmetic as the forward pass; in deep networks about twice as much. Both passes grow with the number of weights, but their ratio does not: the whole gradient costs a small, fixed number of forward passes however many weights there are.';
    case 'numerical':
      return 'A gradient step costs N + 1 = 10 evaluations: the loss at W, then at W + h·eᵢ for each of the N = 9 weights (forward differences, h = 10⁻⁵). A network with a million weights would pay a million and one evaluations per step.';
  }
}

/** "What the budget bought" for each strategy. */
export function boughtText(key: StrategyKey, out: StrategyRaceOutput): string {
  if (key === 'random') return `${count(out.random.spent)} random guesses`;
  if (key === 'local') {
    const tries = Math.max(0, out.local.spent - 1);
    return `${count(tries)} ${tries === 1 ? 'try' : 'tries'}, ${count(out.local.accepted)} kept`;
  }
  const { steps, spent } = out.gradient;
  const c = out.stepCost;
  const plural = steps === 1 ? 'step' : 'steps';
  const head = c === 1 ? `${count(steps)} ${plural}` : `${count(steps)} ${plural} of ${c} evaluations`;
  const left = spent - steps * c;
  return left > 0 ? `${head}, + ${count(left)} on a step the budget could not finish` : head;
}

/** The strategy with the lowest training loss (ties: the earlier in the list). */
export function leader(out: StrategyRaceOutput): StrategyKey {
  const keys: StrategyKey[] = ['random', 'local', 'gradient'];
  return keys.reduce((a, b) => (out[b].loss < out[a].loss ? b : a));
}

function fixed(x: number): string {
  return x >= 100 ? count(x) : x.toFixed(x >= 10 ? 2 : 4);
}

/**
 * What went wrong with gradient descent, or null when nothing did: a loss that stopped being
 * a number (the run stops), or a step that raised the loss above where it started (the step
 * overshot the valley). On this model the loss grows only in proportion to the weights, so
 * an overshooting run does not run off to infinity: it lands high and crawls back.
 */
export function gradientTrouble(out: StrategyRaceOutput, learningRate: number): string | null {
  const { divergence, overshoot, loss } = out.gradient;
  if (divergence) {
    return `Gradient descent diverged: ${divergence.reason}. It stopped at evaluation ${count(divergence.evaluation + 1)} and spent no more of its budget. Lower the learning rate α.`;
  }
  if (!overshoot) return null;
  const stuck = !(loss < out.startLoss);
  const what = `Step ${count(overshoot.step)} raised the training loss from ${fixed(overshoot.startLoss)} to ${fixed(overshoot.loss)}: with α = ${learningRate}, the step α·∇L is longer than the valley is wide, so it lands on the far side, higher up.`;
  if (stuck) return `${what} Gradient descent never got back below its starting loss within the budget. Lower α.`;
  return `${what} On this loss the damage is bounded (the loss grows only in proportion to the weights), so later steps crawl back down, but the first ones were wasted.`;
}
