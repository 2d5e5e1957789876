/**
 * The pure side of "Babysitting a run": settings from the widget's state, the run as the widget
 * accumulates it from the worker's parts, running means, and the CSV and JSON exports.
 */
import type { BabysitChunks, BabysitInput, BabysitSettings } from '../../worker/tasks/babysit';
import { BABYSIT_CHUNK, BABYSIT_CLASSES, BABYSIT_LAYERS, BABYSIT_SIZES } from '../../worker/tasks/babysit';
import { type BabysitState, LR_PRESETS, MOMENTUM_BETA, PRESET_NAMES, type PresetName } from './babysitSchema';

/** Steps the widget asks the worker for at a time while playing, and the least time between asks:
 *  the plots redraw about three times a second and a run of 3,000 steps takes about 10 s. */
export const SEGMENT_STEPS = 100;
export const SEGMENT_MS = 300;
/** The band of update-to-weight ratios called healthy (CS231n: about 10⁻³). */
export const HEALTHY_BAND: readonly [number, number] = [1e-4, 1e-2];
/** Steps averaged by the running mean of the per-step loss. */
export const MEAN_WINDOW = 50;

export function settingsOf(state: BabysitState): BabysitSettings {
  return { lr: state.lr, momentum: state.momentum ? MOMENTUM_BETA : 0, l2: Number(state.l2), batchSize: Number(state.batch), seed: state.seed };
}

/** The preset whose rate this is, or 'custom'. */
export function presetOf(lr: number): PresetName | 'custom' {
  return PRESET_NAMES.find((p) => Math.abs(LR_PRESETS[p] - lr) <= 1e-9 * LR_PRESETS[p]) ?? 'custom';
}

export const trainInput = (s: BabysitSettings, from: number, to: number): BabysitInput => ({ mode: 'train', ...s, from, to });

/** The columns of a run, in the order of the CSV. */
export const COLUMNS = ['step', 'trainLoss', 'validationLoss', 'trainAccuracy', 'validationAccuracy', 'ratioW1', 'ratioW2', 'ratioW3'] as const;
export type Column = (typeof COLUMNS)[number];
export const CSV_HEADER = ['step', 'train_loss', 'val_loss', 'train_acc', 'val_acc', ...BABYSIT_LAYERS.map((l) => `ratio_${l}`)].join(',');

/** A run as far as it got: every chunk's row and every step's mini-batch loss. */
export interface RunRecord {
  /** The settings it ran with and its length. */
  readonly settings: BabysitSettings;
  readonly cap: number;
  readonly step: number;
  readonly columns: Readonly<Record<Column, readonly number[]>>;
  /** stepLoss[i]: the mini-batch objective of step i + 1, before it. */
  readonly stepLoss: readonly number[];
  readonly divergence: { readonly step: number; readonly reason: string } | null;
}

export function emptyRun(settings: BabysitSettings, cap: number): RunRecord {
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, []])) as unknown as Record<Column, number[]>;
  return { settings, cap, step: 0, columns, stepLoss: [], divergence: null };
}

/** What a part of the run (the task's output or a progress snapshot) adds. */
export interface RunPart {
  readonly from: number;
  readonly step: number;
  readonly chunks: BabysitChunks;
  readonly stepLoss: Float64Array;
  readonly divergence?: { readonly step: number; readonly reason: string } | null;
}

/** The run with a part appended; the run itself when the part does not start where it ended. */
export function appendPart(run: RunRecord, part: RunPart): RunRecord {
  if (part.from !== run.step || run.divergence || (part.step <= run.step && !part.divergence)) return run;
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, [...run.columns[c], ...Array.from(part.chunks[c])]])) as unknown as Record<Column, number[]>;
  return { ...run, step: part.step, columns, stepLoss: [...run.stepLoss, ...Array.from(part.stepLoss)], divergence: part.divergence ?? null };
}

export const isFinished = (run: RunRecord): boolean => run.divergence !== null || run.step >= run.cap;

/** The last row of a column, or NaN. */
export const lastOf = (run: RunRecord, c: Column): number => run.columns[c].at(-1) ?? NaN;

/** Trailing running mean over `window` values (fewer at the start); non-finite values pass through. */
export function runningMean(xs: ArrayLike<number>, window = MEAN_WINDOW): Float64Array {
  const out = new Float64Array(xs.length);
  let sum = 0, count = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (!Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    sum += v;
    count++;
    if (i >= window && Number.isFinite(xs[i - window])) {
      sum -= xs[i - window];
      count--;
    }
    out[i] = sum / count;
  }
  return out;
}

const cell = (v: number): string => (Number.isFinite(v) ? String(v) : Number.isNaN(v) ? '' : String(v));

/** One row per recorded chunk; empty cells where a value is not a number (the ratios at step 0). */
export function buildCsv(run: RunRecord): string {
  const n = run.columns.step.length;
  const lines = [CSV_HEADER];
  for (let i = 0; i < n; i++) lines.push(COLUMNS.map((c) => cell(run.columns[c][i])).join(','));
  return `${lines.join('\n')}\n`;
}

/** The run as JSON: the widget's state, the settings the task ran with, and every series
 *  (NaN written as null, ±Infinity as the strings "Infinity" and "-Infinity"). */
export function buildJson(run: RunRecord, state: BabysitState): string {
  const num = (v: number): number | string | null => (Number.isFinite(v) ? v : Number.isNaN(v) ? null : String(v));
  const doc = {
    widget: 'babysit',
    state,
    settings: run.settings,
    network: { sizes: BABYSIT_SIZES, activation: 'relu', loss: 'softmaxCrossEntropy', classes: BABYSIT_CLASSES },
    chunkSteps: BABYSIT_CHUNK,
    cap: run.cap,
    step: run.step,
    divergence: run.divergence,
    chunks: Object.fromEntries(COLUMNS.map((c) => [c, run.columns[c].map(num)])),
    stepLoss: run.stepLoss.map(num),
  };
  return JSON.stringify(doc, null, 1);
}

/** Reads a JSON export's number back (null → NaN). */
export const numberFromJson = (v: number | string | null): number => (v === null ? NaN : Number(v));

/** File names carry the settings: babysit-lr0.03-seed1.csv. */
export const exportName = (run: RunRecord, ext: 'csv' | 'json'): string => `babysit-lr${run.settings.lr}-seed${run.settings.seed}.${ext}`;
