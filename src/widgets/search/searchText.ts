/**
 * The hyperparameter-search widget's words: numbers as the reader reads them, progress, and
 * what each picture shows, in sentences for a screen reader.
 */
import { count, significant } from '../kit/numberText';
import type { MapSummary, SearchKind, SearchSummary } from './searchModel';

export const SEARCH_LABELS: Readonly<Record<SearchKind, string>> = { grid: 'Grid search', random: 'Random search' };

/** A validation loss: three significant digits, or "diverged". */
export const lossText = (v: number): string => (Number.isFinite(v) ? significant(v, 3) : 'diverged');

/** A rate or strength from its log₁₀: three significant digits. */
export const powerText = (log10: number): string => significant(10 ** log10, 3);

export const progressText = (done: number, total: number): string => `${count(done)} of ${count(total)} trials`;

export function mapSentence(m: MapSummary | null): string {
  if (!m) return 'The loss map is being computed.';
  const best = m.best
    ? `The validation loss is lowest, ${lossText(m.best.score)}, at α ≈ ${powerText(m.best.logLr)} and λ ≈ ${powerText(m.best.logLambda)}: near the largest rates that still converge, and almost the same for every λ up to about 0.01; it rises to ${lossText(m.highest)} at the smallest rates, which underfit in the budget.`
    : 'Every setting diverged.';
  const diverged = m.divergesFrom === null ? 'No setting diverged.' : `${count(m.diverged)} of ${count(m.cells)} settings diverged, every one with α ≥ ${powerText(m.divergesFrom)}.`;
  return `${best} ${diverged}`;
}

export function searchSentence(kind: SearchKind, s: SearchSummary): string {
  const label = SEARCH_LABELS[kind];
  if (s.done === 0) return `${label}: no trials yet.`;
  const partial = s.done < s.total ? ` (${progressText(s.done, s.total)} so far)` : '';
  const best = s.best ? `best validation loss ${lossText(s.best.score)} at α = ${powerText(s.best.logLr)}, λ = ${powerText(s.best.logLambda)}` : 'no trial converged';
  return `${label}${partial}: ${best}; ${count(s.distinctLr)} distinct values of α tried; ${count(s.diverged)} diverged.`;
}

export function projectionSentence(axis: 'lr' | 'lambda', shown: readonly { kind: SearchKind; summary: SearchSummary }[]): string {
  if (shown.every((s) => s.summary.done === 0)) return 'No trials have run yet: press Run the searches.';
  const what = axis === 'lr'
    ? 'Validation loss against log₁₀ α for every trial: it falls as α grows, is lowest just below the rate where training diverges, and diverged trials sit on the top edge.'
    : 'Validation loss against log₁₀ λ for every trial: the loss hardly depends on λ except at its largest values, where it rises.';
  const each = shown.map(({ kind, summary }) => searchSentence(kind, summary)).join(' ');
  return `${what} ${each}`;
}
