/**
 * How many points a grid search needs: k values per weight and N weights make k^N points.
 * The counts outgrow any number type quickly, so they are reported as exact decimal strings
 * (BigInt) with their digit count. Parameter counts come from the core's own MLP.
 */
import { mlp } from '../../core';

/** k^N exactly, as a decimal string with thousands separators when short enough to read. */
export function gridPoints(valuesPerWeight: number, weights: number): { exact: string; digits: number } {
  const n = BigInt(valuesPerWeight) ** BigInt(weights);
  const s = n.toString();
  return {
    exact: s.length <= 24 ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : `${s.slice(0, 6)}… (${s.length} digits)`,
    digits: s.length,
  };
}

/** Weights and biases of a fully connected network with these layer sizes, counted by the core. */
export function networkParameters(sizes: readonly number[]): number {
  return mlp({ sizes, activation: 'tanh', loss: sizes[sizes.length - 1] > 1 ? 'softmaxCrossEntropy' : 'mse' }).params.size;
}
