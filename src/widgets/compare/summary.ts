/**
 * What the widget reads off the worker's runs: per optimizer, the median final training and
 * validation loss over the seeds with their range (min–max), and how many runs diverged; per
 * optimizer, the training-loss curve's median and range at each recorded step; and the
 * sentences a screen reader hears. Pure functions of the output, tested by hand.
 *
 * A diverged run has no final loss worth a median (NaN or ~10³⁰⁰), so the statistics are over
 * the runs that finished; the diverged ones are counted beside them.
 */
import type { ComparisonRun } from '../../worker/tasks/optimizerComparison';
import { significant } from '../kit';
import { COMPARE_LABELS, type CompareName } from './compareSchema';

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface OptimizerSummary {
  readonly name: CompareName;
  /** Runs (seeds) in all. */
  readonly runs: number;
  /** Runs that diverged. */
  readonly diverged: number;
  /** Over the runs that did not diverge; null when every run diverged. */
  readonly train: Spread | null;
  readonly validation: Spread | null;
}

/** The median of the finite values (the mean of the middle two for an even count); NaN if none. */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Median, min and max of the finite values, or null if there are none. */
export function spread(values: readonly number[]): Spread | null {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v) };
}

const finished = (r: ComparisonRun): boolean => r.divergedAt === null;

export function summarize(name: CompareName, runs: readonly ComparisonRun[]): OptimizerSummary {
  const ok = runs.filter(finished);
  return {
    name,
    runs: runs.length,
    diverged: runs.length - ok.length,
    train: spread(ok.map((r) => r.trainLoss)),
    validation: spread(ok.map((r) => r.validationLoss)),
  };
}

export function summarizeAll(names: readonly CompareName[], runs: readonly (readonly ComparisonRun[])[]): OptimizerSummary[] {
  return names.map((n, i) => summarize(n, runs[i] ?? []));
}

/** One optimizer's training loss over steps: median, min and max over the seeds at each recorded step. */
export interface CurveBand {
  readonly steps: Float64Array;
  readonly median: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/**
 * The band of the seeds' curves. Curves share their steps (every 25, and the last) until a run
 * diverges and stops; from there the band is over the runs still going, and a step no finite
 * run reached is NaN (a gap in the plot).
 */
export function curveBand(runs: readonly ComparisonRun[]): CurveBand {
  let longest: Uint32Array = new Uint32Array(0);
  for (const r of runs) if (r.curveSteps.length > longest.length) longest = r.curveSteps;
  const n = longest.length;
  const out = { steps: Float64Array.from(longest), median: new Float64Array(n), min: new Float64Array(n), max: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const at: number[] = [];
    for (const r of runs) if (i < r.curve.length && Number.isFinite(r.curve[i])) at.push(r.curve[i]);
    const s = spread(at);
    out.median[i] = s ? s.median : NaN;
    out.min[i] = s ? s.min : NaN;
    out.max[i] = s ? s.max : NaN;
  }
  return out;
}

/** A loss for reading: three significant digits ("0.0123", "0.693", "4.21×10⁻⁵"). */
export const lossText = (v: number): string => significant(v, 3);

/** "0.12 (0.10–0.15)", or "—" when there is nothing to report. */
export function spreadText(s: Spread | null): string {
  if (!s) return '—';
  return s.min === s.max ? lossText(s.median) : `${lossText(s.median)} (${lossText(s.min)}–${lossText(s.max)})`;
}

const seedsText = (n: number) => `${n} ${n === 1 ? 'seed' : 'seeds'}`;

/** One optimizer in a sentence: "Adam: median validation loss 0.12 (0.10–0.15 over 5 seeds)". */
export function describeOne(s: OptimizerSummary): string {
  const label = COMPARE_LABELS[s.name];
  if (!s.validation || !s.train) return `${label}: diverged in all ${seedsText(s.runs)}`;
  const ok = s.runs - s.diverged;
  const v = s.validation;
  const range = v.min === v.max ? ` over ${seedsText(ok)}` : ` (${lossText(v.min)}–${lossText(v.max)} over ${seedsText(ok)})`;
  const diverged = s.diverged > 0 ? `; diverged in ${s.diverged} of ${s.runs}` : '';
  return `${label}: median validation loss ${lossText(v.median)}${range}, training loss ${lossText(s.train.median)}${diverged}`;
}

/** The lowest median validation loss among those that finished anywhere, or null. */
export function bestByValidation(summaries: readonly OptimizerSummary[]): OptimizerSummary | null {
  let best: OptimizerSummary | null = null;
  for (const s of summaries) if (s.validation && (!best?.validation || s.validation.median < best.validation.median)) best = s;
  return best;
}

/** The whole result for a screen reader: each optimizer, then which had the lowest median. */
export function describeAll(summaries: readonly OptimizerSummary[], steps: number, dataLabel: string): string {
  if (summaries.length === 0) return 'No optimizer is selected.';
  const best = bestByValidation(summaries);
  const lead = `${dataLabel}, ${steps.toLocaleString('en-US')} steps. `;
  const each = summaries.map(describeOne).join('; ') + '.';
  const tail = best ? ` Lowest median validation loss: ${COMPARE_LABELS[best.name]}, on this problem with these settings.` : '';
  return lead + each + tail;
}
