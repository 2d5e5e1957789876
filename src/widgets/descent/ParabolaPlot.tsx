/**
 * Gradient descent on f(x) = ½λx², drawn: the parabola, the iterates as dots on it joined in
 * order (the zig-zag when α·λ > 1), the start hollow and the current iterate large. The last
 * step taken is also drawn as an arrow along f = 0, from x_{t−1} to x_t: its length is
 * α·|f′(x_{t−1})|. The window is x ∈ [−R, R] (viewWindow.ts); a path that leaves it is drawn
 * to the edge and marked there, with the step.
 */
import { color, LinePlot, PlotClip, PlotFrame, usePlot } from '../kit';
import { EdgeExit } from './EdgeExit';
import type { QuadraticPath } from './learningRate';
import { firstOutside } from './viewWindow';

export interface ParabolaPlotProps {
  lambda: number;
  path: QuadraticPath;
  /** Show iterates 0 … upTo (playback). */
  upTo: number;
  /** Half-width R of the window. */
  radius: number;
}

const CURVE_POINTS = 121;
const clampPx = (v: number) => Math.max(-1e5, Math.min(1e5, v));

function Iterates({ lambda, xs, shown, exitAt }: { lambda: number; xs: Float64Array; shown: number; exitAt: number | null }) {
  const { x, y } = usePlot();
  const f = (v: number) => 0.5 * lambda * v * v;
  const px = (v: number) => clampPx(x(v));
  const py = (v: number) => clampPx(y(f(v)));
  // Dots for the points inside the window; the current one large unless it has left.
  const inside = exitAt === null ? shown : Math.min(shown, exitAt - 1);
  const last = xs[shown];
  const prev = shown > 0 ? xs[shown - 1] : null;
  const baseline = y(0);
  const arrow = prev !== null && exitAt === null;
  return (
    <PlotClip>
      {arrow && (
        <g style={{ stroke: color.accent, fill: color.accent }} aria-hidden="true">
          <line x1={px(prev)} x2={px(last)} y1={baseline} y2={baseline} strokeWidth={2.5} />
          <path d={`M${px(last)},${baseline} l${last > prev ? -8 : 8},-5 v10 Z`} strokeWidth={1} />
        </g>
      )}
      {Array.from(xs.subarray(0, inside + 1), (v, t) =>
        t < shown ? (
          <circle key={t} cx={px(v)} cy={py(v)} r={t === 0 ? 5 : 3.5} strokeWidth={2}
            style={t === 0 ? { fill: color.bg, stroke: color.accent2 } : { fill: color.accent2, stroke: 'none' }} />
        ) : null,
      )}
      {inside === shown && <circle cx={px(last)} cy={py(last)} r={6.5} strokeWidth={2} style={{ fill: color.accent2, stroke: color.bg }} />}
    </PlotClip>
  );
}

export function ParabolaPlot({ lambda, path, upTo, radius }: ParabolaPlotProps) {
  const top = 0.5 * lambda * radius * radius;
  const xs = Float64Array.from({ length: CURVE_POINTS }, (_, i) => -radius + (2 * radius * i) / (CURVE_POINTS - 1));
  const shown = Math.min(upTo, path.steps);
  const exit = firstOutside(path.points.subarray(0, shown + 1), 1, radius);
  // The chords stop at the first point outside the window (that chord runs off the edge).
  const end = exit ?? shown;
  const iterates = path.points.subarray(0, end + 1);
  const f = (v: number) => 0.5 * lambda * v * v;

  return (
    <PlotFrame
      label={`The parabola f(x) = ½·${lambda}·x² with ${shown} gradient steps`}
      x={[-radius, radius]}
      y={[-0.05 * top, 1.05 * top]}
      xLabel="x"
      yLabel="f(x)"
      aspect={0.8}
      maxHeight={400}
    >
      <LinePlot x={xs} y={xs.map(f)} color={color.muted} strokeWidth={2} />
      <LinePlot x={iterates} y={iterates.map(f)} color={color.accent2} strokeWidth={1.5} />
      <Iterates lambda={lambda} xs={path.points} shown={shown} exitAt={exit} />
      {exit !== null && exit > 0 && <EdgeExit inside={[path.points[exit - 1], f(path.points[exit - 1])]} outside={[path.points[exit], f(path.points[exit])]} step={exit} />}
    </PlotFrame>
  );
}
