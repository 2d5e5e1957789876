/**
 * Chapter 6, "Activations and initialization".
 *
 * Part 1: sigmoid, tanh, ReLU and leaky ReLU with their slopes over [−6, 6], the chosen one
 * drawn thick, and f(x), f′(x) at a point the reader moves; every value is the core's op and
 * its backward() (activationsModel.ts), on this thread (microseconds).
 * Part 2: ten layers of the same width at initialization, one forward and one backward pass in
 * the worker (activationStats): per layer, histograms of the activations and of ∂L/∂h, their
 * standard deviations on a log axis, a table, and two verdicts computed from the numbers —
 * vanished, exploded, saturated, copies of one another, or healthy. The batch-norm switch
 * normalizes every layer's pre-activations and rescues every initialization but zeros.
 *
 * State (URL, `activations.*`): activationsSchema.ts.
 */
import { useMemo } from 'react';
import { layout, Button, color, Figure, LineSwatch, Select, Slider, sliderProps, Toggle, toggleProps, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { ACT_FUNCTIONS, ACT_INITS, ACT_LAYERS } from '../../worker/tasks/activationStats';
import { batchFor, statsInput, valueAt } from './activationsModel';
import { activationsSchema as schema, FUNCTION_LABELS, INIT_LABELS } from './activationsSchema';
import { activationVerdict, gradientVerdict, histogramText, num, readout, slopeSentence, xText } from './activationsText';
import { FunctionPlot } from './FunctionPlots';
import { HistogramStrip } from './HistogramStrip';
import { StatsTable } from './StatsTable';
import { StdPlot } from './StdPlot';
import styles from './activations.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const activationsState = stateSpec('activations', schema);

const FN_OPTIONS = ACT_FUNCTIONS.map((v) => ({ value: v, label: FUNCTION_LABELS[v] }));
const INIT_OPTIONS = ACT_INITS.map((v) => ({ value: v, label: INIT_LABELS[v] }));

export function ActivationsWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(activationsState);
  const { fn, x, init, width, bn, seed } = state;

  // Part 1, on this thread.
  const point = useMemo(() => valueAt(fn, x), [fn, x]);
  const text = readout(fn, x, point.f, point.df);

  // Part 2, in the worker; the previous result stays on screen while a new one computes.
  const input = useMemo(() => statsInput({ fn, init, width, bn, seed }), [fn, init, width, bn, seed]);
  const run = useComputation('activationStats', input);
  const o = run.result;

  return (
    <WidgetFrame
      id={activationsState.id}
      title="Activations and initialization"
      intro="Each activation's slope is what backpropagation multiplies a gradient by. Pick one, then see what ten such layers do to a batch of inputs and to the gradient coming back, for each way of drawing the first weights."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <h4 className={styles.part}>1. The functions and their slopes</h4>
      <div className={`${layout.controlsRow} ${styles.controlsRow}`}>
        <Select field={schema.fn} label={schema.fn.label} value={fn} options={FN_OPTIONS} onChange={(v) => set({ fn: v })} />
        <Slider {...sliderProps(schema.x)} value={x} onChange={(v) => set({ x: v })} />
      </div>
      <div className={styles.readout} aria-live="polite">
        <p className={styles.numbers}>
          <output data-testid="activations-value">{text.value}</output> · <output data-testid="activations-slope">{text.slope}</output>
        </p>
        <p data-testid="activations-slope-note">{slopeSentence(fn)}</p>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption={`${FUNCTION_LABELS[fn]} (thick) among the other three; the dot is x = ${xText(x)}.`} srDescription={`${text.value}. ${FUNCTION_LABELS[fn]} drawn over x from −6 to 6 with the other three activations.`}>
          <FunctionPlot fn={fn} x={x} value={point.f} slope={false} />
        </Figure>
        <Figure caption="Their slopes f′(x), by the engine’s backward pass." srDescription={`${text.slope}. ${slopeSentence(fn)}`}>
          <FunctionPlot fn={fn} x={x} value={point.df} slope />
        </Figure>
      </div>

      <h4 className={styles.part}>2. Ten layers at initialization: one forward and one backward pass</h4>
      <p className={styles.small}>
        {batchFor(width)} inputs of {width} numbers drawn from N(0, 1) pass through {ACT_LAYERS} layers h = f(h·W), no biases, each W drawn as chosen. The loss is L = Σ r·h₁₀ with r a fixed random N(0, 1) array, so the gradient at the top, ∂L/∂h₁₀ = r, has std 1; backpropagation carries it down.
      </p>
      <div className={`${layout.controlsRow} ${styles.controlsRow}`}>
        <Select field={schema.init} label={schema.init.label} value={init} options={INIT_OPTIONS} onChange={(v) => set({ init: v })} />
        <Slider {...sliderProps(schema.width)} value={width} onChange={(v) => set({ width: v })} />
        <Toggle {...toggleProps(schema.bn)} checked={bn} onChange={(v) => set({ bn: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New draw</Button>
        </div>
      </div>
      <div className={styles.readout} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="activations-verdicts">
        <p data-testid="activations-act-verdict">{o ? activationVerdict(o) : 'Computing…'}</p>
        <p data-testid="activations-grad-verdict">{o ? gradientVerdict(o) : ''}</p>
      </div>
      {o ? (
        <>
          <Figure
            caption={`Activations h, layers 1 to ${o.layers}; every panel over ${num(o.actHist.lo)} to ${num(o.actHist.hi)}${o.activation === 'tanh' || o.activation === 'sigmoid' ? ` (all of ${FUNCTION_LABELS[o.activation]}’s range)` : ' (the row’s smallest and largest h)'}, bars scaled to each panel’s tallest${o.actHist.lo < 0 ? '; the line marks 0' : ''}.`}
            srDescription={histogramText('activations', o, o.actStd, o.actHist.lo, o.actHist.hi)}
          >
            <HistogramStrip label="Histograms of the activations, layer by layer" row={o.actHist} layers={o.layers} ink={color.accent} testId="activations-act-hist" />
          </Figure>
          <Figure
            caption={`Gradients ∂L/∂h, layers 1 to ${o.layers}; every panel over ±${num(o.gradHist.hi)} (the row’s largest |∂L/∂h|); the line marks 0.`}
            srDescription={histogramText('gradients ∂L/∂h', o, o.gradStd, o.gradHist.lo, o.gradHist.hi)}
          >
            <HistogramStrip label="Histograms of the gradients, layer by layer" row={o.gradHist} layers={o.layers} ink={color.accent2} testId="activations-grad-hist" />
          </Figure>
          <div className={`${layout.columns} ${styles.statsColumns}`}>
            <Figure
              caption={<><LineSwatch color={color.accent} /> std of h, <LineSwatch color={color.accent2} dash="6 4" /> std of ∂L/∂h, by layer, log scale.{[...o.actStd, ...o.gradStd].some((s) => s === 0) ? ' A std of 0 has no place on a log axis and is left out.' : ''}</>}
              srDescription={`${activationVerdict(o)} ${gradientVerdict(o)}`}
            >
              <StdPlot o={o} />
            </Figure>
            <StatsTable o={o} />
          </div>
        </>
      ) : (
        <div className={styles.placeholder} />
      )}
      <ComputeNotice state={run} what="the pass" />
    </WidgetFrame>
  );
}
