/**
 * The full-data MSE along the run, against epochs, examples processed or iterations (the
 * reader picks): per epoch small batches win, per iteration big ones do, and examples
 * processed is epochs × n for every batch size. The full-batch run is the faint dashed
 * curve; the least-squares MSE, the floor no line can go below, is the dotted rule.
 */
import { color, LinePlot, PlotFrame, usePlot } from '../kit';
import type { BatchPath } from '../../worker/tasks/batchPaths';

export type LossAxis = 'epochs' | 'examples' | 'iterations';

export const AXIS_LABEL: Record<LossAxis, string> = {
  epochs: 'epochs',
  examples: 'examples processed',
  iterations: 'iterations (updates)',
};

/** x of each point of a path on the chosen axis. */
export function axisValues(path: BatchPath, axis: LossAxis, n: number): Float64Array {
  const out = new Float64Array(path.steps + 1);
  for (let t = 0; t <= path.steps; t++) out[t] = axis === 'iterations' ? t : axis === 'examples' ? path.examples[t] : path.examples[t] / n;
  return out;
}

function Floor({ value }: { value: number }) {
  const { x, y, xDomain } = usePlot();
  const py = y(value);
  return <line x1={x(xDomain[0])} x2={x(xDomain[1])} y1={py} y2={py} style={{ stroke: color.fg }} strokeDasharray="2 3" strokeOpacity={0.7} aria-hidden="true" />;
}

export interface LossPlotProps {
  path: BatchPath | undefined;
  reference: BatchPath | null | undefined;
  axis: LossAxis;
  n: number;
  epochs: number;
  /** The least-squares MSE (the floor) and the starting MSE: the fixed y range. */
  floor: number | undefined;
  start: number | undefined;
}

export function LossPlot({ path, reference, axis, n, epochs, floor, start }: LossPlotProps) {
  const planned = Math.max(path?.steps ?? 1, reference?.steps ?? 1, 1);
  const xMax = axis === 'epochs' ? epochs : axis === 'examples' ? epochs * n : planned;
  const lo = floor !== undefined ? floor * 0.85 : 0.5;
  const hi = start !== undefined ? start * 1.6 : 30;
  return (
    <PlotFrame label={`Full-data MSE against ${AXIS_LABEL[axis]}`} x={[0, xMax]} y={[lo, hi]} yScale="log" xLabel={AXIS_LABEL[axis]} yLabel="full-data MSE" aspect={0.75} maxHeight={280} xInteger={axis !== 'epochs' || epochs > 1}>
      {floor !== undefined ? <Floor value={floor} /> : null}
      {reference ? <LinePlot x={axisValues(reference, axis, n)} y={reference.loss} color={color.muted} dashed strokeWidth={1.75} label="full-batch gradient descent" /> : null}
      {path ? <LinePlot x={axisValues(path, axis, n)} y={path.loss} color={color.accent2} strokeWidth={path.steps > 500 ? 1.25 : 2} label={`batch size ${path.batchSize}`} /> : null}
    </PlotFrame>
  );
}
