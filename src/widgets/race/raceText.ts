/**
 * The race in words: each racer's outcome as a sentence (screen readers, the legend's notes),
 * and why a racer diverged where the theory says so (plain gradient descent and heavy-ball momentum
 * on the quadratic, whose λmax is κ: α·λmax > 2, or > 2(1 + β) with momentum).
 */
import type { OptimizerRaceOutput, RacerResult } from '../../worker/tasks/optimizerRace';
import { formatNumber, formatPoint } from '../surfaces/formatNumber';
import { RACER_INFO, type RaceState, type RacerName } from './raceSchema';
import { SURFACE_META } from './raceProblem';

/** The theory's reason a racer on the quadratic diverged, or null. */
export function theoryNote(name: RacerName, state: RaceState): string | null {
  if (state.surface !== 'quadratic') return null;
  const lambdaMax = state.kappa; // the core's bowl: λmin = 1, λmax = κ
  if (name === 'sgd') {
    const product = state.sgd_lr * lambdaMax;
    return product > 2 ? `α·λmax = ${formatNumber(product, 3)} > 2` : null;
  }
  if (name === 'momentum') {
    const product = state.momentum_lr * lambdaMax, bound = 2 * (1 + state.momentum_beta);
    return product > bound ? `α·λmax = ${formatNumber(product, 3)} > 2(1 + β) = ${formatNumber(bound, 3)}` : null;
  }
  return null;
}

/** The divergence's reason as shown: the core's words, and the theory's where it applies. */
export function divergenceText(name: RacerName, r: RacerResult, state: RaceState): string | null {
  if (!r.divergence) return null;
  const theory = theoryNote(name, state);
  return theory ? `${theory} (${r.divergence.reason})` : r.divergence.reason;
}

/** The last finite loss a racer recorded. */
export function finalLoss(r: RacerResult): number {
  for (let t = r.losses.length - 1; t >= 0; t--) if (Number.isFinite(r.losses[t])) return r.losses[t];
  return NaN;
}

/** One racer's outcome: "Adam reached loss 0.003 after 120 steps". */
export function racerSentence(name: RacerName, r: RacerResult, state: RaceState): string {
  const label = RACER_INFO[name].label;
  const why = divergenceText(name, r, state);
  if (r.divergence && why !== null) return `${label} diverged at step ${r.divergence.step}: ${why}`;
  const loss = formatNumber(finalLoss(r), 3);
  if (r.arrivedAt !== null) return `${label} came within ${formatNumber(SURFACE_META[state.surface].tolerance)} of the minimum after ${r.arrivedAt} steps and ended at loss ${loss}`;
  return `${label} ended at loss ${loss} after ${r.steps} steps`;
}

/** What the picture shows, in numbers, for a screen reader. */
export function describeRace(names: readonly RacerName[], result: OptimizerRaceOutput | null, state: RaceState, start: readonly [number, number], step: number): string {
  const meta = SURFACE_META[state.surface];
  const where = `${meta.label}${state.surface === 'quadratic' ? ` (κ = ${formatNumber(state.kappa, 3)}, rotated ${Math.round(state.rotation)}°)` : ''}`;
  const head = `Contours of the ${where}, with ${names.length} optimizer path${names.length === 1 ? '' : 's'} from the start ${formatPoint(start[0], start[1])}, ${state.steps} steps each.`;
  if (!result || result.racers.length !== names.length) return `${head} The race is being computed.`;
  const minimum = result.minimum === null ? ' The surface has no minimum: it falls without bound.' : ` Lowest value ${formatNumber(result.minimum, 4)}.`;
  const outcomes = names.map((n, i) => racerSentence(n, result.racers[i], state)).join('; ');
  const now =
    step < state.steps
      ? ` At step ${step}: ` +
        names
          .map((n, i) => {
            const r = result.racers[i];
            const t = Math.min(step, r.losses.length - 1);
            return `${RACER_INFO[n].label} at ${formatPoint(r.params[2 * t], r.params[2 * t + 1], 3)}, loss ${formatNumber(r.losses[t], 3)}`;
          })
          .join('; ') + '.'
      : '';
  return `${head}${minimum} ${outcomes}.${now}`;
}
