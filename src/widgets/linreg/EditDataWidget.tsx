/**
 * Widget (d): edit the data. Drag points, click empty space to add one, remove points from the
 * list; the least-squares line is recomputed at once and the error bowl by the worker.
 */
import { Button, color, DraggablePoint, Figure, LineLayer, PlotFrame, WidgetFrame } from '../kit';
import { useComputation } from '../../worker/useComputation';
import { defineSchema, Share, stateSpec, useWidgetState } from '../state';
import type { Vec2 } from '../state';
import { BowlPlot } from './BowlPlot';
import { ClickLayer } from './ClickLayer';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { bestLine, DATA_X, DATA_Y, lineText, mse, SEVEN_POINTS, split } from './lineMath';
import styles from './linreg.module.css';

const MAX_POINTS = 30;
const schema = defineSchema({
  points: { kind: 'points', default: SEVEN_POINTS, x: DATA_X, y: DATA_Y, maxCount: MAX_POINTS, minCount: 2, label: 'Data points' },
});

const M_RANGE: [number, number] = [-2, 3];
const B_RANGE: [number, number] = [-4, 6];

/** What a link, an embed page or an element attribute can set: the public interface. */
export const editDataState = stateSpec('data', schema);

export function EditDataWidget() {
  const { state, set, reset, problems, dismissProblems, shareUrl } = useWidgetState(editDataState);
  const points = state.points;
  const line = bestLine(points);
  const lineMse = line ? mse(points, line.m, line.b) : NaN;
  const { xs, ys } = split(points);
  const grid = useComputation('linregGrid', line ? { xs, ys, m: M_RANGE, b: B_RANGE, nx: 81, ny: 81 } : null);

  const move = (i: number, p: Vec2) => set({ points: points.map((q, j) => (j === i ? p : q)) });
  const add = (p: Vec2) => { if (points.length < MAX_POINTS) set({ points: [...points, p] }); };
  const remove = (i: number) => set({ points: points.filter((_, j) => j !== i) });

  return (
    <WidgetFrame
      id={editDataState.id}
      title="Edit the data"
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <div className={styles.row}>
          <Button onClick={() => add([3, 2])} disabled={points.length >= MAX_POINTS}>Add a point</Button>
          <Button onClick={reset}>Restore the seven points</Button>
        </div>
      }
    >
      <div className={styles.columns}>
        <Figure
          caption="Drag a point (or focus it and use the arrow keys); click empty space to add one."
          srDescription={`${points.length} points. ${line ? `Least-squares line ${lineText(line.m, line.b, 3)}, MSE ${lineMse.toFixed(4)}.` : 'No unique least-squares line: the points need at least two different x values.'}`}
        >
          <PlotFrame label="Editable data and the least-squares line" x={DATA_X} y={DATA_Y} xLabel="x" yLabel="y" aspect={0.8}>
            <ClickLayer onClick={(x, y) => add([x, y])} />
            {line ? <LineLayer m={line.m} b={line.b} residualsOf={points} label="least-squares line" /> : null}
            {points.map(([x, y], i) => (
              <DraggablePoint key={i} x={x} y={y} domain={{ x: DATA_X, y: DATA_Y }} step={0.05} radius={6} color={color.accent} label={`Point ${i + 1}`} onChange={(nx, ny) => move(i, [nx, ny])} />
            ))}
          </PlotFrame>
        </Figure>
        <Figure
          caption={
            line
              ? 'The error bowl of this data; the × is its lowest point.'
              : 'No bowl to draw: with every x the same, the error is lowest along a whole line of (m, b), not at one point.'
          }
        >
          <BowlPlot grid={line ? grid.result : undefined} mRange={M_RANGE} bRange={B_RANGE} label="MSE over slope and intercept for the edited data" />
        </Figure>
      </div>
      <p className={styles.readout} aria-live="polite">
        {line ? <>Least squares: <span className={styles.formula} data-testid="data-line">{lineText(line.m, line.b, 3)}</span>, MSE <output className={styles.value}>{lineMse.toFixed(4)}</output></> : <span className={styles.danger}>No unique best line: give the points at least two different x values.</span>}
      </p>
      <ComputeNotice state={grid} what="the error surface" />
      <details>
        <summary>Points ({points.length})</summary>
        <table className={styles.table}>
          <thead><tr><th scope="col">#</th><th scope="col">x</th><th scope="col">y</th><th scope="col"><span className={styles.note}>remove</span></th></tr></thead>
          <tbody>
            {points.map(([x, y], i) => (
              <tr key={i}>
                <td>{i + 1}</td><td>{x.toFixed(2)}</td><td>{y.toFixed(2)}</td>
                <td><Button small aria-label={`Remove point ${i + 1}`} onClick={() => remove(i)} disabled={points.length <= 2}>×</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </WidgetFrame>
  );
}
