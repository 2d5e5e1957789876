/**
 * The tuned racer's step at the timeline's t with its numbers substituted (the third way
 * of showing an optimizer, after its formula and its code). Replayed on the main thread from the
 * race on screen (step/replayStep.ts): cheap for two parameters, and the same numbers as the
 * path. Not a live region: it changes on every step of playback.
 */
import { useMemo } from 'react';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { formatNumber } from '../descent/numberText';
import { RACER_INFO, type RaceState, type RacerName } from './raceSchema';
import { replayStep, type ReplayedStep } from './step/replayStep';
import type { Pair } from './step/stepFormat';
import styles from './race.module.css';

export interface StepPanelProps {
  name: RacerName;
  /** The settings and start of the race on screen, and this racer's result in it. */
  state: RaceState;
  start: Pair;
  result: RacerResult;
  /** The timeline's step. */
  t: number;
}

export function StepPanel({ name, state, start, result, t }: StepPanelProps) {
  const label = RACER_INFO[name].label;
  const stoppedAt = result.divergence ? result.divergence.step : null;
  const step = Math.min(t, result.steps);
  const shown = useMemo((): ReplayedStep | Error | null => {
    if (stoppedAt !== null && step >= stoppedAt) return null;
    try {
      return replayStep(state, name, start, step);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [state, name, start, step, stoppedAt]);

  let body;
  if (shown === null) body = <p className={styles.note}>{label} diverged at step {stoppedAt}: there is no step {step} to show.</p>;
  else if (shown instanceof Error) body = <p className={styles.danger}>Could not replay {label}’s step {step}: {shown.message}</p>;
  else
    body = (
      <>
        <p className={styles.note}>
          {step >= result.steps ? `The run ends after ${result.steps} steps; the next step would be` : `Step ${step} → ${step + 1}`}, with α<sub>{step}</sub> = {formatNumber(shown.lr, 3)}
          {state.surface === 'noisyLine' ? ' and the mini-batch’s gradient' : ''} (elementwise; points to two decimals, other numbers to three digits):
        </p>
        <ol className={styles.stepLines} data-testid="race-step-lines">
          {shown.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
        {shown.agrees ? null : <p className={styles.note}>(The printed arithmetic and the optimizer differ in the last digits here.)</p>}
      </>
    );
  return (
    <div className={styles.step} data-testid="race-step">
      <p className={styles.stepTitle}>{label}’s step with the numbers</p>
      {body}
    </div>
  );
}
