/**
 * What one gradient of a fully connected network costs, counted in multiply-adds (the dense
 * layers' products, which dominate; activations and biases are a lower-order term), for one
 * example:
 *   forward pass        F = Σ aₗ·bₗ over layers aₗ → bₗ
 *   backpropagation     F + Σ aₗ·bₗ (each weight's gradient) + Σ over layers after the first
 *                       of aₗ·bₗ (the gradient handed back to the layer's input)  ≈ 3F
 *   central differences 2 forward passes per parameter: 2·P·F
 * so the ratio grows like 2P/3: with thousands of weights, thousands of times slower.
 */
export interface NetworkShape {
  readonly inputs: number;
  /** Width of each hidden layer. */
  readonly hidden: readonly number[];
  readonly outputs: number;
}

export interface GradientCost {
  readonly parameters: number;
  readonly forward: number;
  readonly backprop: number;
  readonly numerical: number;
  /** numerical ÷ backprop. */
  readonly ratio: number;
}

export const layerSizes = (s: NetworkShape): number[] => [s.inputs, ...s.hidden, s.outputs];

export function gradientCost(s: NetworkShape): GradientCost {
  const sizes = layerSizes(s);
  let parameters = 0, forward = 0, inputGrads = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const [a, b] = [sizes[l], sizes[l + 1]];
    parameters += (a + 1) * b;
    forward += a * b;
    if (l > 0) inputGrads += a * b;
  }
  const backprop = forward + forward + inputGrads;
  const numerical = 2 * parameters * forward;
  return { parameters, forward, backprop, numerical, ratio: numerical / backprop };
}

/** The digit network of the sources: 784 pixels → 15 hidden units → 10 digits. */
export const DIGIT_NETWORK: NetworkShape = { inputs: 784, hidden: [15], outputs: 10 };

/** Seconds at a given rate of multiply-adds per second. */
export const secondsAt = (macs: number, rate: number): number => macs / rate;
