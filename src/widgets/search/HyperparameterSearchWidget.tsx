/**
 * Widget "Hyperparameter search" (chapter 5): grid search against random search over the
 * learning rate α and the L2 strength λ, both on log scales, with the same budget of K² short
 * trainings each: the chapter's degree-9 polynomial on the overfitting widget's default sample
 * and split, trained from zero by gradient descent for SEARCH_EPOCHS steps, scored by its
 * validation loss. All of it runs in the worker (task hyperparameterSearch).
 *
 * On first view only the loss map over the whole box is computed (once per page, kept for the
 * page); the searches run when the reader presses Run, trial by trial with each point drawn as
 * it lands, and a Cancel leaves what landed on screen, labelled as partial. Nothing runs by
 * itself after that: changing the settings asks for another press. State (URL, `search.*`):
 * searchSchema.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HyperparameterSearchInput } from '../../worker/tasks/hyperparameterSearch';
import { useComputation } from '../../worker/useComputation';
import { layout, Button, Figure, Select, Slider, sliderProps, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { count } from '../kit/numberText';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { Markers, type Mark } from './Markers';
import { DIVERGED_Y, ProjectionPlot } from './ProjectionPlot';
import { SearchMap } from './SearchMap';
import { SearchTable } from './SearchTable';
import { deal, gridTrials, interleave, LOG_LAMBDA_BOX, LOG_LR_BOX, mapTrials, randomTrials, searchProblem, SEARCH_EPOCHS, stabilityLimit, summarize, summarizeMap, taskInput, type SearchKind, type SearchSummary, type Trials } from './searchModel';
import { searchSchema as schema, SHOW_VALUES, type SearchState } from './searchSchema';
import { mapSentence, powerText, progressText, projectionSentence, SEARCH_LABELS } from './searchText';
import styles from './search.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const hyperparameterSearchState = stateSpec('search', schema);

const SHOW_OPTIONS = SHOW_VALUES.map((value) => ({ value, label: value === 'both' ? 'Both searches' : SEARCH_LABELS[value] }));

/** The loss map, kept for the page once computed (it depends on nothing the reader sets). */
let mapCache: Float64Array | null = null;
let mapInputCache: HyperparameterSearchInput | null = null;
const mapInput = (): HyperparameterSearchInput => (mapInputCache ??= taskInput(mapTrials()));

/** A pressed Run: the settings it ran with, the two trial lists, and the task's input. */
interface Request {
  readonly key: string;
  readonly side: number;
  readonly seed: number;
  readonly trials: Readonly<Record<SearchKind, Trials>>;
  readonly input: HyperparameterSearchInput;
}

function makeRequest(state: SearchState): Request {
  const grid = gridTrials(state.side), random = randomTrials(state.side, state.seed);
  const input = taskInput(interleave(grid, random));
  return { key: `${state.side}/${state.seed}`, side: state.side, seed: state.seed, trials: { grid, random }, input };
}

/** The scores that landed for a request (interleaved), and whether the run finished. */
interface Landed {
  readonly key: string;
  readonly scores: Float64Array;
  readonly complete: boolean;
}

const marksOn = (trials: Trials, scores: readonly number[], axis: 'map' | 'lr' | 'lambda'): Mark[] =>
  scores.map((s, i) => {
    const diverged = !Number.isFinite(s);
    const x = axis === 'lambda' ? trials.logLambda[i] : trials.logLr[i];
    const y = axis === 'map' ? trials.logLambda[i] : diverged ? DIVERGED_Y : Math.max(0.1, Math.min(0.7, s));
    return { x, y, diverged };
  });

function Progress({ done, total, label, testId }: { done: number; total: number; label: string; testId: string }) {
  const pct = total > 0 ? (100 * done) / total : 0;
  return (
    <div className={styles.progress}>
      <span>{label}: <output data-testid={testId}>{progressText(done, total)}</output></span>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.bar} style={{ width: `${pct.toFixed(1)}%` }} />
      </div>
    </div>
  );
}

