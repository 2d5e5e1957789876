/**
 * Widget "Which optimizer?" (chapter 4): the same small network (2 → h → h → 1, tanh) trained on
 * the same 2-D classification set by each chosen optimizer, from several seeds (each seed draws
 * the initial weights and the batch order, the same for every optimizer), in the worker (task
 * optimizerComparison, a progress report after each run). A table of the final training and
 * validation losses (median, smallest–largest, runs that diverged), the training-loss curves
 * (median line, min–max band) on a log axis, and the same in sentences for a screen reader.
 *
 * State (URL, `compare.*`): compareSchema.ts. Five optimizers × five seeds × 600 steps take about
 * a second, so the input is settled for 300 ms before a run starts (a dragged slider sends one
 * run, not one per position, and a link's state, applied just after mounting, is the first run), and the previous result stays on screen, muted and marked as
 * updating, until the new one lands.
 */
import { useMemo, useRef, useState } from 'react';
import type { OptimizerComparisonOutput } from '../../worker/tasks/optimizerComparison';
import { useComputation } from '../../worker/useComputation';
import { Figure, Select, Slider, WidgetFrame, count, sliderProps, significant } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { Share, stateSpec, useWidgetState } from '../state';
import { ControlGroup, RacerToggles } from '../race/RacerControls';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { COMPARE_LABELS, COMPARE_NAMES, COMPARISON_DATASETS, compareInput, compareSchema, type CompareName, type CompareState, DATASET_LABELS, lrField, selectedNames, TRAIN_POINTS } from './compareSchema';
import { curveBand, describeAll, summarizeAll } from './summary';
import { useSettled } from './useSettled';
import { ValidationStrip } from './ValidationStrip';
import styles from './compare.module.css';

const DATASET_OPTIONS = COMPARISON_DATASETS.map((value) => ({ value, label: DATASET_LABELS[value] }));
const SETTLE_MS = 300;

/** What is on screen: a finished comparison and the settings it ran with. */
interface Shown {
  readonly key: string;
  readonly result: OptimizerComparisonOutput;
  readonly names: readonly CompareName[];
  readonly state: CompareState;
}

