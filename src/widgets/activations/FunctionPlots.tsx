/**
 * Part 1's two pictures: the four activations f(x) over [−6, 6] and, beside them, their slopes
 * f′(x), each with the chosen function drawn thick and the others faint, so its shape reads
 * against theirs; a vertical line and a dot mark the point x. The curves are computed once
 * (activationsModel.curves); a move of x redraws only the marker.
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame, usePlot } from '../kit';
import { ACT_FUNCTIONS, type ActFunction } from '../../worker/tasks/activationStats';
import { curves } from './activationsModel';
import { FUNCTION_LABELS, X_RANGE } from './activationsSchema';

/** f's y range: all of σ and tanh; ReLU leaves the top at x = 3, which its straight line makes plain. */
const F_RANGE: readonly [number, number] = [-1.25, 3];
/** Every slope lies in [0, 1]; a margin keeps the flat lines at 0 and 1 off the frame. */
const DF_RANGE: readonly [number, number] = [-0.1, 1.1];

/** The marker: a dashed vertical line at x and a dot at (x, value). */
function Marker({ x, value, ink }: { x: number; value: number; ink: string }) {
  const plot = usePlot();
  const px = plot.x(x), py = plot.y(value);
  return (
    <g aria-hidden="true">
      <line x1={px} x2={px} y1={plot.inner.top} y2={plot.inner.top + plot.inner.height} style={{ stroke: color.muted }} strokeDasharray="4 3" strokeWidth={1} />
      {py >= plot.inner.top && py <= plot.inner.top + plot.inner.height ? <circle cx={px} cy={py} r={5.5} style={{ fill: ink, stroke: color.bg }} strokeWidth={2} /> : null}
    </g>
  );
}

/** Every function's curve (faint) with the chosen one on top. Memoized on the choice alone. */
const Curves = memo(function Curves({ fn, slope, ink }: { fn: ActFunction; slope: boolean; ink: string }) {
  const all = curves();
  const others = ACT_FUNCTIONS.filter((f) => f !== fn);
  return (
    <>
      {others.map((f) => (
        <LinePlot key={f} x={all[f].x} y={slope ? all[f].dy : all[f].y} color={color.border} strokeWidth={1.5} />
      ))}
      <LinePlot x={all[fn].x} y={slope ? all[fn].dy : all[fn].y} color={ink} strokeWidth={3} label={`${FUNCTION_LABELS[fn]}${slope ? ', its slope' : ''}`} />
    </>
  );
});

// Memoized: a part-2 control or a worker result re-renders the widget, not these plots.
export const FunctionPlot = memo(function FunctionPlot({ fn, x, value, slope }: { fn: ActFunction; x: number; value: number; slope: boolean }) {
  const ink = slope ? color.accent2 : color.accent;
  return (
    <PlotFrame
      label={slope ? 'The slopes of the four activations' : 'The four activation functions'}
      x={X_RANGE}
      y={slope ? DF_RANGE : F_RANGE}
      xLabel="x"
      yLabel={slope ? 'f′(x)' : 'f(x)'}
      aspect={0.62}
      maxHeight={300}
      grid
    >
      <Curves fn={fn} slope={slope} ink={ink} />
      <Marker x={x} value={value} ink={ink} />
    </PlotFrame>
  );
});
