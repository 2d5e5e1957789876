/**
 * Chapter 4, "Schedules": a learning-rate schedule's curve α_t, and what it does to mini-batch
 * SGD on the noisy line. Two runs from the same start on the same seeded batches with the same
 * α₀, one with the chosen schedule and one at a constant rate, computed in the worker
 * (optimizerRace); their paths over the full-data MSE's contours, a close-up of their last 50
 * iterates, the full-data MSE above its floor, and two numbers each: the final full-data MSE
 * and the spread of the last 50 iterates. The point: a mini-batch step's noise is
 * proportional to the rate, so lowering the rate late shrinks the cloud the iterates wander in.
 *
 * State (URL, `schedules.*`): the kind and every kind's parameters, α₀, the batch size, the
 * steps and the batch seed (schedulesSchema.ts). The curve is the core's learningRateAt at each
 * step, on this thread: at most 2,000 evaluations, well under a millisecond.
 */
import { type ReactElement, useMemo } from 'react';
import { layout, Button, color, DataTable, DivergenceAlert, Figure, LineSwatch, Select, Slider, sliderProps, TableName, tableCell, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { mseCurvature } from '../batch/curvature';
import { ExcessLossPlot } from './ExcessLossPlot';
import { RateCurvePlot } from './RateCurvePlot';
import { SchedulePathsPlot } from './SchedulePathsPlot';
import { CONSTANT, lastSpread, rateCurve, scheduleOf, SCHEDULED, SCHEDULES_B_RANGE, SCHEDULES_M_RANGE, SCHEDULES_XS, SCHEDULES_YS, schedulesRaceInput, SPREAD_WINDOW } from './scheduleModel';
import { KIND_LABELS, SCHEDULE_KINDS, type ScheduleKindChoice, schedulesSchema as schema } from './schedulesSchema';
import { describeCurve, fmt, runSentence, spreadComparison } from './schedulesText';
import { TailPlot } from './TailPlot';
import styles from './schedules.module.css';

const GRID_INPUT = { xs: SCHEDULES_XS, ys: SCHEDULES_YS, m: SCHEDULES_M_RANGE, b: SCHEDULES_B_RANGE, nx: 101, ny: 101 } as const;
const CURVATURE = mseCurvature(SCHEDULES_XS);
const KIND_OPTIONS = SCHEDULE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** What a link, an embed page or an element attribute can set: the public interface. */
export const schedulesState = stateSpec('schedules', schema);

export function SchedulesWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(schedulesState);
  const { kind, lr, batch, steps, seed } = state;
  const kindLabel = KIND_LABELS[kind];
  const schedule = useMemo(() => scheduleOf(state), [state]);
  const rates = useMemo(() => rateCurve(schedule, lr, steps), [schedule, lr, steps]);
  const input = useMemo(() => schedulesRaceInput(state), [state]);
  const grid = useComputation('linregGrid', GRID_INPUT);
  const run = useComputation('optimizerRace', input);
  // While the next input computes, the previous result stays on screen.
  const result = run.result;
  const scheduled = result?.racers[SCHEDULED];
  const constant = result?.racers[CONSTANT];
  const minimum = result?.minimum ?? null;
  const spreadS = useMemo(() => (scheduled && !scheduled.divergence ? lastSpread(scheduled.params) : null), [scheduled]);
  const spreadC = useMemo(() => (constant && !constant.divergence ? lastSpread(constant.params) : null), [constant]);
  const best = grid.result?.leastSquares;
  const comparison = spreadComparison(spreadS, spreadC);
  const diverged = [scheduled, constant].some((r) => r?.divergence);

  const finalText = (r: typeof scheduled) => (r ? (r.divergence ? `diverged at step ${r.divergence.step}` : fmt(r.losses[r.steps], 4)) : '…');
  const aboveText = (r: typeof scheduled) => (r && !r.divergence && minimum !== null ? `${fmt(r.losses[r.steps] - minimum)} above the floor` : '');
  const spreadText = (s: typeof spreadS, r: typeof scheduled) => (r ? (s ? fmt(s.rms) : '—') : '…');

  const runsDescription = scheduled && constant
    ? `${runSentence(`SGD with the ${kindLabel} schedule`, scheduled, minimum, spreadS)} ${runSentence('SGD at the constant rate', constant, minimum, spreadC)}`
    : 'The runs are being computed.';

  const kindSliders: Record<ScheduleKindChoice, ReactElement> = {
    step: (
      <>
        <Slider {...sliderProps(schema.every)} value={state.every} onChange={(v) => set({ every: v })} />
        <Slider {...sliderProps(schema.factor)} value={state.factor} onChange={(v) => set({ factor: v })} hint="The rate is multiplied by this at every drop." />
      </>
    ),
    exponential: <Slider {...sliderProps(schema.gamma)} value={state.gamma} onChange={(v) => set({ gamma: v })} hint="αₜ = α₀·γᵗ: the rate shrinks by 1 − γ every step." />,
    inverseTime: <Slider {...sliderProps(schema.k)} value={state.k} onChange={(v) => set({ k: v })} hint="αₜ = α₀ / (1 + k·t): halved at t = 1/k." />,
    cosine: <Slider {...sliderProps(schema.floor)} value={state.floor} onChange={(v) => set({ floor: v })} hint="Half a cosine from α₀ down to this fraction of it, over the whole run." />,
    warmup: (
      <>
        <Slider {...sliderProps(schema.warmup)} value={state.warmup} onChange={(v) => set({ warmup: v })} hint="A straight ramp from 0 up to α₀, then a cosine down." />
        <Slider {...sliderProps(schema.floor)} value={state.floor} onChange={(v) => set({ floor: v })} />
      </>
    ),
  };

  return (
    <WidgetFrame
      id={schedulesState.id}
      title="Learning-rate schedules"
      intro="Pick a schedule and watch two runs of mini-batch SGD on the same batches: one with the schedule, one at its starting rate throughout. Where the rate drops, the cloud of iterates tightens."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Select field={schema.kind} label={schema.kind.label} value={kind} options={KIND_OPTIONS} onChange={(v: ScheduleKindChoice) => set({ kind: v })} />
        <Slider {...sliderProps(schema.lr)} value={lr} onChange={(v) => set({ lr: v })} hint={`Both runs start at this rate. Full batch converges below 2/\u2060λmax = ${fmt(CURVATURE.stableLr)}.`} />
        {kindSliders[kind]}
        <Slider {...sliderProps(schema.batch)} value={batch} onChange={(v) => set({ batch: v })} hint="Smaller batches make noisier steps." />
        <Slider {...sliderProps(schema.steps)} value={steps} onChange={(v) => set({ steps: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Batch seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New batches</Button>
        </div>
      </div>
      <div className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="schedules-stats">
        <DataTable
          caption={<>After {steps} steps (full-data MSE; spread: RMS distance of the last {SPREAD_WINDOW} iterates from their own mean)</>}
          label={`Table: run, final full-data MSE, spread of last ${SPREAD_WINDOW}`}
        >
          <thead>
            <tr>
              <th scope="col">run</th>
              <th scope="col">final full-data MSE</th>
              <th scope="col">spread of last {SPREAD_WINDOW}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><TableName swatch={<LineSwatch color={color.accent2} />}> {kindLabel}</TableName></th>
              <td><output className={styles.value} data-testid="schedules-final-scheduled">{finalText(scheduled)}</output> <span className={tableCell.sub}>{aboveText(scheduled)}</span></td>
              <td><output className={styles.value} data-testid="schedules-spread-scheduled">{spreadText(spreadS, scheduled)}</output></td>
            </tr>
            <tr>
              <th scope="row"><TableName swatch={<LineSwatch color={color.muted} dash="6 4" />}> constant α₀ = {fmt(lr)}</TableName></th>
              <td><output className={styles.value} data-testid="schedules-final-constant">{finalText(constant)}</output> <span className={tableCell.sub}>{aboveText(constant)}</span></td>
              <td><output className={styles.value} data-testid="schedules-spread-constant">{spreadText(spreadC, constant)}</output></td>
            </tr>
          </tbody>
        </DataTable>
        {comparison ? <p className={styles.headline} data-testid="schedules-comparison">{comparison}</p> : null}
      </div>
      {diverged ? (
        <DivergenceAlert testId="schedules-divergence">
          <p>
            {[scheduled, constant].map((r, i) => (r?.divergence ? <span key={i}><strong>{i === SCHEDULED ? `The ${kindLabel} run` : 'The constant-rate run'} diverged at step {r.divergence.step}</strong> ({r.divergence.reason}). </span> : null))}
          </p>
          <p>
            A mini-batch step follows its batch’s own curvature: one example at x has the Hessian 2·[x², x; x, 1], with largest eigenvalue up to {fmt(CURVATURE.singleExampleMax)} in this data, so steps of α above 2/{fmt(CURVATURE.singleExampleMax)} = {fmt(CURVATURE.singleExampleLr)} can overshoot and grow
            {lr > CURVATURE.stableLr ? `, and α₀ = ${fmt(lr)} is above even the full data’s limit 2/λmax = ${fmt(CURVATURE.stableLr)}` : ''}. A smaller α₀, a bigger batch, or a schedule that lowers the rate early, keeps it stable.
          </p>
        </DivergenceAlert>
      ) : null}
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption={<>The learning rate αₜ at each step: <span className={styles.scheduledText}>{kindLabel}</span> (solid) and the constant α₀ (dashed).</>} srDescription={describeCurve(kindLabel, rates, lr)}>
          <RateCurvePlot rates={rates} lr={lr} kindLabel={kindLabel} />
        </Figure>
        <Figure caption="Full-data MSE above the least-squares floor, log scale: grey, the constant rate; orange, the schedule. The constant rate’s curve levels off where its noise holds it." srDescription={runsDescription}>
          <ExcessLossPlot scheduled={scheduled} constant={constant} minimum={minimum} steps={steps} kindLabel={kindLabel} />
        </Figure>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Both paths of (m, b) on the full-data MSE’s contours, from the hollow dot: light grey, the constant rate; orange, the schedule. ×: least squares." srDescription={`Contour map of the full-data mean squared error over slope m and intercept b${best ? `, lowest at m = ${fmt(best.m)}, b = ${fmt(best.b)}` : ''}. ${runsDescription}`}>
          <SchedulePathsPlot grid={grid.result} scheduled={scheduled} constant={constant} kindLabel={kindLabel} />
        </Figure>
        <Figure caption={`Close-up around least squares (×): the last ${SPREAD_WINDOW} iterates of each run, grey crosses for the constant rate and orange dots for the schedule; each dashed circle is centred on its cloud’s mean with the spread as radius.`} srDescription={comparison ?? runsDescription}>
          {best ? <TailPlot center={[best.m, best.b]} scheduled={scheduled && spreadS ? { params: scheduled.params, spread: spreadS } : null} constant={constant && spreadC ? { params: constant.params, spread: spreadC } : null} /> : null}
        </Figure>
      </div>
      <ComputeNotice state={run} what="the runs" />
    </WidgetFrame>
  );
}