/** "12 of 25 runs" with a bar while training; the same box says what was trained once done (no layout jump). */
function Progress({ done, total, running }: { done: number; total: number; running: boolean }) {
  const pct = total > 0 ? (100 * done) / total : 0;
  return (
    <div className={styles.progress}>
      {running ? (
        <div
          className={styles.track}
          role="progressbar"
          aria-label="Training runs finished"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${count(done)} of ${count(total)} runs`}
        >
          <div className={styles.bar} style={{ width: `${pct.toFixed(1)}%` }} />
        </div>
      ) : (
        <div className={styles.track} aria-hidden="true">
          <div className={styles.bar} style={{ width: `${pct.toFixed(1)}%` }} />
        </div>
      )}
      <span data-testid="compare-progress">
        {running ? `Training: ${count(done)} of ${count(total)} runs` : `Trained ${count(total)} runs`}
      </span>
    </div>
  );
}

/** What a link, an embed page or an element attribute can set: the public interface. */
export const whichOptimizerState = stateSpec('compare', compareSchema);

export function WhichOptimizerWidget() {
  const w = useWidgetState(whichOptimizerState);
  const { state, set } = w;

  // The run's input with the state that made it, so what is shown is labelled by its own settings.
  const plan = useMemo(() => {
    const p = compareInput(state);
    return p && { ...p, state };
  }, [state]);
  const planKey = plan ? JSON.stringify(plan.input) : null;
  const settled = useSettled(plan, SETTLE_MS);
  const run = useComputation('optimizerComparison', settled?.input ?? null);

  // The comparison on screen: the latest finished one, with the settings that made it.
  const shownRef = useRef<Shown | null>(null);
  if (run.status === 'done' && run.result && settled && shownRef.current?.result !== run.result) {
    shownRef.current = { key: JSON.stringify(settled.input), result: run.result, names: settled.names, state: settled.state };
  }
  const shown = plan ? shownRef.current : null;
  const fresh = shown !== null && run.status === 'done' && shown.result === run.result && shown.key === planKey;

  const summaries = useMemo(() => (shown ? summarizeAll(shown.names, shown.result.runs) : []), [shown?.result]);
  const bands = useMemo(() => (shown ? shown.result.runs.map(curveBand) : []), [shown?.result]);
  const rates = useMemo(() => {
    const out: { [N in CompareName]?: number } = {};
    if (shown) for (const n of shown.names) out[n] = shown.state[lrField(n)];
    return out;
  }, [shown?.result]);

  const selected = selectedNames(state);
  const [tune, setTune] = useState<CompareName>('adam');
  const tuned: CompareName = state[tune] ? tune : (selected[0] ?? 'sgd');
  const tunedField = lrField(tuned);

  const description = shown ? describeAll(summaries, shown.state.steps, DATASET_LABELS[shown.state.dataset]) : 'The comparison is being computed.';
  const progress = run.status === 'running' ? run.progress : undefined;
  const staleClass = shown && !fresh ? ` ${styles.stale}` : '';

  return (
    <WidgetFrame
      id={whichOptimizerState.id}
      title="Which optimizer?"
      intro={
        <>
          The same small network (two hidden layers of {state.hidden} tanh units) trained on the same data by each optimizer you pick, once per seed; each
          seed draws the starting weights and the order of the mini-batches, the same for every optimizer. Which one “wins” depends on the problem and the
          settings: change the data set, a learning rate or the batch size and the order can change. There is no universally best optimizer.
        </>
      }
      problems={w.problems}
      onDismissProblems={w.dismissProblems}
      share={<Share getUrl={w.shareUrl} />}
      controls={
        <>
          <Slider {...sliderProps(compareSchema.seeds)} value={state.seeds} onChange={(v) => set({ seeds: v })} />
          <Slider {...sliderProps(compareSchema.steps)} value={state.steps} onChange={(v) => set({ steps: v })} />
          <Slider {...sliderProps(compareSchema.batch)} value={state.batch} onChange={(v) => set({ batch: v })} hint={`Examples per step, from ${TRAIN_POINTS} training examples.`} />
          <Slider {...sliderProps(compareSchema.hidden)} value={state.hidden} onChange={(v) => set({ hidden: v })} />
        </>
      }
    >
      <div className={styles.settings}>
        <Select field={compareSchema.dataset} label="Data set" value={state.dataset} options={DATASET_OPTIONS} onChange={(dataset) => set({ dataset })} />
      </div>

      <ControlGroup legend="Optimizers">
        <RacerToggles toggles={COMPARE_NAMES.map((n) => ({ name: n, label: COMPARE_LABELS[n], pressed: state[n] }))} onToggle={(n) => set({ [n]: !state[n] })} />
      </ControlGroup>

      {selected.length > 0 ? (
        <ControlGroup legend="Tune one optimizer">
          <div className={styles.tuning}>
            <Select label="Tune" value={tuned} options={selected.map((n) => ({ value: n, label: COMPARE_LABELS[n] }))} onChange={setTune} />
            <Slider {...sliderProps(compareSchema[tunedField])} value={state[tunedField]} format={(v) => significant(v, 3)} onChange={(v) => set({ [tunedField]: v })} />
          </div>
          <p className={styles.note}>
            Each optimizer has its own α; everything else keeps its usual default (momentum β = 0.9; RMSProp’s ρ = 0.9; Adam’s β₁ = 0.9 and β₂ = 0.999; AdamW’s weight
            decay 0.01). A fair comparison tunes α for each one: try the one that looks worst.
          </p>
        </ControlGroup>
      ) : null}

      {plan === null ? (
        <p className={styles.note}>Choose at least one optimizer to compare.</p>
      ) : (
        <>
          {progress ? (
            <Progress done={progress.done} total={progress.total} running />
          ) : shown ? (
            <Progress done={shown.result.runs.length * shown.state.seeds} total={shown.result.runs.length * shown.state.seeds} running={false} />
          ) : null}
          <div className={styles.results}>
            <div className={`${styles.tableWrap}${staleClass}`} aria-live="polite" aria-busy={!fresh}>
              {shown ? (
                <>
                  <CompareTable summaries={summaries} rates={rates} seeds={shown.state.seeds} steps={shown.state.steps} fresh={fresh} />
                  <p className={styles.note}>
                    A run counts as diverged when its loss stops being a finite number. Here a rate far too large more often leaves the loss stuck high (the tanh
                    units saturate) than sends it to infinity: compare the medians, not only this column.
                  </p>
                </>
              ) : (
                <p className={styles.note}>Training {count(plan.names.length * state.seeds)} runs…</p>
              )}
            </div>
            <div className={staleClass.trim() || undefined}>
              <Figure
                caption={`Training loss on all ${TRAIN_POINTS} training examples against step (log scale): each line is the median over the seeds, the faint band the smallest to the largest; the marks sit at the lines’ ends.`}
                srDescription={description}
              >
                <CompareChart names={shown?.names ?? []} bands={bands} steps={shown?.state.steps ?? state.steps} />
              </Figure>
            </div>
          </div>
          {shown ? (
            <div className={staleClass.trim() || undefined}>
              <Figure caption="Final validation loss of every run (log scale): one mark per seed, the bar at the median. Runs that diverged are left out (the table counts them).">
                <ValidationStrip names={shown.names} runs={shown.result.runs} />
              </Figure>
            </div>
          ) : null}
        </>
      )}
      <ComputeNotice state={run} what="the comparison" />
    </WidgetFrame>
  );
}
