/**
 * Chapter 6, "XOR": one neuron's line cannot separate the four XOR points; two layers can.
 *
 * Part 1: a single neuron σ(w₁x₁ + w₂x₂ + b) whose line the reader drags (two handles) or sets
 * by sliders: its half-planes, each point right or wrong, the count (at best 3 of 4) and the
 * cross-entropy. Part 2: a 2 → H → 1 network trained in the worker (xorTraining) by full-batch
 * gradient descent from weights drawn from the seed; a scrubber over a few dozen snapshots shows
 * the decision region, hidden space and the loss at that step, and a sentence says whether the
 * run solved XOR, got stuck, is still going or diverged.
 *
 * State (URL, `xor.*`): xorSchema.ts. The snapshot shown is not state: a new run shows its end.
 */
import { useEffect, useMemo } from 'react';
import { layout, Button, Figure, grouped, Playback, Select, Slider, sliderProps, useNearViewport, usePlayback, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { NeuronPlot } from './NeuronPlot';
import { HiddenPlot, RegionPlot, XorLossPlot } from './NetworkPlots';
import { bestLineCount, countRight, hiddenExtent, hiddenView, neuronLoss, neuronRight, outputsAt, snapshotWeights, trainingInput, XOR_DATA, XOR_STEPS } from './xorModel';
import { ACTIVATION_LABELS, xorSchema as schema } from './xorSchema';
import { countText, hiddenDescription, lossText, neuronDescription, neuronSentence, neuronText, outcomeSentence, regionDescription } from './xorText';
import styles from './xor.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const xorState = stateSpec('xor', schema);

/** 3: computed once, by trying every way a line can split the four points. */
const BEST = bestLineCount();
const ACTIVATION_OPTIONS = schema.activation.values.map((v) => ({ value: v, label: ACTIVATION_LABELS[v] }));

export function XorWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(xorState);
  const { w1, w2, b, hidden, activation, lr, seed } = state;

  // Part 1: microseconds, on this thread.
  const neuron = useMemo(() => ({ w1, w2, b }), [w1, w2, b]);
  const right = neuronRight(neuron);
  const loss = neuronLoss(neuron);

  // Part 2: the run, and every snapshot's picture data, once per run.
  // Part 2 sits below the first screen of the chapter: its run (and the worker that computes it)
  // waits until part 2 is about to be seen, so the page's first load fetches neither.
  const [partTwoRef, partTwoNear] = useNearViewport<HTMLHeadingElement>();
  const input = useMemo(() => (partTwoNear ? trainingInput({ hidden, activation, lr, seed }) : null), [partTwoNear, hidden, activation, lr, seed]);
  const run = useComputation('xorTraining', input);
  const result = run.result;
  const frames = useMemo(() => {
    if (!result) return null;
    return Array.from(result.snapshotSteps, (step, k) => {
      const net = { w: snapshotWeights(result, k), hidden: result.hidden, activation: result.activation };
      const ps = outputsAt(net);
      return { step, net, ps, right: ps.map((p, i) => (p > 0.5 ? 1 : 0) === XOR_DATA[i].y), view: hiddenView(net) };
    });
  }, [result]);
  const extent = useMemo(() => (result ? hiddenExtent(result) : null), [result]);

  const playback = usePlayback({ last: frames ? frames.length - 1 : 0, stepsPerSecond: 6 });
  const { seek } = playback;
  // A new run shows where it ended; Play replays it from the start.
  useEffect(() => {
    if (frames) seek(frames.length - 1);
  }, [frames, seek]);
  const k = frames ? Math.min(playback.step, frames.length - 1) : 0;
  const frame = frames?.[k];
  const trails = useMemo(() => (frames ? XOR_DATA.map((_, i) => frames.slice(0, k + 1).map((f) => f.view.points[i])) : []), [frames, k]);
  const frameLoss = frame && result ? result.losses[frame.step] : NaN;
  const outcome = result && frames ? outcomeSentence(result, lr, frames[frames.length - 1].ps) : null;

  return (
    <WidgetFrame
      id={xorState.id}
      title="XOR: one neuron against two layers"
      intro="Move the line to split the four points by class. Then train a network with a hidden layer, and scrub through its training to see the hidden layer move the points until one line does split them."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <h4 className={styles.part}>1. One neuron: σ(w₁x₁ + w₂x₂ + b)</h4>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Blue circles are class 0, orange squares class 1. The neuron says class 1 on the orange side of its line. Drag the handles, or focus one and use the arrow keys." srDescription={neuronDescription(neuron, right, loss)}>
          <NeuronPlot neuron={neuron} right={right} onChange={(n) => set(n)} />
        </Figure>
        <div className={styles.side}>
          <Slider {...sliderProps(schema.w1)} value={w1} onChange={(v) => set({ w1: v })} />
          <Slider {...sliderProps(schema.w2)} value={w2} onChange={(v) => set({ w2: v })} />
          <Slider {...sliderProps(schema.b)} value={b} onChange={(v) => set({ b: v })} />
          <div className={styles.readout} aria-live="polite">
            <p className={styles.numbers}>
              <output data-testid="xor-count">{countText(countRight(right))}</output> · cross-entropy <output data-testid="xor-loss">{lossText(loss)}</output>
            </p>
            <p className={styles.small}>{neuronText(neuron)}</p>
            <p data-testid="xor-verdict">{neuronSentence(countRight(right), BEST)}</p>
          </div>
        </div>
      </div>

      <h4 ref={partTwoRef} className={styles.part}>2. Two layers: 2 → H → 1, trained by gradient descent</h4>
      <div className={`${layout.controlsRow} ${styles.controlsRow}`}>
        <Slider {...sliderProps(schema.hidden)} value={hidden} onChange={(v) => set({ hidden: v })} />
        <Select field={schema.activation} label={schema.activation.label} value={activation} options={ACTIVATION_OPTIONS} onChange={(v) => set({ activation: v })} />
        <Slider {...sliderProps(schema.lr)} value={lr} onChange={(v) => set({ lr: v })} hint={`Full batch, ${XOR_STEPS.toLocaleString('en-US')} steps.`} />
        <div className={layout.row}>
          <span className={layout.seedText}>Weights seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New initial weights</Button>
        </div>
      </div>
      <div className={styles.readout} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status}>
        <p data-testid="xor-outcome" data-outcome={result?.outcome}>{outcome ?? 'Training…'}</p>
      </div>
      <Playback playback={playback} label="Training replay" scrub describeStep={(s) => `Step ${grouped(frames?.[s]?.step ?? 0)} of ${grouped(XOR_STEPS)}`} />
      <p className={styles.numbers} data-testid="xor-frame">
        {frame ? <>At step <output data-testid="xor-frame-step">{frame.step.toLocaleString('en-US')}</output>: <output data-testid="xor-frame-count">{countText(countRight(frame.right))}</output>, loss <output data-testid="xor-frame-loss">{lossText(frameLoss)}</output></> : '…'}
      </p>
      <div className={`${layout.columns} ${styles.columns3}`}>
        <Figure caption="The network's decision region: blue where it says class 0, orange class 1, the line where p = ½." srDescription={frame ? regionDescription(frame.step, frame.ps) : 'Training…'}>
          {frame ? <RegionPlot net={frame.net} right={frame.right} /> : <div className={styles.placeholder} />}
        </Figure>
        <Figure
          caption={hidden === 2
            ? 'Hidden space: each point at (h₁, h₂), the values of the two hidden units, with its path so far; the line is the output unit\'s. Where the points can be split by a line, the output neuron can do it.'
            : `Hidden space has ${hidden} dimensions; this is a projection that keeps the output's decision: across, the distance from the output unit's boundary (the vertical line); up, the first hidden unit's direction.`}
          srDescription={frame ? hiddenDescription(frame.view, countRight(frame.right)) : 'Training…'}
        >
          {frame && extent ? <HiddenPlot view={frame.view} extent={extent} right={frame.right} trails={trails} /> : <div className={styles.placeholder} />}
        </Figure>
        <Figure caption="Loss by step; the dashed line is ln 2, what answering ½ everywhere costs." srDescription={outcome ?? 'Training…'}>
          {result && frame ? <XorLossPlot losses={result.losses} step={frame.step} /> : <div className={styles.placeholder} />}
        </Figure>
      </div>
      <ComputeNotice state={run} what="the training" />
    </WidgetFrame>
  );
}
