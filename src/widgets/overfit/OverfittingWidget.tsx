/**
 * Chapter 5, "Overfitting": noisy samples of sin(2πx), a polynomial whose degree the reader
 * turns, and three views of what the degree does: the fit over the points; the training,
 * validation and new-data error of every degree (the U-shaped curve); and the same polynomial
 * trained by Adam epoch by epoch in the worker, with the early-stopping point marked.
 *
 * The reader can drag points, add them by pressing on the plot, remove them from the list,
 * deal them into training and validation sets anew, draw a new sample, or import their own
 * as CSV. State (URL, `overfit.*`): overfitSchema.ts. Every closed-form fit is a solve of at
 * most 16 × 16 on this thread; the 20,000-epoch run goes to the worker.
 */
import { useCallback, useMemo } from 'react';
import { layout, Button, color, DataTable, Figure, LineSwatch, Slider, sliderProps, TableName, useNearViewport, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { CapacityPlot } from './CapacityPlot';
import { EpochPlot } from './EpochPlot';
import { FitPlot } from './FitPlot';
import { PointEditor } from './PointEditor';
import { bestDegree, capacityCurve, earlyStoppingInput, isSample, MAX_POINTS, MIN_POINTS, sampleOf, splitPoints, type Vec2 } from './overfitModel';
import { overfitSchema as schema } from './overfitSchema';
import { capacitySentence, earlyStopSentence, errorText, fitSentence } from './overfitText';
import styles from './overfit.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const overfittingState = stateSpec('overfit', schema);

export function OverfittingWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(overfittingState);
  const { degree, train: share, split: splitSeed, sample, points } = state;
  const own = !isSample(points, sample);
  const split = useMemo(() => splitPoints(points, share, splitSeed), [points, share, splitSeed]);
  const curve = useMemo(() => capacityCurve(split, !own), [split, own]);
  const best = bestDegree(curve);
  const current = curve[degree];
  // The epoch plot sits below the fold of a page's first screen: its run (and the worker that
  // computes it) waits until the plot is about to be seen.
  const [epochsRef, epochsNear] = useNearViewport<HTMLDivElement>();
  const run = useComputation('earlyStopping', useMemo(() => (epochsNear ? earlyStoppingInput(split, degree) : null), [epochsNear, split, degree]));
  const stopped = run.result;

  // Stable across renders (the state arrives as an argument), so the memoized points and
  // point list re-render only when the points change, not on every turn of the degree.
  const move = useCallback((i: number, p: Vec2) => set((s) => ({ points: s.points.map((q, j) => (j === i ? p : q)) })), [set]);
  const add = useCallback((p: Vec2) => set((s) => (s.points.length < MAX_POINTS ? { points: [...s.points, p] } : {})), [set]);
  const remove = useCallback((i: number) => set((s) => (s.points.length > MIN_POINTS ? { points: s.points.filter((_, j) => j !== i) } : {})), [set]);
  const replace = useCallback((p: Vec2[]) => set({ points: p }), [set]);
  const pickDegree = useCallback((d: number) => set({ degree: d }), [set]);

  return (
    <WidgetFrame
      id={overfittingState.id}
      title="Overfitting"
      intro="Turn the degree of the polynomial up and watch the training error fall while the error on points it never saw falls, then climbs."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Slider {...sliderProps(schema.degree)} value={degree} onChange={(v) => set({ degree: v })} hint={`${degree + 1} coefficients for ${split.train.n} training points.`} />
        <Slider {...sliderProps(schema.train)} value={share} onChange={(v) => set({ train: v })} format={(v) => `${Math.round(v * 100)} %`} hint={`${split.train.n} training, ${split.validation.n} validation points.`} />
        <div className={layout.row}>
          <Button onClick={() => set({ split: nextSeed(splitSeed) })}>Deal a new split</Button>
          <Button onClick={() => { const s = nextSeed(sample); set({ sample: s, points: sampleOf(s) }); }}>Draw a new sample</Button>
          {own ? <Button onClick={() => set({ points: sampleOf(sample) })}>Restore the sample</Button> : null}
        </div>
      </div>
      <div className={styles.stats} aria-live="polite" data-testid="overfit-stats">
        <DataTable caption={<>Mean squared error of the degree-{degree} fit</>} label="Table: set, mean squared error">
          <thead>
            <tr><th scope="col">points</th><th scope="col">degree {degree}</th><th scope="col">best degree, {best.degree}</th></tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><TableName swatch={<LineSwatch color={color.accent} />}> training ({split.train.n})</TableName></th>
              <td><output className={styles.value} data-testid="overfit-train">{errorText(current.train)}</output></td>
              <td>{errorText(best.train)}</td>
            </tr>
            <tr>
              <th scope="row"><TableName swatch={<LineSwatch color={color.accent2} />}> validation ({split.validation.n})</TableName></th>
              <td><output className={styles.value} data-testid="overfit-validation">{errorText(current.validation)}</output></td>
              <td data-testid="overfit-best-validation">{errorText(best.validation)}</td>
            </tr>
            {current.fresh !== null && best.fresh !== null ? (
              <tr>
                <th scope="row"><TableName swatch={<LineSwatch color={color.muted} dash="6 4" />}> 1,000 new points</TableName></th>
                <td><output className={styles.value} data-testid="overfit-fresh">{errorText(current.fresh)}</output></td>
                <td>{errorText(best.fresh)}</td>
              </tr>
            ) : null}
          </tbody>
        </DataTable>
        <p className={styles.headline} data-testid="overfit-best">Validation error is lowest at degree <strong>{best.degree}</strong>.</p>
        {own ? <p className={styles.edited} data-testid="overfit-own">These are your own points: there is no source curve, so no error on new points, only the validation estimate.</p> : null}
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Filled blue: training points; orange: validation points. Drag a point or press empty space to add one. Solid: the fit; dashed: sin(2πx), the curve the sample came from." srDescription={fitSentence(degree, current.train, split.train.n, split.validation.n)}>
          <FitPlot points={points} isTrain={split.isTrain} w={current.w} showTruth={!own} onMove={move} onAdd={add} />
        </Figure>
        <Figure caption="Error of the best fit of each degree: blue on the training points, orange on the validation points, dashed grey on new points. Press the plot to pick a degree." srDescription={capacitySentence(curve, best, degree)}>
          <CapacityPlot curve={curve} degree={degree} best={best.degree} onPick={pickDegree} />
        </Figure>
      </div>
      <div className={`${layout.columns} ${styles.columns}`} ref={epochsRef}>
        <Figure caption={`The same degree-${degree} polynomial trained by Adam instead of solved for: errors by epoch, both axes logarithmic. The dashed line is where the validation error is lowest, where early stopping would stop.`} srDescription={stopped ? earlyStopSentence(stopped, current.validation) : 'Training is being computed.'}>
          <EpochPlot run={stopped} />
        </Figure>
        <div className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="overfit-early">
          {stopped ? <p className={styles.headline}>{earlyStopSentence(stopped, current.validation)}</p> : <p className={styles.headline}>Training…</p>}
          <ComputeNotice state={run} what="the training run" />
        </div>
      </div>
      <PointEditor points={points} isTrain={split.isTrain} onAdd={add} onRemove={remove} onImport={replace} />
    </WidgetFrame>
  );
}
