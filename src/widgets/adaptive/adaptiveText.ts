/** The adaptive-rates widget's sentences: what each plot shows, with numbers. */
import { readableNumber } from '../kit/numberText';
import { againstGradient, type AdaptiveName } from './adaptiveModel';

export const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? readableNumber(v, digits) : '—');

export interface RunSummary {
  readonly name: AdaptiveName;
  readonly title: string;
  readonly effX: Float64Array;
  readonly effY: Float64Array;
  readonly finalLoss: number;
  readonly divergedAt: number | null;
  readonly reason: string | null;
}

/** The last finite value of a series (NaN if none). */
export function lastFinite(xs: Float64Array): number {
  for (let i = xs.length - 1; i >= 0; i--) if (Number.isFinite(xs[i])) return xs[i];
  return NaN;
}

/** "AdaGrad: from 0.2 at step 0 to 0.105 at the end", per optimizer, for one axis. */
export function describeRates(axisName: string, lambda: number, runs: readonly RunSummary[], pick: (r: RunSummary) => Float64Array): string {
  if (runs.length === 0) return `Effective step size along ${axisName}: no optimizer is selected.`;
  const parts = runs.map((r) => {
    const s = pick(r);
    const against = againstGradient(s);
    return (
      `${r.title} from ${fmt(s[0])} at the first step to ${fmt(lastFinite(s))} at the last` +
      (r.divergedAt !== null ? ` (diverged at step ${r.divergedAt})` : '') +
      (against > 0 ? `; ${against} of its steps went against the gradient and are gaps` : '')
    );
  });
  return `Effective step size along ${axisName} (curvature ${fmt(lambda)}, so 1/λ = ${fmt(1 / lambda)}), log scale: ${parts.join('; ')}.`;
}

/** Why SGD diverged on the bowl: its α times the steep axis's curvature is past 2. */
export function sgdDivergence(lr: number, kappa: number): string {
  return `Along the steep axis each SGD step multiplies y by 1 − α·κ = ${fmt(1 - lr * kappa)}: α·λmax = ${fmt(lr)} × ${fmt(kappa)} = ${fmt(lr * kappa)} > 2, so y grows and flips sign every step. Plain SGD needs α < 2/κ = ${fmt(2 / kappa)}, and then crawls along the flat axis, where a step only shrinks x by 1 − α.`;
}
