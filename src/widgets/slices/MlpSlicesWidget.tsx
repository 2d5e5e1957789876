/**
 * Widget: slices through a small network's loss. A 2 → 16 → 2 tanh network is trained on two
 * moons in the worker (Adam, seeded, cached there); we slice its loss through the initial and
 * through the trained weights along the same random directions, filter-normalized to each
 * centre so the two are comparable (Li et al. 2018). Unlike the linear classifier's, these
 * slices are not convex: the task finds the stretches where a slice bends downwards and the
 * plane's separate basins, and the widget marks and names them.
 */
import { useMemo } from 'react';
import type { Vec2 } from '../../core';
import { useComputation } from '../../worker/useComputation';
import { Button, color, Figure, LossCurve, Select, significant, WidgetFrame } from '../kit';
import type { ColorScaleType } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { defineSchema, nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { gridDescription, lineDescription, mlpFinding } from './describe';
import { MLP_CONFIG, MLP_DEFAULTS, MLP_WINDOWS, mlpSliceInput } from './setup';
import { SliceLinePlot } from './SliceLinePlot';
import type { SliceCurve } from './SliceLinePlot';
import { SlicePlanePlot } from './SlicePlanePlot';
import { countNonFinite, lossRange } from './sliceMath';
import styles from './slices.module.css';

const schema = defineSchema({
  centre: { kind: 'enum', values: ['trained', 'initial'], default: MLP_DEFAULTS.centre, label: 'Centre' },
  window: { kind: 'enum', values: MLP_WINDOWS, default: MLP_DEFAULTS.window, label: 'Window' },
  seed: { kind: 'seed', default: MLP_DEFAULTS.seed, label: 'Direction seed' },
});

const CENTRE_OPTIONS = [
  { value: 'trained', label: 'Trained weights' },
  { value: 'initial', label: 'Initial weights' },
] as const;
const WINDOW_OPTIONS = MLP_WINDOWS.map((w) => ({ value: w, label: `a, b from −${w} to ${w}` }));

const CURVE_COLOR = { trained: color.accent, initial: color.accent2 } as const;
/** A share of the points, to 0.1 % (19.5 %, not 20 %, so a share and its complement add to 100). */
const percent = (x: number) => `${Number((100 * x).toFixed(1))}%`;

/** Why a random start can score below a coin toss on two balanced classes: its boundary faces the
 *  wrong way for most points, and swapping its two outputs flips every prediction. */
const belowChance = (accuracy: number) =>
  `Below the 50% of a coin toss: the random start’s boundary happens to face the wrong way for most points, so swapping its two outputs would score ${percent(1 - accuracy)}.`;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const mlpSlicesState = stateSpec('mlpslice', schema);

export function MlpSlicesWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(mlpSlicesState);
  const slice = useComputation('lossSlice', mlpSliceInput(state));
  const out = slice.result;

  const picture = useMemo(() => {
    if (!out) return null;
    const n = out.lines[0].values.length;
    const [lo, hi] = out.a;
    const a = Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
    // The other centre first, so the chosen one is drawn on top.
    const curves: SliceCurve[] = [...out.lines].reverse().map((l, k) => ({
      a,
      loss: l.values,
      color: CURVE_COLOR[l.centre === 'initial' ? 'initial' : 'trained'],
      label: `Loss along the line through the ${l.centre} weights`,
      strokeWidth: k === out.lines.length - 1 ? 2.75 : 1.75,
      dashed: k !== out.lines.length - 1,
    }));
    const { min, max } = out.grid;
    const scale: ColorScaleType = min >= 0 && min < 0.05 * max ? 'log' : 'linear';
    const broken = countNonFinite(out.grid.values) + out.lines.reduce((s, l) => s + countNonFinite(l.values), 0);
    return { curves, scale, broken, yRange: lossRange(...out.lines.map((l) => l.values)) };
  }, [out]);

  const shownCentre = out && out.centre === 'initial' ? 'initial' : out ? 'trained' : state.centre;
  const half = out ? out.a[1] : Number(state.window);
  const range: Vec2 = [-half, half];
  const training = out?.training;

  return (
    <WidgetFrame
      id={mlpSlicesState.id}
      title="Slices through a small network's loss"
      intro="A network with one hidden layer of 16 tanh units (82 weights and biases) learns to separate two moons, which no line can. Its loss, sliced the same way through its initial and its trained weights, is no longer a bowl."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <Select field={schema.centre} label="Centre" value={state.centre} options={CENTRE_OPTIONS} onChange={(v) => set({ centre: v })} />
        <Select field={schema.window} label="Window" value={state.window} options={WINDOW_OPTIONS} onChange={(v) => set({ window: v })} />
        <div className={styles.directions}>
          <Button onClick={() => set({ seed: nextSeed(state.seed) })}>
            New random directions
          </Button>
          <span className={styles.seed} data-testid="mlpslice-seed">seed {state.seed}</span>
        </div>
      </div>
      <p className={styles.finding} aria-live="polite" data-testid="mlpslice-finding">
        {out ? mlpFinding(shownCentre, out, half) : 'Training the network in the background, then slicing…'}
      </p>
      {training?.stop === 'diverged' ? (
        <p className={`${styles.readout} ${styles.danger}`} role="alert">
          Training diverged at step {training.divergence?.step}: {training.divergence?.reason}. The trained slices show where it stopped.
        </p>
      ) : null}
      {picture && picture.broken > 0 ? (
        <p className={`${styles.note} ${styles.danger}`}>
          {picture.broken} points of the slices overflowed (the loss was not a finite number there) and are left blank.
        </p>
      ) : null}
      <div className={styles.columns} aria-busy={slice.status === 'running'}>
        <Figure
          caption={<>Both centres along the same random direction. Shaded: where the {shownCentre} weights’ slice bends downwards (not convex).</>}
          srDescription={out ? out.lines.map((l) => lineDescription(range, l.values, `Through the ${l.centre} weights`)).join(' ') : 'Computing.'}
        >
          <ul className={styles.legend} aria-hidden="true">
            <li style={{ color: CURVE_COLOR.trained }}><span className={styles.swatch} />trained</li>
            <li style={{ color: CURVE_COLOR.initial }}><span className={styles.swatch} />initial</li>
            <li><span className={styles.swatchBand} />concave</li>
          </ul>
          <SliceLinePlot
            label="Loss along a random line through the initial and the trained weights"
            range={range}
            yRange={picture?.yRange ?? [0, 1]}
            curves={picture?.curves ?? []}
            bands={out?.lines[0].concave}
          />
        </Figure>
        <Figure
          caption={
            <>
              The plane through the {shownCentre} weights (darker is lower{picture?.scale === 'log' ? ', colours on a log scale' : ''}).
              {out && out.basins.some((b) => b.a !== 0 || b.b !== 0) ? ' Orange circles: floors of other basins; the orange contour, half-way up the lowest one’s walls, closes around it.' : ''}
              {' '}White dashes: the line on the left.
            </>
          }
          srDescription={out ? gridDescription(out) : 'Computing.'}
        >
          <SlicePlanePlot label={`Loss over a random plane through the ${shownCentre} weights`} grid={out?.grid} a={range} b={range} scale={picture?.scale ?? 'linear'} basins={out?.basins} />
        </Figure>
      </div>
      <p className={styles.readout}>
        L(θ) at the {shownCentre} weights: <output className={styles.value} data-testid="mlpslice-centre-loss">{out ? significant(out.lines[0].centreLoss) : '…'}</output>
        {out ? <> · at the {out.lines[1].centre} weights {significant(out.lines[1].centreLoss)}</> : null}
      </p>
      {training ? (
        <div className={styles.training}>
          <p className={styles.note} data-testid="mlpslice-training">
            Trained in a background worker: {training.steps.toLocaleString('en-US')} full-batch Adam steps (learning rate {MLP_CONFIG.lr}) on {MLP_CONFIG.data.n} two-moons points.
            Training loss {significant(training.initialLoss)} → <span className={styles.value}>{significant(training.finalLoss)}</span>, accuracy {percent(training.initialAccuracy)} → <span className={styles.value}>{percent(training.finalAccuracy)}</span>.
            {training.initialAccuracy < 0.5 ? <> {belowChance(training.initialAccuracy)}</> : null}{' '}
            Directions are filter-normalized: each unit’s incoming weights in D get the length they have in θ, biases 0.
          </p>
          <LossCurve losses={training.losses} logY divergence={training.divergence} label="Training loss per Adam step" height={150} />
        </div>
      ) : null}
      <ComputeNotice state={slice} what="the slices" />
    </WidgetFrame>
  );
}
