/** The screen-reader description of the methods' picture: the problem, the start, each method's result. */
import type { CriticalPoint } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { formatFixed } from '../descent/numberText';
import { cost, outcome } from './describeRace';
import type { RacerStyle } from './racers';

export function describeMethods(
  title: string,
  start: { readonly x: number; readonly y: number },
  racers: readonly RacerStyle[],
  results: readonly RacerResult[] | null,
  criticalPoints: readonly CriticalPoint[],
): string {
  const from = `${title}, every method from (${formatFixed(start.x)}, ${formatFixed(start.y)}).`;
  if (!results) return `${from} Computing the paths.`;
  const lines = results.map((run, i) => {
    const spent = cost(run);
    return `${racers[i].label}: ${outcome(run, criticalPoints)}${spent ? `, using ${spent}` : ''}.`;
  });
  return [from, ...lines].join(' ');
}
