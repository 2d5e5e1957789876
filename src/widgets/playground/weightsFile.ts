/**
 * The playground's weights as a file: the run's weights with the architecture they belong to,
 * the optimizer state, batch norm's statistics, the step and the loss history, as JSON; the
 * loss history alone as CSV. Reading a file back checks it against the network on the page and
 * names every problem (layer count, each width, inputs, outputs, activations, non-numbers, the
 * size cap); nothing is half-loaded. Pure functions: the component (WeightsIO.tsx) does the I/O.
 */
import { FEATURES } from '../../worker/tasks/playgroundData';
import { batchNormSize, type NetworkConfig, paramCount, PLAYGROUND_ACTIVATIONS } from '../../worker/tasks/playgroundNet';
import { freshOptimizerState, type PlaygroundOptimizer, slotCount } from '../../worker/tasks/playgroundOptim';
import type { PlaygroundRunState } from '../../worker/tasks/playgroundTrain';
import type { LossHistory } from './session';

export const WEIGHTS_FORMAT = 'descent-network-playground-weights';
export const WEIGHTS_VERSION = 1;
/** Longest file read: a 6 × 32 network with Adam's state and a full history is about 0.6 MB. */
export const MAX_WEIGHTS_CHARS = 3_000_000;
/** Bad entries of one array listed one by one; the rest are counted. */
const LISTED = 5;

export interface WeightsFile {
  readonly format: typeof WEIGHTS_FORMAT;
  readonly version: number;
  readonly savedAt: string;
  /** The page's state as a query string: the link that reopens this configuration. */
  readonly state: string;
  readonly network: NetworkConfig;
  readonly optimizer: PlaygroundOptimizer;
  readonly step: number;
  readonly initialLoss: number;
  /** Flat, in the core mlp's order: W1 (inputs × outputs, input rows), b1, (gamma1, beta1,) W2, … */
  readonly weights: number[];
  readonly optimizerState: { readonly slots: number[]; readonly powers: number[] };
  /** Batch norm's running means then variances, layer by layer (empty without it). */
  readonly batchNorm: number[];
  /** Losses as JSON holds them: null where not measured (no test points). */
  readonly lossHistory: { readonly steps: number[]; readonly train: (number | null)[]; readonly test: (number | null)[] };
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function weightsToJson(run: PlaygroundRunState, network: NetworkConfig, optimizer: PlaygroundOptimizer, history: LossHistory, state: string, savedAt = new Date()): string {
  const file: WeightsFile = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    savedAt: savedAt.toISOString(),
    state,
    network,
    optimizer,
    step: run.step,
    initialLoss: run.initialLoss,
    weights: Array.from(run.weights),
    optimizerState: { slots: Array.from(run.optimizer.slots), powers: Array.from(run.optimizer.powers) },
    batchNorm: Array.from(run.batchNorm),
    lossHistory: { steps: [...history.steps], train: history.train.map(finiteOrNull), test: history.test.map(finiteOrNull) },
  };
  return JSON.stringify(file);
}

/** The loss history as CSV, one row per measurement; an empty cell where a loss was not measured. */
export function historyToCsv(h: LossHistory): string {
  const cell = (v: number) => (Number.isFinite(v) ? String(v) : '');
  const rows = h.steps.map((s, i) => `${s},${cell(h.train[i])},${cell(h.test[i])}`);
  return ['step,train_loss,test_loss', ...rows].join('\n') + '\n';
}

export const weightsFileName = (step: number): string => `network-playground-weights-step-${step}.json`;
export const historyFileName = (step: number): string => `network-playground-loss-history-step-${step}.csv`;

export type WeightsResult =
  | { readonly ok: true; readonly run: PlaygroundRunState; readonly history: LossHistory; readonly notes: string[] }
  | { readonly ok: false; readonly problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
};

