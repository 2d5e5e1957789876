/** What the ensemble widget says in words, shared with the chapter's numbers. */
import { lossText, percentText } from '../dropout/dropoutText';
import type { EnsembleScore } from './ensembleModel';

export function ensembleSentence(ensemble: readonly EnsembleScore[], members: readonly EnsembleScore[], k: number): string {
  const e = ensemble[k - 1];
  const beaten = members.filter((m) => m.loss > e.loss).length;
  const what = k === 1 ? 'One network alone' : `The average of ${k} networks`;
  return `${what}: validation loss ${lossText(e.loss)}, error ${percentText(e.error)}; ` +
    `${beaten} of the ${members.length} networks alone have a higher validation loss.`;
}
