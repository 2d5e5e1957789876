/**
 * Widget "Three strategies, one budget" (chapter 3): random search, random local search and
 * gradient descent lower the same training loss of the same linear classifier from the same
 * random start, each allowed the same number of loss evaluations. The race runs in the worker
 * (task strategyRace) and streams its curves; the settings and their defaults are in setup.ts.
 */
import { useMemo } from 'react';
import { useComputation } from '../../worker/useComputation';
import { useRestartNote } from '../kit/layout/restartNote';
import { heldOutCount } from '../../worker/tasks/classifierObjective';
import { layout, count, DivergenceAlert, Figure, Select, Slider, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { BUDGET_STOPS, nearestStop } from './budgetSteps';
import { LOSS_OPTIONS } from './lossOptions';
import { type RaceCurveSet, RaceCurves } from './RaceCurves';
import { RaceTable } from './RaceTable';
import { COST_OPTIONS, STRATEGY_NAMES, type StrategyKey, costSentence, gradientTrouble } from './raceText';
import { raceInput, raceSchema, sameRace } from './setup';
import { SeedButton } from './SeedButton';
import { stepLosses } from './stepLosses';
import { StopSlider } from './StopSlider';
import { StrategySwatch } from './StrategySwatch';
import styles from './strategies.module.css';

const KEYS: readonly StrategyKey[] = ['random', 'local', 'gradient'];
const { budget: budgetField } = raceSchema;

/** Each strategy's one setting: a log slider apiece. */
const TUNING = [
  { key: 'sigma', positions: 160, hint: 'Random search draws every weight from N(0, σ²); the shared start is its first draw.' },
  { key: 'delta', positions: 200, hint: 'Local search tries W + δ·ξ, ξ ~ N(0, I), and keeps it if the loss drops.' },
  { key: 'lr', positions: 240, hint: 'Gradient descent steps to W − α∇L.' },
] as const;
const HELD_OUT = heldOutCount();

const significant = (v: number) => (v >= 100 ? count(v) : String(Number(v.toPrecision(3))));

/** What a link, an embed page or an element attribute can set: the public interface. */
export const strategyRaceState = stateSpec('race', raceSchema);

export function StrategyRaceWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(strategyRaceState);
  const input = raceInput(state);
  const race = useComputation('strategyRace', input);
  const restarted = useRestartNote();
  const { result, progress } = race;
  // The previous result stays on screen while the next one computes: dimmed, and marked stale.
  const fresh = result !== undefined && race.status === 'done' && sameRace(result.settings, input);
  const streaming = race.status === 'running' && progress !== undefined;
  const curves: RaceCurveSet | null = streaming ? progress : result ? { random: result.random.bestSoFar, local: result.local.bestSoFar, gradient: result.gradient.bestSoFar } : null;
  const shownBudget = streaming ? progress.total : (result?.budget ?? state.budget);
  const trouble = result && fresh ? gradientTrouble(result, state.lr) : null;
  const rawSteps = useMemo(
    () => (!streaming && result?.gradient.overshoot ? stepLosses(result.gradient.losses, result.stepCost) : null),
    [streaming, result],
  );

  const description = result
    ? `After ${count(result.budget)} loss evaluations each, starting from a training loss of ${result.startLoss.toFixed(4)}: ` +
      KEYS.map((k) => `${STRATEGY_NAMES[k].toLowerCase()} reached ${result[k].loss.toFixed(4)}`).join(', ') + '.'
    : 'The race is being computed.';

  return (
    <WidgetFrame
      id={strategyRaceState.id}
      title="Three strategies, one budget"
      intro="Three ways to lower the training loss of the same linear classifier, from the same random start, each allowed the same number of loss evaluations."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <StopSlider
          field={budgetField}
          label={budgetField.label}
          value={state.budget}
          stops={BUDGET_STOPS}
          indexOf={nearestStop}
          format={count}
          onChange={(v) => set({ budget: v })}
        />
        <Select field={raceSchema.loss} label="Loss" value={state.loss} options={LOSS_OPTIONS} onChange={(v) => set({ loss: v })} />
        <Select field={raceSchema.cost} label="Gradient costs" value={state.cost} options={COST_OPTIONS} onChange={(v) => set({ cost: v })} />
        <SeedButton seed={state.seed} label="New seed" onNext={() => set({ seed: nextSeed(state.seed) })} />
      </div>

      <ul className={styles.legend} aria-label="Legend">
        {KEYS.map((k) => (
          <li key={k}>
            <StrategySwatch strategy={k} />
            {STRATEGY_NAMES[k]}
          </li>
        ))}
        {rawSteps && (
          <li>
            <StrategySwatch strategy="gradient" raw />
            Gradient descent, loss at each step
          </li>
        )}
      </ul>
      <Figure
        caption={
          <>
            One evaluation is one forward pass over the 100 training examples. All three start from the same random
            weights, drawn like random search’s guesses, so the curves start together. {costSentence(state.cost)}
          </>
        }
        srDescription={description}
      >
        <div data-testid="race-plot" aria-busy={race.status === 'running'}>
          <RaceCurves budget={shownBudget} curves={curves} rawSteps={rawSteps} />
        </div>
      </Figure>

      <div className={result && !fresh ? `${styles.tableWrap} ${styles.stale}` : styles.tableWrap} aria-live="polite" aria-busy={!fresh}>
        {result ? <RaceTable result={result} heldOut={HELD_OUT} fresh={fresh} /> : <p className={styles.note}>Computing the race…</p>}
      </div>
      {trouble && (
        <DivergenceAlert testId="race-trouble">
          <p>{trouble}</p>
        </DivergenceAlert>
      )}
      <p className={styles.status} role="status">
        {race.status === 'running' && progress ? `Racing: ${count(progress.done)} of ${count(progress.total)} evaluations each…` : null}
        {race.status === 'error' ? <span className={styles.danger}>Could not run the race: {race.error?.message}</span> : null}
        {restarted ? ` ${restarted}` : null}
      </p>

      <fieldset className={`${layout.controlsRow} ${styles.tuning}`}>
        <legend>Each strategy’s one setting</legend>
        {TUNING.map(({ key, positions, hint }) => (
          <Slider
            key={key}
            field={raceSchema[key]}
            label={raceSchema[key].label}
            value={state[key]}
            min={raceSchema[key].min}
            max={raceSchema[key].max}
            log
            positions={positions}
            format={significant}
            hint={hint}
            onChange={(v) => set({ [key]: v })}
          />
        ))}
      </fieldset>
    </WidgetFrame>
  );
}