/** The numbers of `v`, or problems naming each entry that is not a finite number. */
function numbers(name: string, v: unknown, problems: string[]): number[] | null {
  if (!Array.isArray(v)) {
    problems.push(`"${name}" must be a list of numbers, got ${show(v)}.`);
    return null;
  }
  const bad: number[] = [];
  v.forEach((x, i) => { if (typeof x !== 'number' || !Number.isFinite(x)) bad.push(i); });
  if (bad.length === 0) return v as number[];
  const listed = bad.slice(0, LISTED).map((i) => `${name}[${i}] is ${show(v[i])}`).join('; ');
  problems.push(`${listed}${bad.length > LISTED ? `; and ${bad.length - LISTED} more` : ''}: not ${bad.length === 1 ? 'a number' : 'numbers'}.`);
  return null;
}

/** Architecture problems: the file's network against the page's, each difference named. */
function architectureProblems(f: unknown, here: NetworkConfig): string[] {
  if (!isRecord(f)) return [`"network" must describe the architecture, got ${show(f)}.`];
  const out: string[] = [];
  const hidden = Array.isArray(f.hidden) ? f.hidden : null;
  if (!hidden) out.push(`"network.hidden" must list the hidden widths, got ${show(f.hidden)}.`);
  else if (hidden.length !== here.hidden.length) out.push(`The file's network has ${hidden.length} hidden ${hidden.length === 1 ? 'layer' : 'layers'} (${hidden.join(', ') || 'none'}); this one has ${here.hidden.length} (${here.hidden.join(', ') || 'none'}).`);
  else {
    hidden.forEach((w, l) => {
      if (w !== here.hidden[l]) out.push(`Hidden layer ${l + 1} has ${show(w)} units in the file and ${here.hidden[l]} here.`);
    });
    const acts = Array.isArray(f.activations) ? f.activations : [];
    here.activations.forEach((a, l) => {
      const theirs: unknown = acts[l];
      if (theirs !== a) out.push(`Hidden layer ${l + 1}'s activation is ${typeof theirs === 'string' && (PLAYGROUND_ACTIVATIONS as readonly string[]).includes(theirs) ? theirs : show(theirs)} in the file and ${a} here: choose it first.`);
    });
  }
  const features = Array.isArray(f.features) ? f.features : null;
  if (!features || features.some((x) => !(FEATURES as readonly unknown[]).includes(x))) out.push(`"network.features" must list input features, got ${show(f.features)}.`);
  else if (features.join(',') !== here.features.join(',')) out.push(`The file's inputs are ${features.join(', ')}; this network's are ${here.features.join(', ')}.`);
  if (f.outputs !== here.outputs || f.regression !== here.regression) out.push(`The file's network has ${show(f.outputs)} ${f.regression === true ? 'regression output' : 'outputs (classes)'}; this one has ${here.outputs}${here.regression ? ' (regression)' : ' (classes)'}.`);
  if (f.batchNorm !== here.batchNorm) out.push(`Batch normalization is ${f.batchNorm === true ? 'on' : 'off'} in the file and ${here.batchNorm ? 'on' : 'off'} here.`);
  return out;
}

/**
 * Reads a weights file for the network on the page. The optimizer state is kept when the file's
 * optimizer is the one chosen here (else the optimizer starts fresh, said in a note), so
 * training continues from the file's weights either way.
 */