export function HyperparameterSearchWidget() {
  const w = useWidgetState(hyperparameterSearchState);
  const { state, set } = w;

  // The loss map: computed once on first view, in the worker.
  // Kept for the page; shown only after hydration, so a second instance hydrates like the server.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const mapRun = useComputation('hyperparameterSearch', mapCache ? null : mapInput());
  if (!mapCache && mapRun.status === 'done' && mapRun.result?.stop === 'completed') mapCache = mapRun.result.scores;
  const map = hydrated ? mapCache : null;
  const limit = useMemo(() => stabilityLimit(searchProblem().trainX), []);
  const mapSummary = useMemo(() => (map ? summarizeMap(map) : null), [map]);

  // The searches: only when Run is pressed.
  const [request, setRequest] = useState<Request | null>(null);
  const [active, setActive] = useState(false);
  const search = useComputation('hyperparameterSearch', request && active ? request.input : null);
  const landedRef = useRef<Landed | null>(null);
  if (request && active) {
    const fromRun = search.status === 'done' && search.result ? search.result.scores : search.status === 'running' ? search.progress?.scores : undefined;
    const prev = landedRef.current;
    if (fromRun && (prev?.key !== request.key || fromRun.length >= prev.scores.length)) {
      landedRef.current = { key: request.key, scores: fromRun, complete: search.status === 'done' && search.result?.stop === 'completed' };
    }
  }
  const landed = request && landedRef.current?.key === request.key ? landedRef.current : null;
  const running = active && search.status === 'running';
  const total = request ? 2 * request.side * request.side : 0;
  const doneCount = landed?.scores.length ?? 0;
  const partial = request !== null && !running && !(landed?.complete ?? false);

  const dealt = useMemo(() => deal(landed?.scores ?? []), [landed?.scores]);
  const summaries = useMemo((): Record<SearchKind, SearchSummary> | null => (request ? {
    grid: summarize(request.trials.grid, dealt.grid),
    random: summarize(request.trials.random, dealt.random),
  } : null), [request, dealt]);

  const kinds: SearchKind[] = state.show === 'both' ? ['grid', 'random'] : [state.show];
  const rows = summaries ? kinds.map((kind) => ({ kind, summary: summaries[kind] })) : [];
  const marks = (axis: 'map' | 'lr' | 'lambda') => request ? kinds.map((kind) => {
    const scores = dealt[kind];
    const best = summaries?.[kind].best?.index ?? null;
    return <Markers key={kind} kind={kind} marks={marksOn(request.trials[kind], scores, axis)} best={best} />;
  }) : null;

  const run = () => {
    const next = makeRequest(state);
    landedRef.current = { key: next.key, scores: new Float64Array(0), complete: false };
    setRequest(next);
    setActive(true);
  };
  const cancel = () => setActive(false);
  const settingsChanged = request !== null && (request.side !== state.side || request.seed !== state.seed);
  const perSearch = state.side * state.side;

  return (
    <WidgetFrame
      id={hyperparameterSearchState.id}
      title="Hyperparameter search"
      intro={
        <>
          Two ways to spend the same budget of short trainings on two hyperparameters, the learning rate α and the penalty λ: a grid of K values of each,
          or K² settings drawn at random in the same box. Each trial trains the degree-9 polynomial from zero for {count(SEARCH_EPOCHS)} steps of gradient
          descent and is scored by its validation loss. Only α matters much here: watch how many values of it each search tries.
        </>
      }
      problems={w.problems}
      onDismissProblems={w.dismissProblems}
      share={<Share getUrl={w.shareUrl} />}
    >
      <div className={styles.controls}>
        <Slider
          {...sliderProps(schema.side)}
          value={state.side}
          format={(k) => `${count(k * k)}`}
          onChange={(side) => set({ side })}
          hint={`A ${state.side} × ${state.side} grid: ${state.side} values of α and ${state.side} of λ; random search draws ${count(perSearch)} of each.`}
        />
        <Select field={schema.show} label={schema.show.label} value={state.show} options={SHOW_OPTIONS} onChange={(show) => set({ show })} />
        <div className={layout.row}>
          <Button onClick={() => set({ seed: nextSeed(state.seed) })}>Draw new random trials</Button>
        </div>
      </div>

      <div className={styles.runRow}>
        {running ? (
          <Button onClick={cancel}>Cancel</Button>
        ) : (
          <Button primary onClick={run}>Run the searches</Button>
        )}
        <div className={styles.progressGroup} aria-live="polite" data-testid="search-status" data-status={running ? 'running' : request ? (partial ? 'partial' : 'done') : 'idle'}>
          {request ? (
            <>
              <Progress done={Math.ceil(doneCount / 2)} total={request.side * request.side} label={SEARCH_LABELS.grid} testId="search-progress-grid" />
              <Progress done={Math.floor(doneCount / 2)} total={request.side * request.side} label={SEARCH_LABELS.random} testId="search-progress-random" />
              {partial ? <p className={styles.note} data-testid="search-partial">Cancelled after {progressText(doneCount, total)}: the results below are partial.</p> : null}
              {settingsChanged ? <p className={styles.note}>Shown: the last run ({count(request.side * request.side)} trials per search, seed {request.seed}). Press Run for the new settings.</p> : null}
            </>
          ) : (
            <p className={styles.note}>Nothing has run yet: press Run the searches to train {count(perSearch)} settings with each search.</p>
          )}
        </div>
      </div>

      {summaries ? (
        <div className={styles.tableWrap}>
          <SearchTable rows={rows} partial={partial} />
        </div>
      ) : null}

      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure
          caption={
            <>
              Validation loss after {count(SEARCH_EPOCHS)} steps for every setting in the box (colour on a log scale, dark is low), hatched where training
              diverged; the dashed line is the stability limit α = 2/λmax ≈ {powerText(limit.logLr)}. Squares: grid trials; circles: random trials; × a
              trial that diverged; the best of each search is outlined.
            </>
          }
          srDescription={mapSentence(mapSummary)}
        >
          <div data-testid="search-map" data-ready={map ? 'true' : 'false'}>
            <SearchMap scores={map} limitLogLr={limit.logLr}>{marks('map')}</SearchMap>
          </div>
        </Figure>
        <div className={styles.projections}>
          <Figure caption="Validation loss of every trial against its α (log scale), whatever its λ: the grid tries only K values of α." srDescription={projectionSentence('lr', rows)}>
            <ProjectionPlot label="Validation loss against log₁₀ α" x={LOG_LR_BOX} xLabel="log₁₀ learning rate α">{marks('lr')}</ProjectionPlot>
          </Figure>
          <Figure caption="The same trials against λ (log scale): the loss barely moves until λ nears its top." srDescription={projectionSentence('lambda', rows)}>
            <ProjectionPlot label="Validation loss against log₁₀ λ" x={LOG_LAMBDA_BOX} xLabel="log₁₀ penalty λ">{marks('lambda')}</ProjectionPlot>
          </Figure>
        </div>
      </div>
      <ComputeNotice state={mapRun} what={`the loss map (${count(mapTrials().logLr.length)} trainings)`} />
      <ComputeNotice state={search} what="the searches" />
    </WidgetFrame>
  );
}
