/**
 * Chapter 5, "Babysitting a run": CS231n's craft of watching a training run, live. A small
 * softmax classifier (2 → 32 → 32 → 3, ReLU) trains on a 3-class spiral in the worker (task
 * babysit), a part of SEGMENT_STEPS steps at a time with a report every 20 steps; the widget
 * draws the loss, the accuracies and the update-to-weight ratio per layer as they arrive.
 *
 * Nothing runs until the reader presses Train. Pause cancels the worker's run; Train again
 * continues from the step reached (the task keeps the run's state, or replays it from the seed:
 * the same numbers either way). Any change of a setting resets the run. Two sanity checks run
 * on demand: the initial loss against ln 3, and overfitting 20 examples. The run exports as CSV
 * (one row per report) and JSON (settings and every series). State (URL, `babysit.*`):
 * babysitSchema.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useComputation } from '../../worker/useComputation';
import type { BabysitInput } from '../../worker/tasks/babysit';
import { BABYSIT_CHUNK, BABYSIT_LAYERS, BABYSIT_TRAIN_POINTS, BABYSIT_VALIDATION_POINTS, OVERFIT_EXAMPLES } from '../../worker/tasks/babysit';
import { layout, Button, DataTable, download, DivergenceAlert, Figure, LineSwatch, Select, Slider, sliderProps, TableName, Toggle, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { count } from '../kit/numberText';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { AccuracyPlot, LAYER_STYLES, LossPlot, RatioPlot, SERIES_COLORS } from './BabysitPlots';
import { appendPart, buildCsv, buildJson, emptyRun, exportName, isFinished, lastOf, presetOf, type RunRecord, SEGMENT_MS, SEGMENT_STEPS, settingsOf, trainInput } from './babysitModel';
import { babysitSchema as schema, type BabysitState, L2_VALUES, BATCH_VALUES, LR_PRESETS, PRESET_LABELS, PRESET_NAMES, type PresetName } from './babysitSchema';
import { accuracySentence, diagnosis, divergenceText, initialLossVerdict, lossSentence, lossText, overfitVerdict, percentText, ratioSentence, ratioText, statusText } from './babysitText';
import styles from './babysit.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const babysittingState = stateSpec('babysit', schema);

const PRESET_OPTIONS = [...PRESET_NAMES, 'custom' as const].map((value) => ({ value, label: PRESET_LABELS[value] }));
const L2_OPTIONS = L2_VALUES.map((value) => ({ value, label: value === '0' ? '0 (no penalty)' : value }));
const BATCH_OPTIONS = BATCH_VALUES.map((value) => ({ value, label: value === String(BABYSIT_TRAIN_POINTS) ? `${value} (full batch)` : value }));

export function BabysittingWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(babysittingState);
  const settings = useMemo(() => settingsOf(state), [state]);
  const preset = presetOf(state.lr);

  // The run: what has landed, whether it is playing, and the part the worker is computing.
  const [run, setRun] = useState<RunRecord | null>(null);
  const [playing, setPlaying] = useState(false);
  const [part, setPart] = useState<BabysitInput | null>(null);
  const lastAsk = useRef(-Infinity);
  const live = useComputation('babysit', playing ? part : null);

  // A part landed: append it.
  useEffect(() => {
    const out = live.result;
    if (!playing || live.status !== 'done' || out?.mode !== 'train' || !part || out.from !== part.from || out.to !== part.to) return;
    setRun((r) => (r ? appendPart(r, out) : r));
  }, [live.status, live.result, playing, part]);

  // Playing and the last part appended: ask for the next one, at most every SEGMENT_MS.
  useEffect(() => {
    if (!playing || !run) return;
    if (isFinished(run)) {
      setPlaying(false);
      setPart(null);
      return;
    }
    if (part && part.from === run.step) return; // in flight
    const wait = Math.max(0, SEGMENT_MS - (performance.now() - lastAsk.current));
    const id = setTimeout(() => {
      lastAsk.current = performance.now();
      setPart(trainInput(run.settings, run.step, Math.min(run.cap, run.step + SEGMENT_STEPS)));
    }, wait);
    return () => clearTimeout(id);
  }, [playing, run, part]);

  const train = () => {
    if (!run || isFinished(run)) setRun(emptyRun(settings, state.steps));
    setPart(null);
    setPlaying(true);
  };
  const pause = () => {
    // keep what the worker reported before the cancel: the run continues from there
    const p = live.progress;
    if (p?.mode === 'train') setRun((r) => (r ? appendPart(r, p) : r));
    setPlaying(false);
    setPart(null);
  };
  const reset = () => {
    setPlaying(false);
    setPart(null);
    setRun(null);
  };

  // The sanity checks: each runs when its button is pressed, for the settings of that moment.
  const [initialAsk, setInitialAsk] = useState<BabysitInput | null>(null);
  const [overfitAsk, setOverfitAsk] = useState<BabysitInput | null>(null);
  const initial = useComputation('babysit', initialAsk);
  const overfit = useComputation('babysit', overfitAsk);
  const initialOut = initial.status === 'done' && initial.result?.mode === 'initialLoss' ? initial.result : null;
  const overfitOut = overfit.status === 'done' && overfit.result?.mode === 'overfit' ? overfit.result : null;
  const initialResult = initialOut ? initialLossVerdict(initialOut) : null;
  const overfitResult = overfitOut ? overfitVerdict(overfitOut) : null;
  const overfitStep = overfit.status === 'running' && overfit.progress?.mode === 'overfit' ? overfit.progress.step : 0;

  /** Any change of a setting: a different run, so the old one and the checks go. */
  const change = (patch: Partial<BabysitState>) => {
    set(patch);
    reset();
    setInitialAsk(null);
    setOverfitAsk(null);
  };

  const status = statusText(run, playing);
  const note = diagnosis(run);
  const cap = run?.cap ?? state.steps;
  const hasRows = run !== null && run.columns.step.length > 0;

  return (
    <WidgetFrame
      id={babysittingState.id}
      title="Babysitting a run"
      intro={
        <>
          A small network (2 → 32 → 32 → 3) learns to sort {count(BABYSIT_TRAIN_POINTS)} points of a three-armed spiral, checked on {count(BABYSIT_VALIDATION_POINTS)} others.
          Press Train and watch what a practitioner watches: the loss, the accuracies, and how much each step changes the weights. Try the learning-rate presets.
        </>
      }
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Select field={schema.lr} label="Learning rate preset" value={preset} options={PRESET_OPTIONS} onChange={(p: PresetName | 'custom') => { if (p !== 'custom') change({ lr: LR_PRESETS[p] }); }} />
        <Slider {...sliderProps(schema.lr)} value={state.lr} onChange={(lr) => change({ lr })} format={(v) => ratioText(v)} />
        <Select field={schema.l2} label={schema.l2.label} value={state.l2} options={L2_OPTIONS} onChange={(l2) => change({ l2 })} />
        <Select field={schema.batch} label={schema.batch.label} value={state.batch} options={BATCH_OPTIONS} onChange={(batch) => change({ batch })} />
        <Slider {...sliderProps(schema.steps)} value={state.steps} onChange={(steps) => change({ steps })} />
        <Toggle field={schema.momentum} label={schema.momentum.label} checked={state.momentum} onChange={(momentum) => change({ momentum })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Seed {state.seed}</span>
          <Button onClick={() => change({ seed: nextSeed(state.seed) })}>New seed</Button>
        </div>
      </div>

      <div className={`${layout.row} ${styles.runRow}`}>
        {playing ? (
          <Button primary onClick={pause}>Pause</Button>
        ) : (
          <Button primary onClick={train}>{run && run.step > 0 && !isFinished(run) ? 'Resume' : 'Train'}</Button>
        )}
        <Button onClick={reset} disabled={!run}>Reset</Button>
        <p className={styles.status} aria-live="polite" data-testid="babysit-status" data-status={playing ? 'running' : !run ? 'idle' : run.divergence ? 'diverged' : isFinished(run) ? 'done' : 'paused'} data-step={run?.step ?? 0}>
          {status}
        </p>
      </div>

      {run?.divergence ? (
        <DivergenceAlert testId="babysit-divergence">
          <p>{divergenceText(run)}</p>
        </DivergenceAlert>
      ) : null}
      {note ? <p className={styles.note} data-testid="babysit-diagnosis">{note}</p> : null}

      <div className={styles.tableWrap}>
        <DataTable caption={<>Last report (every {BABYSIT_CHUNK} steps)</>} label="Table: step, training and validation loss, training and validation accuracy, update ratios of W1, W2, W3">
          <thead>
            <tr>
              <th scope="col">step</th><th scope="col">training loss</th><th scope="col">validation loss</th><th scope="col">training accuracy</th><th scope="col">validation accuracy</th>
              {BABYSIT_LAYERS.map((l) => <th key={l} scope="col">ratio {l}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <td data-testid="babysit-step">{hasRows ? count(lastOf(run, 'step')) : '–'}</td>
              <td data-testid="babysit-train-loss">{hasRows ? lossText(lastOf(run, 'trainLoss')) : '–'}</td>
              <td data-testid="babysit-val-loss">{hasRows ? lossText(lastOf(run, 'validationLoss')) : '–'}</td>
              <td data-testid="babysit-train-acc">{hasRows ? percentText(lastOf(run, 'trainAccuracy')) : '–'}</td>
              <td data-testid="babysit-val-acc">{hasRows ? percentText(lastOf(run, 'validationAccuracy')) : '–'}</td>
              {BABYSIT_LAYERS.map((l) => <td key={l} data-testid={`babysit-ratio-${l}`}>{hasRows ? ratioText(lastOf(run, `ratio${l}`)) : '–'}</td>)}
            </tr>
          </tbody>
        </DataTable>
      </div>

      <div className={styles.checks}>
        <div className={styles.check}>
          <Button onClick={() => setInitialAsk({ mode: 'initialLoss', ...settings })}>Check the initial loss</Button>
          <p className={styles.checkText} data-testid="babysit-initial" data-verdict={initialResult ? (initialResult.good ? 'pass' : 'fail') : 'none'}>
            {initialResult ? initialResult.text : 'Before training, with small random scores, every class gets probability about 1/3: the loss should be ln 3.'}
          </p>
        </div>
        <div className={styles.check}>
          <Button onClick={() => setOverfitAsk({ mode: 'overfit', ...settings })} disabled={overfit.status === 'running'}>Overfit {OVERFIT_EXAMPLES} examples</Button>
          <p className={styles.checkText} data-testid="babysit-overfit" data-verdict={overfitResult ? (overfitResult.good ? 'pass' : 'fail') : 'none'}>
            {overfitResult ? overfitResult.text : overfit.status === 'running' ? `Training on ${OVERFIT_EXAMPLES} examples: step ${count(overfitStep)}…` : `The same network and learning rate on only ${OVERFIT_EXAMPLES} training points, no penalty: the loss should reach nearly 0.`}
          </p>
        </div>
      </div>

      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure
          caption={
            <>
              <span className={styles.legend}>
                <TableName swatch={<LineSwatch color={SERIES_COLORS.step} />}> each step&apos;s mini-batch loss</TableName>
                <TableName swatch={<LineSwatch color={SERIES_COLORS.train} />}> training loss</TableName>
                <TableName swatch={<LineSwatch color={SERIES_COLORS.validation} dash="6 4" />}> validation loss</TableName>
              </span>
              Loss on a log scale. The faint line is the loss of the mini-batch each step trained on (with the L2 penalty); the solid and dashed lines are the loss on all training and all validation points, without the penalty, every {BABYSIT_CHUNK} steps.
            </>
          }
          srDescription={lossSentence(run)}
        >
          <LossPlot run={run} cap={cap} />
        </Figure>
        <Figure
          caption={
            <>
              <span className={styles.legend}>
                <TableName swatch={<LineSwatch color={SERIES_COLORS.train} />}> training</TableName>
                <TableName swatch={<LineSwatch color={SERIES_COLORS.validation} dash="6 4" />}> validation</TableName>
              </span>
              Accuracy on all training and all validation points, every {BABYSIT_CHUNK} steps. A growing gap is overfitting.
            </>
          }
          srDescription={accuracySentence(run)}
        >
          <AccuracyPlot run={run} cap={cap} />
        </Figure>
        <Figure
          caption={
            <>
              <span className={styles.legend}>
                {BABYSIT_LAYERS.map((l) => <TableName key={l} swatch={<LineSwatch color={LAYER_STYLES[l].color} dash={LAYER_STYLES[l].dash} />}> {l}</TableName>)}
              </span>
              Update-to-weight ratio ‖ΔW‖/‖W‖ of each weight matrix, log scale, from the weights before and after one step: the last step of each {BABYSIT_CHUNK}. Around 10⁻³ (shaded: 10⁻⁴ to 10⁻²) is healthy; far below, the rate is too low; far above, too high.
            </>
          }
          srDescription={ratioSentence(run)}
        >
          <RatioPlot run={run} cap={cap} />
        </Figure>
      </div>

      <div className={layout.row}>
        <Button onClick={() => run && download(buildCsv(run), exportName(run, 'csv'), 'text/csv')} disabled={!hasRows}>Download CSV</Button>
        <Button onClick={() => run && download(buildJson(run, state), exportName(run, 'json'), 'application/json')} disabled={!hasRows}>Download JSON</Button>
      </div>
      <ComputeNotice state={live} what="the run" />
      <ComputeNotice state={overfit} what="the overfitting check" />
    </WidgetFrame>
  );
}
