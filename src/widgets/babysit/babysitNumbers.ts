/**
 * What "Babysitting a run" shows at its defaults, computed synchronously (Node: the chapter's
 * numbers module, tests) by the same worker task the widget runs. Imports the worker registry,
 * so never import this file from the widget.
 */
import { runTaskSync } from '../../worker/registry';
import type { BabysitInitialLossOutput, BabysitOverfitOutput, BabysitSettings, BabysitTrainOutput } from '../../worker/tasks/babysit';
import { BABYSIT_LAYERS } from '../../worker/tasks/babysit';
import { babysitSchema, LR_PRESETS, PRESET_NAMES, type PresetName, type BabysitState } from './babysitSchema';
import { settingsOf } from './babysitModel';

export interface PresetSummary {
  readonly lr: number;
  /** Steps taken (the default cap, or where it diverged). */
  readonly steps: number;
  readonly initialLoss: number;
  /** Training loss (data loss, whole training set) after the first chunk of 20 steps. */
  readonly lossAtFirstChunk: number;
  readonly finalTrainLoss: number;
  readonly finalValidationLoss: number;
  readonly finalTrainAccuracy: number;
  readonly finalValidationAccuracy: number;
  /** The lowest training loss measured and the step it was measured at. */
  readonly minTrainLoss: number;
  readonly minTrainLossStep: number;
  /** Update-to-weight ratio of W1, W2, W3 over step 20 (the first measured) and the median over the run. */
  readonly firstRatios: Readonly<Record<(typeof BABYSIT_LAYERS)[number], number>>;
  readonly medianRatios: Readonly<Record<(typeof BABYSIT_LAYERS)[number], number>>;
  readonly divergence: { readonly step: number; readonly reason: string } | null;
}

export interface BabysitNumbers {
  /** The settings every preset ran with, apart from its rate. */
  readonly defaults: BabysitSettings & { readonly steps: number };
  readonly presets: Readonly<Record<PresetName, PresetSummary>>;
  readonly initialLoss: BabysitInitialLossOutput;
  readonly overfit: Omit<BabysitOverfitOutput, 'loss'>;
  /** A run whose loss stops being finite: α = 10 with λ = 0.5 (the slider's top and the largest λ). */
  readonly divergenceExample: { readonly lr: number; readonly l2: number; readonly step: number; readonly reason: string } | null;
}

const median = (xs: readonly number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function runTrain(settings: BabysitSettings, steps: number): BabysitTrainOutput {
  const out = runTaskSync('babysit', { mode: 'train', ...settings, from: 0, to: steps });
  if (out.mode !== 'train') throw new Error(`babysitNumbers: expected a train output, got ${out.mode}`);
  return out;
}

function summarize(lr: number, out: BabysitTrainOutput): PresetSummary {
  const c = out.chunks, last = c.step.length - 1;
  let min = 0;
  for (let i = 1; i <= last; i++) if (c.trainLoss[i] < c.trainLoss[min]) min = i;
  const ratios = (pick: (a: Float64Array) => number) => ({ W1: pick(c.ratioW1), W2: pick(c.ratioW2), W3: pick(c.ratioW3) });
  return {
    lr,
    steps: out.step,
    initialLoss: c.trainLoss[0],
    lossAtFirstChunk: c.trainLoss[1],
    finalTrainLoss: c.trainLoss[last],
    finalValidationLoss: c.validationLoss[last],
    finalTrainAccuracy: c.trainAccuracy[last],
    finalValidationAccuracy: c.validationAccuracy[last],
    minTrainLoss: c.trainLoss[min],
    minTrainLossStep: c.step[min],
    firstRatios: ratios((a) => a[1]),
    medianRatios: ratios((a) => median(Array.from(a.subarray(1)))),
    divergence: out.divergence,
  };
}

/** Everything the chapter prints about the widget, at the schema's defaults (about 3 s in Node). */
export function babysitNumbers(): BabysitNumbers {
  const state = Object.fromEntries(Object.entries(babysitSchema).map(([k, f]) => [k, f.default])) as BabysitState;
  const base = settingsOf(state);
  const presets = Object.fromEntries(PRESET_NAMES.map((p) => [p, summarize(LR_PRESETS[p], runTrain({ ...base, lr: LR_PRESETS[p] }, state.steps))])) as Record<PresetName, PresetSummary>;
  const initialLoss = runTaskSync('babysit', { mode: 'initialLoss', ...base });
  const overfitOut = runTaskSync('babysit', { mode: 'overfit', ...base });
  if (initialLoss.mode !== 'initialLoss' || overfitOut.mode !== 'overfit') throw new Error('babysitNumbers: unexpected output');
  const overfit = { mode: overfitOut.mode, examples: overfitOut.examples, budget: overfitOut.budget, threshold: overfitOut.threshold, finalLoss: overfitOut.finalLoss, finalAccuracy: overfitOut.finalAccuracy, belowAt: overfitOut.belowAt, divergence: overfitOut.divergence };
  const diverging = runTrain({ ...base, lr: 10, l2: 0.5 }, state.steps);
  return {
    defaults: { ...base, steps: state.steps },
    presets,
    initialLoss,
    overfit,
    divergenceExample: diverging.divergence ? { lr: 10, l2: 0.5, ...diverging.divergence } : null,
  };
}