export function parseWeightsFile(text: string, here: NetworkConfig, optimizer: PlaygroundOptimizer): WeightsResult {
  if (text.length > MAX_WEIGHTS_CHARS) return { ok: false, problems: [`The text is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_WEIGHTS_CHARS.toLocaleString('en-US')} are read.`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`Not JSON: ${e instanceof Error ? e.message : String(e)}.`] };
  }
  if (!isRecord(data) || data.format !== WEIGHTS_FORMAT) return { ok: false, problems: [`Not a playground weights file: "format" must be "${WEIGHTS_FORMAT}", got ${show(isRecord(data) ? data.format : data)}.`] };
  if (data.version !== WEIGHTS_VERSION) return { ok: false, problems: [`Weights file version ${show(data.version)} is not one this page reads (${WEIGHTS_VERSION}).`] };
  const problems = architectureProblems(data.network, here);
  const size = paramCount(here);
  const weights = numbers('weights', data.weights, problems);
  if (weights && weights.length !== size) problems.push(`"weights" has ${weights.length} numbers; this network has ${size} parameters.`);
  const bnSize = batchNormSize(here);
  const bn = numbers('batchNorm', data.batchNorm ?? [], problems);
  if (bn && bn.length !== bnSize) problems.push(`"batchNorm" has ${bn.length} numbers; this network keeps ${bnSize} statistics.`);
  if (bn && bn.length === bnSize) {
    // the variances (second half of each layer's block) must be ≥ 0, or the forward pass takes √ of a negative
    let at = 0;
    here.hidden.forEach((w, l) => {
      if (!here.batchNorm) return;
      for (let j = 0; j < w; j++) if (bn[at + w + j] < 0) problems.push(`batchNorm: hidden layer ${l + 1}'s variance ${j + 1} is ${bn[at + w + j]}, below 0.`);
      at += 2 * w;
    });
  }
  const step = data.step;
  if (!(typeof step === 'number' && Number.isSafeInteger(step) && step >= 0)) problems.push(`"step" must be a whole number ≥ 0, got ${show(step)}.`);
  const initialLoss = data.initialLoss;
  if (!(typeof initialLoss === 'number' && Number.isFinite(initialLoss) && initialLoss >= 0)) problems.push(`"initialLoss" must be a number ≥ 0, got ${show(initialLoss)}.`);
  if (problems.length > 0 || !weights || !bn) return { ok: false, problems };

  const notes: string[] = [];
  const s = isRecord(data.optimizerState) ? data.optimizerState : {};
  const kept: string[] = [];
  const slots = numbers('optimizerState.slots', s.slots, kept), powers = numbers('optimizerState.powers', s.powers, kept);
  const sameOptimizer = data.optimizer === optimizer && slots && powers && slots.length === slotCount(optimizer, size) && powers.length === 2;
  if (!sameOptimizer) notes.push(`The optimizer's memory starts fresh (the file's optimizer: ${show(data.optimizer)}; here: ${optimizer}).`);
  const run: PlaygroundRunState = {
    step: step as number,
    initialLoss: initialLoss as number,
    weights: Float64Array.from(weights),
    optimizer: sameOptimizer && slots && powers ? { slots: Float64Array.from(slots), powers: Float64Array.from(powers) } : freshOptimizerState(optimizer, size),
    batchNorm: Float64Array.from(bn),
  };
  return { ok: true, run, history: readHistory(data.lossHistory, run.step, notes), notes };
}

/** The file's loss history up to (not at) its step, or none with a note if it does not read. */
function readHistory(v: unknown, step: number, notes: string[]): LossHistory {
  const empty: LossHistory = { steps: [], train: [], test: [] };
  if (v === undefined) return empty;
  const ok = isRecord(v) && Array.isArray(v.steps) && Array.isArray(v.train) && Array.isArray(v.test)
    && v.steps.length === v.train.length && v.steps.length === v.test.length
    && v.steps.every((x) => typeof x === 'number' && Number.isFinite(x))
    && [...v.train, ...v.test].every((x) => x === null || (typeof x === 'number' && Number.isFinite(x)));
  if (!ok) {
    notes.push('The loss history in the file does not read, so the curve starts here.');
    return empty;
  }
  const steps = v.steps as number[], train = v.train as (number | null)[], test = v.test as (number | null)[];
  const keep = steps.map((_, i) => i).filter((i) => steps[i] < step);
  return { steps: keep.map((i) => steps[i]), train: keep.map((i) => train[i] ?? NaN), test: keep.map((i) => test[i] ?? NaN) };
}
