/**
 * Failure that is not a blow-up: the run keeps finite numbers but does not learn. Three shapes,
 * read off the loss history (the training loss on all training points, evaluation mode, so it
 * is not batch noise):
 *   risen   it ends above where it started;
 *   rising  it went up over most of the recent measurements;
 *   stuck   after many steps it is still no better than a network that ignores its input: the
 *           "baseline", predicting the class shares (cross-entropy = their entropy) or the mean
 *           target (squared error = the targets' variance). That is the least the data allows.
 * The session keeps playing; the widget says what happened and why (failureText.ts).
 */
import type { LossHistory } from './session';

export type FailureKind = 'risen' | 'rising' | 'stuck';

export interface Failure {
  readonly kind: FailureKind;
  /** The step of the newest measurement. */
  readonly step: number;
  /** The loss the comparison starts from (step 0 for risen and stuck, the window's first for rising). */
  readonly from: number;
  readonly to: number;
  /** The input-blind baseline. */
  readonly baseline: number;
  /** Measurements in the recent window (rising), or 0. */
  readonly window: number;
}

/** Steps before any verdict: the first few dozen steps of a good run can wobble up. */
export const MIN_STEPS = 100;
/** Steps before "stuck": a slow but healthy run needs a few hundred to leave the baseline. */
export const STUCK_STEPS = 500;
/** Recent measurements looked at for "rising" and "stuck". */
export const WINDOW = 12;
/** A rise counts when it is at least this share of the start (noise of a good run is below). */
const RISE = 0.05;

/** What a network that ignores its input reaches on these training labels or targets. */
export function baselineLoss(y: ArrayLike<number>, classes: number, regression: boolean): number {
  const n = y.length;
  if (n === 0) return NaN;
  if (regression) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i] / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (y[i] - mean) ** 2 / n;
    return v;
  }
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  return counts.reduce((h, c) => (c > 0 ? h - (c / n) * Math.log(c / n) : h), 0);
}

export function detectFailure(h: LossHistory, baseline: number): Failure | null {
  const m = h.train.length;
  if (m < 4) return null;
  const step = h.steps[m - 1], to = h.train[m - 1], start = h.train[0];
  if (!(step - h.steps[0] >= MIN_STEPS) || !Number.isFinite(to)) return null;
  if (to > start * (1 + RISE)) return { kind: 'risen', step, from: start, to, baseline, window: 0 };
  const w = Math.min(WINDOW, m);
  const recent = h.train.slice(m - w);
  let ups = 0;
  for (let i = 1; i < w; i++) if (recent[i] > recent[i - 1]) ups++;
  if (w >= 6 && ups >= 0.7 * (w - 1) && to > recent[0] * (1 + RISE)) return { kind: 'rising', step, from: recent[0], to, baseline, window: w };
  // Stuck: even the best recent measurement is no better than the baseline.
  if (step - h.steps[0] >= STUCK_STEPS && Math.min(...recent) >= 0.97 * baseline) return { kind: 'stuck', step, from: start, to, baseline, window: w };
  return null;
}
