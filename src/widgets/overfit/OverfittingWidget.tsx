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
import { useMemo } from 'react';
import { Button, color, DataTable, Figure, LineSwatch, Slider, sliderProps, TableName, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { CapacityPlot } from './CapacityPlot';
import { CsvImport } from './CsvImport';
import type { CsvLimits } from './csvPoints';
import { EpochPlot } from './EpochPlot';
import { FitPlot } from './FitPlot';
import { bestDegree, capacityCurve, earlyStoppingInput, isSample, MAX_POINTS, MIN_POINTS, OVERFIT_X, OVERFIT_Y, sampleOf, splitPoints, type Vec2 } from './overfitModel';
import { overfitSchema as schema } from './overfitSchema';
import { capacitySentence, earlyStopSentence, errorText, fitSentence } from './overfitText';
import styles from './overfit.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const overfittingState = stateSpec('overfit', schema);

const CSV_LIMITS: CsvLimits = { x: OVERFIT_X, y: OVERFIT_Y, minRows: MIN_POINTS, maxRows: MAX_POINTS, maxChars: 4_000 };

export function OverfittingWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(overfittingState);
  const { degree, train: share, split: splitSeed, sample, points } = state;
  const own = !isSample(points, sample);
  const split = useMemo(() => splitPoints(points, share, splitSeed), [points, share, splitSeed]);
  const curve = useMemo(() => capacityCurve(split, !own), [split, own]);
  const best = bestDegree(curve);
  const current = curve[degree];
  const run = useComputation('earlyStopping', useMemo(() => earlyStoppingInput(split, degree), [split, degree]));
  const stopped = run.result;

  const move = (i: number, p: Vec2) => set({ points: points.map((q, j) => (j === i ? p : q)) });
  const add = (p: Vec2) => { if (points.length < MAX_POINTS) set({ points: [...points, p] }); };
  const remove = (i: number) => { if (points.length > MIN_POINTS) set({ points: points.filter((_, j) => j !== i) }); };

  return (
    <WidgetFrame
      id={overfittingState.id}
      title="Overfitting"
      intro="Turn the degree of the polynomial up and watch the training error fall while the error on points it never saw falls, then climbs."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controlsRow}>
        <Slider {...sliderProps(schema.degree)} value={degree} onChange={(v) => set({ degree: v })} hint={`${degree + 1} coefficients for ${split.train.n} training points.`} />
        <Slider {...sliderProps(schema.train)} value={share} onChange={(v) => set({ train: v })} format={(v) => `${Math.round(v * 100)} %`} hint={`${split.train.n} training, ${split.validation.n} validation points.`} />
        <div className={styles.row}>
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
      <div className={styles.columns}>
        <Figure caption="Filled blue: training points; orange: validation points. Drag a point or press empty space to add one. Solid: the fit; dashed: sin(2πx), the curve the sample came from." srDescription={fitSentence(degree, current.train, split.train.n, split.validation.n)}>
          <FitPlot points={points} isTrain={split.isTrain} w={current.w} showTruth={!own} onMove={move} onAdd={add} />
        </Figure>
        <Figure caption="Error of the best fit of each degree: blue on the training points, orange on the validation points, dashed grey on new points. Press the plot to pick a degree." srDescription={capacitySentence(curve, best, degree)}>
          <CapacityPlot curve={curve} degree={degree} best={best.degree} onPick={(d) => set({ degree: d })} />
        </Figure>
      </div>
      <div className={styles.columns}>
        <Figure caption={`The same degree-${degree} polynomial trained by Adam instead of solved for: errors by epoch, both axes logarithmic. The dashed line is where the validation error is lowest, where early stopping would stop.`} srDescription={stopped ? earlyStopSentence(stopped, current.validation) : 'Training is being computed.'}>
          <EpochPlot run={stopped} />
        </Figure>
        <div className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="overfit-early">
          {stopped ? <p className={styles.headline}>{earlyStopSentence(stopped, current.validation)}</p> : <p className={styles.headline}>Training…</p>}
          <ComputeNotice state={run} what="the training run" />
        </div>
      </div>
      <details>
        <summary>Points ({points.length}): edit, import or export</summary>
        <div className={styles.pointList}>
          <DataTable caption="Every point; × removes it" label="Table: point, x, y, set">
            <thead><tr><th scope="col">#</th><th scope="col">x</th><th scope="col">y</th><th scope="col">set</th><th scope="col"><span className={styles.edited}>remove</span></th></tr></thead>
            <tbody>
              {points.map(([x, y], i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th><td>{x.toFixed(3)}</td><td>{y.toFixed(3)}</td><td>{split.isTrain[i] ? 'training' : 'validation'}</td>
                  <td><Button small aria-label={`Remove point ${i + 1}`} onClick={() => remove(i)} disabled={points.length <= MIN_POINTS}>×</Button></td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
        <div className={styles.row}>
          <Button onClick={() => add([0.5, 0])} disabled={points.length >= MAX_POINTS}>Add a point at (0.5, 0)</Button>
        </div>
        <CsvImport points={points} limits={CSV_LIMITS} onImport={(p) => set({ points: p })} />
      </details>
    </WidgetFrame>
  );
}
