/**
 * Chapter 3, "Batch size": the line y ≈ m·x + b fitted to 300 noisy points by mini-batch
 * gradient descent, every run from the same start. The (m, b) path on the MSE's contour map
 * (full-batch gradient descent faint beside it), the full-data MSE against epochs, examples
 * processed or iterations, and the bookkeeping: ⌈n / B⌉ iterations per epoch. Paths come from
 * the worker (batchPaths: the core's train() on modelProblem(linearRegression, …)); the
 * shuffling seed is part of the state, so a link replays the same run.
 */
import { useMemo } from 'react';
import { layout, Button, Figure, plural, readableNumber, sci, Select, Slider, WidgetFrame, sliderProps } from '../kit';
import { useComputation } from '../../worker/useComputation';
import { defineSchema, nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import styles from './batch.module.css';
import { BatchSizeSlider } from './BatchSizeSlider';
import { mseCurvature } from './curvature';
import { DataPlot } from './DataPlot';
import { DivergenceNote, SpikeNote } from './DivergenceNote';
import { AXIS_LABEL, type LossAxis, LossPlot } from './LossPlot';
import { PathPlot, visible } from './PathPlot';
import { BATCH_B_RANGE, BATCH_DEFAULTS, BATCH_M_RANGE, BATCH_MAX_EPOCHS, BATCH_N, BATCH_XS, BATCH_YS, batchPathsInput, iterationsPerEpoch } from './setup';

const AXES = ['epochs', 'examples', 'iterations'] as const;

const schema = defineSchema({
  batch: { kind: 'number', min: 1, max: BATCH_N, default: BATCH_DEFAULTS.batchSize, integer: true, label: 'Batch size' },
  lr: { kind: 'number', min: 0.001, max: 1, default: BATCH_DEFAULTS.lr, log: true, label: 'Learning rate' },
  epochs: { kind: 'number', min: 1, max: BATCH_MAX_EPOCHS, default: BATCH_DEFAULTS.epochs, integer: true, label: 'Epochs' },
  seed: { kind: 'seed', default: BATCH_DEFAULTS.seed, label: 'Shuffle seed' },
  axis: { kind: 'enum', values: AXES, default: 'epochs', label: 'x axis' },
});

const GRID_INPUT = { xs: BATCH_XS, ys: BATCH_YS, m: BATCH_M_RANGE, b: BATCH_B_RANGE, nx: 101, ny: 101 } as const;
const CURVATURE = mseCurvature(BATCH_XS);
const AXIS_OPTIONS = AXES.map((a) => ({ value: a, label: AXIS_LABEL[a] }));

const fmt = (v: number, digits = 3): string => readableNumber(v, digits);
/** "y = 1.2x − 0.5": the intercept's sign joins the two terms. */
const lineEquation = (m: number, b: number): string => `y = ${fmt(m)}x ${b < 0 ? '−' : '+'} ${fmt(Math.abs(b))}`;
const whole = (v: number): string => v.toLocaleString('en-US');

/** What a link, an embed page or an element attribute can set: the public interface. */
export const batchSizeState = stateSpec('batch', schema);

export function BatchSizeWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(batchSizeState);
  const { batch, lr, epochs, seed, axis } = state;
  const grid = useComputation('linregGrid', GRID_INPUT);
  const input = useMemo(() => batchPathsInput({ batchSize: batch, lr, epochs, seed }), [batch, lr, epochs, seed]);
  const run = useComputation('batchPaths', input);
  // While the next input computes, the previous result stays on screen.
  const current = run.result;
  const path = current?.path;
  const best = current?.leastSquares;

  const perEpoch = iterationsPerEpoch(BATCH_N, batch);
  const total = perEpoch * epochs;
  const divergence = path?.divergence ?? null;
  // The run's last point worth showing: its end, or where a diverged run left the map.
  const endStep = path ? Math.min(lastFinite(path.loss), visible(path)) : 0;
  const end = path ? { m: path.params[2 * endStep], b: path.params[2 * endStep + 1] } : null;
  const finalMse = path ? path.loss[endStep] : NaN;
  const reference = current?.reference ?? null;
  const refFinal = reference && !reference.divergence ? reference.loss[reference.steps] : null;
  const notes = { perEpoch, lr, batchSize: batch, n: BATCH_N, curvature: CURVATURE };

  const description = path
    ? `Contour map of the mean squared error over slope m and intercept b, lowest at m = ${fmt(best?.m ?? NaN)}, b = ${fmt(best?.b ?? NaN)}. ` +
      `The mini-batch path with batch size ${batch} takes ${plural(path.steps, 'step')} from (${fmt(input.start[0])}, ${fmt(input.start[1])}) ` +
      (divergence ? `and diverges at step ${divergence.step}.` : `and ends at (${fmt(end?.m ?? NaN)}, ${fmt(end?.b ?? NaN)}) with MSE ${fmt(finalMse)}.`) +
      (reference ? ` Full-batch gradient descent takes ${plural(reference.steps, 'step')} and ends with MSE ${fmt(reference.loss[reference.steps])}.` : '')
    : 'Contour map of the mean squared error over slope and intercept; the paths are being computed.';

  const lossDescription = path
    ? `Full-data mean squared error against ${AXIS_LABEL[axis]}, on a log scale: from ${fmt(path.loss[0])} at the start to ${fmt(finalMse)} after ${plural(endStep, 'iteration')} with batch size ${batch}` +
      (reference ? `, and to ${fmt(reference.loss[reference.steps])} after ${plural(reference.steps, 'full-batch iteration')}.` : '.') +
      (best ? ` No line does better than ${fmt(best.mse)}.` : '')
    : 'Full-data mean squared error along the run; being computed.';
  const dataDescription = `${BATCH_N} points scattered around a rising line` +
    (best ? `; the least-squares line is ${lineEquation(best.m, best.b)}` : '') +
    (end && Number.isFinite(end.m) && Number.isFinite(end.b) ? `; the run’s last line is ${lineEquation(end.m, end.b)}.` : '.');

  return (
    <WidgetFrame
      id={batchSizeState.id}
      title="Batch size"
      intro="Fit a line to 300 noisy points by gradient descent on mini-batches: every step follows the gradient of a few shuffled examples. Compare what one epoch buys with batches of 1, 10 or all 300."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <BatchSizeSlider field={schema.batch} label={schema.batch.label} n={BATCH_N} value={batch} onChange={(v) => set({ batch: v })} />
        {/* U+2060, a word joiner: "2/" never ends a line */}
        <Slider {...sliderProps(schema.lr)} value={lr} onChange={(v) => set({ lr: v })} hint={`Full batch converges below 2/\u2060λmax = ${fmt(CURVATURE.stableLr)}.`} />
        <Slider {...sliderProps(schema.epochs)} value={epochs} onChange={(v) => set({ epochs: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Shuffle seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New shuffle</Button>
        </div>
      </div>
      <dl className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="batch-stats">
        <div className={styles.stat}>
          <dt>iterations per epoch ⌈{BATCH_N} / {batch}⌉</dt>
          <dd><output className={styles.value} data-testid="batch-per-epoch">{whole(perEpoch)}</output></dd>
        </div>
        <div className={styles.stat}>
          <dt>total iterations</dt>
          <dd><output className={styles.value} data-testid="batch-iterations">{whole(total)}</output></dd>
        </div>
        <div className={styles.stat}>
          <dt>examples processed</dt>
          <dd><output className={styles.value} data-testid="batch-examples">{whole(epochs * BATCH_N)}</output></dd>
        </div>
        <div className={styles.stat}>
          <dt>{divergence ? `full-data MSE at step ${whole(endStep)}` : 'final full-data MSE'}</dt>
          <dd>
            <output className={styles.value} data-testid="batch-final-mse">{path ? (finalMse < 1e5 ? fmt(finalMse, 4) : sci(finalMse)) : '…'}</output>
            {best ? <span className={styles.note}>lowest possible {fmt(best.mse, 4)}{refFinal !== null ? `; full batch ${fmt(refFinal, 4)}` : ''}</span> : null}
          </dd>
        </div>
      </dl>
      {divergence && path ? <DivergenceNote divergence={divergence} leftAt={visible(path)} {...notes} /> : null}
      {path?.spike ? <SpikeNote spike={path.spike} start={path.loss[0]} {...notes} /> : null}
      <Figure
        caption={
          batch < BATCH_N ? (
            <>Orange: batch size {batch}, {plural(path?.steps ?? total, 'step')}. White: full-batch gradient descent from the same start, {plural(epochs, 'step')}. ×: least squares.</>
          ) : (
            <>Orange: all {BATCH_N} examples in every step, which is full-batch gradient descent: {epochs} step{epochs === 1 ? '' : 's'}. ×: least squares.</>
          )
        }
        srDescription={description}
      >
        <PathPlot grid={grid.result} path={path} reference={reference} best={best} />
      </Figure>
      <div className={`${layout.columns} ${styles.plots}`}>
        <div className={styles.side}>
          <Select field={schema.axis} label={schema.axis.label} value={axis} options={AXIS_OPTIONS} onChange={(v: LossAxis) => set({ axis: v })} />
          <Figure caption="Full-data MSE along the run. Dashed: full batch; dotted: the lowest possible." srDescription={lossDescription}>
            <LossPlot path={path} reference={reference} axis={axis} n={BATCH_N} epochs={epochs} floor={best?.mse} start={path?.loss[0]} />
          </Figure>
        </div>
        <Figure caption="The data, the run’s last line (orange) and the least-squares line (dashed)." srDescription={dataDescription}>
          <DataPlot line={end && Number.isFinite(end.m) && Number.isFinite(end.b) ? end : null} best={best} />
        </Figure>
      </div>
      <ComputeNotice state={run} what="the paths" />
    </WidgetFrame>
  );
}

/** The last index whose value is finite (0 if none is). */
function lastFinite(xs: Float64Array): number {
  for (let i = xs.length - 1; i > 0; i--) if (Number.isFinite(xs[i])) return i;
  return 0;
}
