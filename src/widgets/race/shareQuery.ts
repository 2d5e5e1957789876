/**
 * A short share link: the state's own link without the keys that cannot change this run (an
 * unselected optimizer's hyperparameters; κ and rotation off the quadratic; batch size and seed
 * off the noisy line). A missing key decodes to its default, and the run only reads the kept
 * keys, so the short link replays the same race.
 */
import { RACER_INFO, RACER_NAMES, type RaceField, type RaceState } from './raceSchema';

/** The fields a link for this state can leave out. */
export function unusedFields(state: RaceState): RaceField[] {
  const out: RaceField[] = [];
  for (const name of RACER_NAMES) if (!state[name]) for (const h of RACER_INFO[name].hyper) out.push(h.field);
  if (state.surface !== 'quadratic') out.push('kappa', 'rotation');
  if (state.surface !== 'noisyLine') out.push('batch', 'seed');
  return out;
}

/** `url` (the widget's full share link, keys `prefix.field`) without the unused fields. */
export function compactShareUrl(url: string, state: RaceState, prefix = 'race.'): string {
  const u = new URL(url);
  for (const field of unusedFields(state)) u.searchParams.delete(prefix + field);
  return u.toString();
}
