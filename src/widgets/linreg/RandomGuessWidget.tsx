/**
 * Widget (c): random guessing. Sample N random lines (slope and intercept uniform in fixed
 * ranges, from a seeded generator, in the worker), keep the best, and plot the best error so
 * far against the number of guesses. Beside it, the grid calculator: how many points a grid
 * with k values per weight needs as the number of weights grows.
 */
import { Button, count, Figure, LineLayer, PlotFrame, ScatterPlot, Slider, WidgetFrame } from '../kit';
import { BestSoFarPlot } from './BestSoFarPlot';
import { useComputation } from '../../worker/useComputation';
import { defineSchema, nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { gridPoints, networkParameters } from './gridCount';
import { DATA_X, DATA_Y, lineText, SEVEN_POINTS, split } from './lineMath';
import styles from './linreg.module.css';

const schema = defineSchema({
  samples: { kind: 'number', min: 1, max: 20000, default: 200, integer: true, log: true, label: 'Random lines' },
  seed: { kind: 'seed', default: 1 },
  weights: { kind: 'number', min: 1, max: 30, default: 2, integer: true, label: 'Weights' },
  perAxis: { kind: 'number', min: 2, max: 100, default: 10, integer: true, label: 'Values per weight' },
});

const M_RANGE: [number, number] = [-2, 4];
const B_RANGE: [number, number] = [-6, 8];
const { xs, ys } = split(SEVEN_POINTS);
/** The MNIST network of the source: 784 inputs, 15 hidden units, 10 outputs. */
const MNIST_SIZES = [784, 15, 10] as const;
const MNIST_PARAMS = networkParameters(MNIST_SIZES);

/** What a link, an embed page or an element attribute can set: the public interface. */
export const randomGuessState = stateSpec('guess', schema);

export function RandomGuessWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(randomGuessState);
  const search = useComputation('randomSearch', { xs, ys, samples: state.samples, seed: state.seed, mRange: M_RANGE, bRange: B_RANGE });
  const result = search.result;
  const grid = gridPoints(state.perAxis, state.weights);
  const mnist = gridPoints(state.perAxis, MNIST_PARAMS);

  return (
    <WidgetFrame
      id={randomGuessState.id}
      title="Guessing lines at random"
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.row}>
        <Slider field={schema.samples} label="Random lines" value={state.samples} min={1} max={20000} log integer onChange={(v) => set({ samples: v })} />
        <span>Seed {state.seed}</span>
        <Button onClick={() => set({ seed: nextSeed(state.seed) })}>New random lines</Button>
      </div>
      <div className={styles.columns}>
        <Figure caption="The best error so far never rises, but on these log–log axes it falls ever more slowly." srDescription={result ? `After ${count(result.done)} random lines the best mean squared error is ${result.best.mse.toFixed(4)}.` : 'Computing.'}>
          <BestSoFarPlot bestSoFar={result?.bestSoFar} />
        </Figure>
        <Figure caption="The best line found (solid) and the first few guesses (faint).">
          <PlotFrame label="Random lines over the data" x={DATA_X} y={DATA_Y} xLabel="x" yLabel="y" aspect={0.7}>
            {result?.lines.slice(0, 12).map((l, i) => <LineLayer key={i} m={l.m} b={l.b} color="var(--dw-border, #c9ced6)" />)}
            {result ? <LineLayer m={result.best.m} b={result.best.b} label="best line" /> : null}
            <ScatterPlot x={xs} y={ys} label="data points" />
          </PlotFrame>
        </Figure>
      </div>
      <p className={styles.readout} aria-live="polite">
        {result ? <>Best of {count(result.done)}: {lineText(result.best.m, result.best.b)}, MSE <output className={styles.value} data-testid="guess-best">{result.best.mse.toFixed(4)}</output></> : '…'}
      </p>
      <ComputeNotice state={search} what="the random lines" />
      <h4>How big is a grid?</h4>
      <div className={styles.row}>
        <Slider field={schema.weights} label="Weights" value={state.weights} min={1} max={30} integer onChange={(v) => set({ weights: v })} />
        <Slider field={schema.perAxis} label="Values per weight" value={state.perAxis} min={2} max={100} integer onChange={(v) => set({ perAxis: v })} />
      </div>
      <p className={styles.readout}>
        {state.perAxis}<sup>{state.weights}</sup> = <output className={styles.value} data-testid="grid-points">{grid.exact}</output> grid points.
        {' '}The {MNIST_SIZES.join('–')} network has {MNIST_PARAMS.toLocaleString('en-US')} weights and biases: a grid would need {state.perAxis}<sup>{MNIST_PARAMS.toLocaleString('en-US')}</sup> points, a number with {mnist.digits.toLocaleString('en-US')} digits.
      </p>
    </WidgetFrame>
  );
}
