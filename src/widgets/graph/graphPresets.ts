/**
 * The graphs the stepper starts from: each an expression with values for its variables (in
 * order of first appearance). "custom" is whatever the reader types.
 */
export const GRAPH_PRESETS = ['product', 'square', 'neuron', 'gates', 'network', 'custom'] as const;
export type GraphPreset = (typeof GRAPH_PRESETS)[number];

export interface PresetSpec {
  readonly label: string;
  readonly text: string;
  readonly values: readonly number[];
}

export const PRESETS: Readonly<Record<Exclude<GraphPreset, 'custom'>, PresetSpec>> = {
  product: { label: 'x·y + z', text: 'x*y + z', values: [-2, 5, -4] },
  square: { label: 'x²', text: 'x^2', values: [3] },
  neuron: { label: 'A sigmoid neuron', text: 'sigmoid(w0*x0 + w1*x1 + b)', values: [2, -1, -3, -2, -3] },
  gates: { label: 'Add, multiply and max', text: '2*(x*y + max(z, w))', values: [3, -4, 2, -1] },
  // One input x through two ReLU units into a sigmoid output; the loss is −ln p for label 1.
  // x feeds both units, so its gradient is the sum of two paths.
  network: { label: 'A two-layer network, one example', text: '-log(sigmoid(v1*relu(w1*x + b1) + v2*relu(w2*x + b2)))', values: [1.2, 0.8, 1.5, -0.2, -0.7, -1, 2] },
};

export const PRESET_LABELS: Readonly<Record<GraphPreset, string>> = { ...Object.fromEntries(Object.entries(PRESETS).map(([k, p]) => [k, p.label])), custom: 'Type your own' } as Record<GraphPreset, string>;

/** The expression a state stands for: the preset's, or the typed text. */
export const expressionText = (preset: GraphPreset, typed: string): string => (preset === 'custom' ? typed : PRESETS[preset].text);
