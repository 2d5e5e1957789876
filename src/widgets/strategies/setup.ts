/**
 * The race's settings: its schema (URL keys `race.loss`, `race.budget`, …), its defaults and
 * the worker input they make. Chapter 3's numbers module imports DEFAULT_RACE_INPUT and runs it
 * with runTaskSync, so the prose prints the same race the widget shows before anyone touches it.
 *
 * Why these defaults (measured on the three-blobs data, medians over seeds 1–9, budget 100 to
 * 1,000): random search does best with σ ≈ 2–3, random local search with δ ≈ 0.3–1, gradient
 * descent with α ≈ 10 (the loss is flat: near the minimum its gradient is small, so long steps
 * pay). Each strategy gets a setting near its own best, so the race is fair.
 */
import type { StrategyRaceInput } from '../../worker/tasks/strategyRace';
import { type StateOf, defaultState, defineSchema } from '../state/schema';

export const raceSchema = defineSchema({
  loss: { kind: 'enum', values: ['svm', 'softmax'], default: 'svm', label: 'Loss' },
  budget: { kind: 'number', min: 10, max: 10000, default: 1000, integer: true, log: true, label: 'Budget (loss evaluations)' },
  cost: { kind: 'enum', values: ['call', 'passes', 'numerical'], default: 'passes', label: 'Gradient costs' },
  seed: { kind: 'seed', default: 1 },
  sigma: { kind: 'number', min: 0.1, max: 20, default: 2, log: true, label: 'Random search spread σ' },
  delta: { kind: 'number', min: 0.001, max: 10, default: 0.3, log: true, label: 'Local search step δ' },
  lr: { kind: 'number', min: 0.001, max: 10000, default: 10, log: true, label: 'Learning rate α' },
});

export type RaceState = StateOf<typeof raceSchema>;

/** The worker input for a widget state. */
export function raceInput(state: RaceState): StrategyRaceInput {
  return {
    loss: state.loss,
    budget: state.budget,
    gradientCost: state.cost,
    seed: state.seed,
    sigma: state.sigma,
    delta: state.delta,
    learningRate: state.lr,
  };
}

/** True when a result's settings are exactly this input (so the result is not stale). */
export function sameRace(a: StrategyRaceInput, b: StrategyRaceInput): boolean {
  return a.loss === b.loss && a.budget === b.budget && a.gradientCost === b.gradientCost && a.seed === b.seed
    && a.sigma === b.sigma && a.delta === b.delta && a.learningRate === b.learningRate;
}

/** What the widget runs before anyone touches it. */
export const DEFAULT_RACE_INPUT: StrategyRaceInput = Object.freeze(raceInput(defaultState(raceSchema)));

/** The step-size widget's settings (URL keys `stepsize.loss`, `stepsize.seed`). */
export const stepSchema = defineSchema({
  loss: { kind: 'enum', values: ['svm', 'softmax'], default: 'svm', label: 'Loss' },
  seed: { kind: 'seed', default: 1, label: 'Starting weights' },
});
