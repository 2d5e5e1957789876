/** What the ensemble widget says in words, shared with the chapter's numbers. */
import { lossText, percentText } from '../dropout/dropoutText';
import type { EnsembleScore } from './ensembleModel';

export function ensembleSentence(ensemble: readonly EnsembleScore[], members: readonly EnsembleScore[], k: number): string {
  const e = ensemble[k - 1];
  const worse = members.filter((m) => m.error > e.error).length;
  const what = k === 1 ? 'One network alone' : `The average of ${k} networks`;
  return `${what}: validation error ${percentText(e.error)}, loss ${lossText(e.loss)}; ` +
    `${worse === members.length ? `all ${worse}` : `${worse} of the ${members.length}`} networks alone are wrong more often.`;
}
