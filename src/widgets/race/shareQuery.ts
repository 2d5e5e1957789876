/**
 * A short share link: the state's own link without the keys that cannot change this run (an
 * unselected optimizer's hyperparameters and schedule; a schedule's kind when it is constant and
 * the parameters its kind does not read; κ and rotation off the quadratic; batch size and seed
 * off the noisy line). A missing key decodes to its default, and the run only reads the kept
 * keys, so the short link replays the same race.
 */
import { RACER_INFO, RACER_NAMES, type RaceField, type RaceState } from './raceSchema';
import { unusedScheduleKeys } from './raceSchedule';

/** The fields a link for this state can leave out. */
export function unusedFields(state: RaceState): RaceField[] {
  const out: RaceField[] = [];
  for (const name of RACER_NAMES) if (!state[name]) for (const h of RACER_INFO[name].hyper) out.push(h.field);
  // A schedule: all of it for an unselected racer, the kind itself when constant (the default),
  // and the parameters its kind does not read.
  for (const name of RACER_NAMES) out.push(...(unusedScheduleKeys(name, state[name] ? state[`${name}_sched`] : null) as RaceField[]));
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
