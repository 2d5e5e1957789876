/**
 * Widget (a): fit a line by hand. Drag the two handles (or use the m and b sliders) and watch
 * the residual bars and the mean squared error change. The handles sit on the line at two
 * fixed x positions, so dragging one pivots the line about the other.
 */
import { color, DraggablePoint, Figure, LineLayer, PlotFrame, ScatterPlot, Slider, WidgetFrame } from '../kit';
import { defineSchema, Share, stateSpec, useWidgetState } from '../state';
import { DATA_X, DATA_Y, lineText, mse, SEVEN_POINTS, split } from './lineMath';
import styles from './linreg.module.css';

const schema = defineSchema({
  m: { kind: 'number', min: -2, max: 3, default: 0, step: 0.01, label: 'Slope m' },
  b: { kind: 'number', min: -4, max: 5, default: 1, step: 0.01, label: 'Intercept b' },
});

/** x positions of the two handles. */
const HANDLE_X = [1, 5] as const;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const fitLineState = stateSpec('fit', schema);

export function FitLineWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(fitLineState);
  const { m, b } = state;
  const points = SEVEN_POINTS;
  const { xs, ys } = split(points);
  const error = mse(points, m, b);
  const handleY = HANDLE_X.map((x) => m * x + b);

  /** Moving handle `i` to height y keeps the other handle fixed. */
  const moveHandle = (i: 0 | 1, y: number) => {
    const j = 1 - i;
    const slope = (i === 0 ? handleY[j] - y : y - handleY[j]) / (HANDLE_X[1] - HANDLE_X[0]);
    set({ m: slope, b: y - slope * HANDLE_X[i] });
  };

  return (
    <WidgetFrame
      id={fitLineState.id}
      title="Fit the line by hand"
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          <Slider field={schema.m} label="Slope m" value={m} min={schema.m.min} max={schema.m.max} step={0.01} onChange={(v) => set({ m: v })} />
          <Slider field={schema.b} label="Intercept b" value={b} min={schema.b.min} max={schema.b.max} step={0.01} onChange={(v) => set({ b: v })} />
        </>
      }
    >
      <Figure
        caption={<>Red bars are the residuals: how far each point is from the line.</>}
        srDescription={`The line ${lineText(m, b)} over ${points.length} data points; its mean squared error is ${error.toFixed(4)}.`}
      >
        <PlotFrame label="Data and line" x={DATA_X} y={DATA_Y} xLabel="x" yLabel="y" aspect={0.62}>
          <LineLayer m={m} b={b} residualsOf={points} label={lineText(m, b)} />
          <ScatterPlot x={xs} y={ys} label="data points" />
          {HANDLE_X.map((x, i) => (
            <DraggablePoint
              key={x}
              x={x}
              y={handleY[i]}
              domain={{ x: [x, x], y: DATA_Y }}
              step={0.05}
              color={color.accent2}
              label={`Line handle at x = ${x}`}
              onChange={(_x, y) => moveHandle(i as 0 | 1, y)}
            />
          ))}
        </PlotFrame>
      </Figure>
      <p className={styles.readout} aria-live="polite">
        <span className={styles.formula}>{lineText(m, b)}</span> · MSE <output className={styles.value} data-testid="fit-mse">{error.toFixed(4)}</output>
      </p>
    </WidgetFrame>
  );
}
