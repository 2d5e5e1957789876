/**
 * Widget: slices through a linear classifier's loss (CS231n, "Optimization 1"). The loss of a
 * 3-class linear classifier on the three blobs is a function of 9 numbers (W is 2×3, b has 3);
 * we look at it along a random line L(θ + a·D1) and over a random plane L(θ + a·D1 + b·D2)
 * through a fixed random centre θ. One example's SVM loss is piecewise linear, with kinks where
 * a hinge switches (marked, exactly); the average over 100 examples blends its ~180 kinks into
 * a bowl; softmax is smooth. The worker computes the slices (task lossSlice).
 */
import { useMemo } from 'react';
import { makeThreeBlobs } from '../../core';
import type { Vec2 } from '../../core';
import { useComputation } from '../../worker/useComputation';
import { Button, color, Figure, Select, significant, Slider, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { defineSchema, nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { classifierFinding, coord, gridDescription, lineDescription, num } from './describe';
import { classifierSliceInput, CLASSIFIER_DEFAULTS, CLASSIFIER_WINDOW, TRAINING_EXAMPLES } from './setup';
import { SliceLinePlot } from './SliceLinePlot';
import type { SliceCurve } from './SliceLinePlot';
import { SlicePlanePlot } from './SlicePlanePlot';
import { clipCrease, hingeLineWithKinks, hingeLossAt, lossRange } from './sliceMath';
import styles from './slices.module.css';

const schema = defineSchema({
  loss: { kind: 'enum', values: ['svm', 'softmax'], default: CLASSIFIER_DEFAULTS.loss, label: 'Loss' },
  examples: { kind: 'enum', values: ['one', 'all'], default: CLASSIFIER_DEFAULTS.examples, label: 'Examples' },
  example: { kind: 'number', min: 1, max: TRAINING_EXAMPLES, default: CLASSIFIER_DEFAULTS.example, integer: true, label: 'Example' },
  seed: { kind: 'seed', default: CLASSIFIER_DEFAULTS.seed, label: 'Direction seed' },
});

const LOSS_OPTIONS = [
  { value: 'svm', label: 'Multiclass SVM' },
  { value: 'softmax', label: 'Softmax' },
] as const;
const EXAMPLE_OPTIONS = [
  { value: 'one', label: 'One example' },
  { value: 'all', label: 'Average over all 100' },
] as const;

const RANGE: Vec2 = [-CLASSIFIER_WINDOW, CLASSIFIER_WINDOW];
/** The training examples, for naming the chosen one (150 points: microseconds). */
const BLOBS = makeThreeBlobs().train;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const classifierSlicesState = stateSpec('linslice', schema);

export function ClassifierSlicesWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(classifierSlicesState);
  const { loss, examples, example, seed } = state;
  const slice = useComputation('lossSlice', classifierSliceInput(state));
  const out = slice.result;
  // Words and marks describe the result on screen, which may be the previous input's while
  // a new one computes: read what it shows from the result itself.
  const shownLoss = out && out.kind !== 'mlp' ? out.kind : loss;
  const shownExample = out ? out.example : examples === 'all' ? 'all' : example - 1;
  const oneSvm = shownLoss === 'svm' && shownExample !== 'all';

  const picture = useMemo(() => {
    if (!out) return null;
    const line = out.lines[0];
    const n = line.values.length;
    const samples = Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? RANGE[1] : RANGE[0] + ((RANGE[1] - RANGE[0]) * i) / (n - 1)));
    // One example's SVM loss: draw the exact piecewise-linear function with its corners.
    const hinge = out.creases.length > 0 ? hingeLineWithKinks(out.creases, RANGE, n, out.kinks) : null;
    const curve: SliceCurve = {
      a: hinge ? hinge.a : samples,
      loss: hinge ? hinge.loss : line.values,
      color: color.accent,
      label: 'Loss along the line',
    };
    const dots: Vec2[] = hinge ? Array.from(out.kinks, (a) => [a, hingeLossAt(out.creases, a)] as Vec2) : [];
    const creases = out.creases.flatMap((c) => {
      const seg = clipCrease(c, RANGE, RANGE);
      return seg ? [seg] : [];
    });
    return { curve, dots, creases, yRange: lossRange(line.values) };
  }, [out]);

  const row = shownExample === 'all' ? -1 : shownExample;
  const exampleText = row >= 0 ? `Example ${row + 1} is class ${BLOBS.y[row] + 1} at (${coord(BLOBS.x[2 * row])}, ${coord(BLOBS.x[2 * row + 1])})` : 'All 100 training examples';
  const stale = slice.status === 'running';

  return (
    <WidgetFrame
      id={classifierSlicesState.id}
      title="Slices through a linear classifier's loss"
      intro="A 3-class linear classifier on the three blobs has 9 numbers (W is 2×3, b has 3), too many to plot. So we look along a random line θ + a·D₁ and over a random plane θ + a·D₁ + b·D₂ through a fixed random classifier θ."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <Select field={schema.loss} label="Loss" value={loss} options={LOSS_OPTIONS} onChange={(v) => set({ loss: v })} />
        <Select field={schema.examples} label="Examples" value={examples} options={EXAMPLE_OPTIONS} onChange={(v) => set({ examples: v })} />
        <Slider field={schema.example}
          label="Example"
          value={example}
          min={1}
          max={TRAINING_EXAMPLES}
          integer
          disabled={examples === 'all'}
          hint={examples === 'all' ? 'Choose “One example” to pick one.' : undefined}
          onChange={(v) => set({ example: v })}
        />
        <div className={styles.directions}>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>
            New random directions
          </Button>
          <span className={styles.seed} data-testid="linslice-seed">seed {seed}</span>
        </div>
      </div>
      <p className={styles.finding} aria-live="polite" data-testid="linslice-finding">
        {out ? classifierFinding(shownLoss, shownExample === 'all' ? 'all' : 'one', row + 1, out) : 'Computing the slices…'}
      </p>
      <div className={styles.columns} aria-busy={stale}>
        <Figure
          caption={
            oneSvm
              ? <>The loss along the line. Circles: kinks, where one hinge max(0, <i>s</i><sub>j</sub> − <i>s</i><sub>y</sub> + 1) switches on or off. Dashed: the centre θ.</>
              : shownLoss === 'svm'
                ? 'The loss along the line. Each tick at the bottom is a kink of one example’s loss. Dashed: the centre θ.'
                : 'The loss along the line. Dashed: the centre θ.'
          }
          srDescription={out ? lineDescription(RANGE, out.lines[0].values, 'Loss along the random line') : 'Computing.'}
        >
          <SliceLinePlot
            label="Loss along a random line through θ"
            range={RANGE}
            yRange={picture?.yRange ?? [0, 1]}
            curves={picture ? [picture.curve] : []}
            dots={picture?.dots}
            rug={shownLoss === 'svm' && shownExample === 'all' && out ? out.kinks : undefined}
          />
        </Figure>
        <Figure
          caption={
            oneSvm
              ? 'The loss over the plane (darker is lower). Orange lines: where one of the example’s two hinges switches; between them the surface is flat or a tilted plane. White dashes: the line on the left.'
              : 'The loss over the plane (darker is lower), with contour lines. White dashes: the line on the left; + is θ.'
          }
          srDescription={out ? gridDescription(out) : 'Computing.'}
        >
          <SlicePlanePlot label="Loss over a random plane through θ" grid={out?.grid} a={RANGE} b={RANGE} scale="linear" creases={picture?.creases} />
        </Figure>
      </div>
      <p className={styles.readout}>
        {exampleText}. 
        Loss at the centre L(θ) = <output className={styles.value} data-testid="linslice-centre-loss">{out ? significant(out.lines[0].centreLoss) : '…'}</output>
        {shownLoss === 'svm' ? (
          <>
            {' '}· kinks in view <output className={styles.value} data-testid="linslice-kinks">{out ? out.kinks.length : '…'}</output>
          </>
        ) : null}
      </p>
      <p className={styles.note}>
        Directions D₁, D₂: Gaussian over all 9 numbers, each rescaled to the length of θ ({out ? num(out.norms.centre) : '…'}), so a = 1 is a step as long as the weights themselves.
      </p>
      <ComputeNotice state={slice} what="the slices" />
    </WidgetFrame>
  );
}
