/**
 * Widget (b): the mean squared error as a surface over (m, b), seen from above as contours.
 * The current line is a point on the surface; move it by dragging, clicking or arrow keys and
 * the small plot shows that line over the data. The × is the least-squares solution.
 */
import { Figure, fixed, LineLayer, PlotFrame, ScatterPlot, WidgetFrame } from '../kit';
import { useComputation } from '../../worker/useComputation';
import { defineSchema, Share, stateSpec, useWidgetState } from '../state';
import { BowlPlot } from './BowlPlot';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { DATA_X, DATA_Y, lineText, mse, SEVEN_POINTS, split } from './lineMath';
import styles from './linreg.module.css';

const M_RANGE: [number, number] = [-0.6, 1.4];
const B_RANGE: [number, number] = [-2.5, 4];

const schema = defineSchema({
  m: { kind: 'number', min: M_RANGE[0], max: M_RANGE[1], default: 1, step: 0.01, label: 'Slope m' },
  b: { kind: 'number', min: B_RANGE[0], max: B_RANGE[1], default: -1.5, step: 0.01, label: 'Intercept b' },
});

const { xs, ys } = split(SEVEN_POINTS);
const GRID_INPUT = { xs, ys, m: M_RANGE, b: B_RANGE, nx: 121, ny: 121 } as const;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const mseBowlState = stateSpec('bowl', schema);

export function MseBowlWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(mseBowlState);
  const { m, b } = state;
  const grid = useComputation('linregGrid', GRID_INPUT);
  const error = mse(SEVEN_POINTS, m, b);
  const best = grid.result?.leastSquares;

  return (
    <WidgetFrame id={mseBowlState.id} title="The MSE bowl over (m, b)" problems={problems} onDismissProblems={dismissProblems} share={<Share getUrl={shareUrl} />}>
      <div className={styles.columns}>
        <Figure
          caption="Darker is lower error. Drag the orange point, click anywhere, or focus it and use the arrow keys (Shift: bigger steps, Alt: smaller)."
          srDescription={`Contour map of the mean squared error over slope and intercept. The current point (${fixed(m, 2)}, ${fixed(b, 2)}) has MSE ${error.toFixed(4)}.${best ? ` The lowest point is at m = ${fixed(best.m, 3)}, b = ${fixed(best.b, 3)}.` : ''}`}
        >
          <BowlPlot grid={grid.result} mRange={M_RANGE} bRange={B_RANGE} current={{ m, b, onMove: (mm, bb) => set({ m: mm, b: bb }) }} label="MSE over slope and intercept" />
        </Figure>
        <Figure caption="The same line over the data.">
          <PlotFrame label="The current line over the data" x={DATA_X} y={DATA_Y} xLabel="x" yLabel="y" aspect={0.8}>
            <LineLayer m={m} b={b} residualsOf={SEVEN_POINTS} />
            {best ? <LineLayer m={best.m} b={best.b} dashed label="least-squares line" /> : null}
            <ScatterPlot x={xs} y={ys} label="data points" />
          </PlotFrame>
        </Figure>
      </div>
      <p className={styles.readout} aria-live="polite">
        (m, b) = ({fixed(m, 2)}, {fixed(b, 2)}) · {lineText(m, b)} · MSE <output className={styles.value} data-testid="bowl-mse">{error.toFixed(4)}</output>
        {best ? <span className={styles.note}> · lowest possible {best.mse.toFixed(4)}</span> : null}
      </p>
      <ComputeNotice state={grid} what="the error surface" />
    </WidgetFrame>
  );
}
