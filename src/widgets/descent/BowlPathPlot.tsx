/**
 * A descent on the bowl ½(λmin x² + λmax y²), seen from above (gradient descent in chapter 3,
 * momentum in the momentum explorer, where the axes are the eigen-directions): the core's quadratic
 * surface as filled contours, the path of iterates over it (the kit's TrajectoryOverlay, which
 * clips a run that flies off and marks where it diverged) and the minimum at the origin.
 * The window is ±R (viewWindow.ts); a path that leaves it is drawn to the edge and marked
 * there with the step, rather than scribbled across the plot.
 *
 * The contours depend on κ only: f(Rx, Ry) = R²·f(x, y), so the bowl's contours on the window
 * ±R are its contours on ±1, scaled, and levels placed between the grid's extremes scale with
 * them. The 81 × 81 grid is sampled on ±1 and drawn through unit scales onto the same pixels,
 * so a new α or β (a new path, a new R) neither recomputes nor redraws it.
 */
import { type ReactNode, useMemo } from 'react';
import { scaleLinear } from 'd3';
import { createQuadratic, sampleGrid } from '../../core';
import { color, ContourPlot, PlotContext, type PlotContextValue, PlotFrame, significant, TrajectoryOverlay, usePlot } from '../kit';
import { EdgeExit } from './EdgeExit';
import { BOWL_LAMBDA_MIN } from './learningRate';
import { firstOutside } from './viewWindow';

export interface BowlPathPlotProps {
  kappa: number;
  /** Iterates (x₀, y₀, x₁, y₁, …) and the steps taken. */
  path: { readonly points: Float64Array; readonly steps: number };
  /** Show iterates 0 … upTo (playback). */
  upTo: number;
  /** Half-width R of the square window. */
  radius: number;
  /** What a step is, for the plot's accessible name (default "gradient"). */
  stepName?: string;
  /** Axis titles (default: the shallow and the steep direction). */
  axes?: readonly [x: string, y: string];
}

function Minimum() {
  const { x, y } = usePlot();
  const cx = x(0), cy = y(0), s = 5;
  return (
    <g style={{ stroke: color.fg }} strokeWidth={2} aria-hidden="true">
      <line x1={cx - s} y1={cy - s} x2={cx + s} y2={cy + s} />
      <line x1={cx - s} y1={cy + s} x2={cx + s} y2={cy - s} />
    </g>
  );
}

/** Its children drawn in unit coordinates: data ±1 lands where the frame puts ±R. */
function UnitWindow({ children }: { children: ReactNode }) {
  const plot = usePlot();
  const [xl, xr] = [plot.x(plot.xDomain[0]), plot.x(plot.xDomain[1])];
  const [yb, yt] = [plot.y(plot.yDomain[0]), plot.y(plot.yDomain[1])];
  const unit = useMemo<PlotContextValue>(
    () => ({ ...plot, x: scaleLinear([-1, 1], [xl, xr]), y: scaleLinear([-1, 1], [yb, yt]), xDomain: [-1, 1], yDomain: [-1, 1] }),
    // Only the pixels matter: the same frame at another R gives the same unit scales.
    [xl, xr, yb, yt, plot.width, plot.height, plot.clipId],
  );
  return <PlotContext.Provider value={unit}>{children}</PlotContext.Provider>;
}

export function BowlPathPlot({ kappa, path, upTo, radius, stepName = 'gradient', axes = ['x (shallow direction)', 'y (steep direction)'] }: BowlPathPlotProps) {
  const grid = useMemo(() => sampleGrid(createQuadratic({ conditionNumber: kappa, scale: BOWL_LAMBDA_MIN }), { x: [-1, 1], y: [-1, 1], nx: 81, ny: 81 }), [kappa]);
  const shown = Math.min(upTo, path.steps);
  const exit = firstOutside(path.points.subarray(0, 2 * (shown + 1)), 2, radius);
  const p = (t: number): [number, number] => [path.points[2 * t], path.points[2 * t + 1]];
  return (
    <PlotFrame
      label={`Contours of the bowl with condition number ${significant(kappa)} and ${shown} ${stepName} steps`}
      x={[-radius, radius]}
      y={[-radius, radius]}
      xLabel={axes[0]}
      yLabel={axes[1]}
      aspect={1}
      maxHeight={400}
    >
      <UnitWindow>
        <ContourPlot grid={grid} levels={11} spacing="log" opacity={0.75} />
      </UnitWindow>
      <Minimum />
      <TrajectoryOverlay points={path.points} upTo={exit ?? shown} dots />
      {exit !== null && exit > 0 && <EdgeExit inside={p(exit - 1)} outside={p(exit)} step={exit} />}
    </PlotFrame>
  );
}
