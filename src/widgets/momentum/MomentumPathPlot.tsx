/**
 * The bowl from above with momentum's path: filled contours of ½(λmin x² + λmax y²) (the
 * core's quadratic surface), the iterates joined in order, and the minimum at the origin. The
 * axes are the eigen-directions, so the path's x is the slow direction's error and its y the
 * fast direction's. The window is one of chapter 3's fixed zooms (±3, ±6, ±12) chosen from the
 * whole run, and a path that leaves it is drawn to the edge and marked there with the step.
 */
import { useMemo } from 'react';
import { createQuadratic, sampleGrid } from '../../core';
import { ContourPlot, PlotFrame, TrajectoryOverlay, color, significant, usePlot } from '../kit';
import { EdgeExit } from '../descent/EdgeExit';
import { firstOutside } from '../descent/viewWindow';
import { bowlCurvatures } from './bowl';
import type { MomentumPath } from './momentumRun';

export interface MomentumPathPlotProps {
  kappa: number;
  path: MomentumPath;
  /** Show iterates 0 … upTo (playback). */
  upTo: number;
  /** Half-width of the square window. */
  radius: number;
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

/** The contours depend on κ and the window only: 81 × 81 samples, recomputed when those change. */
function useBowlGrid(kappa: number, radius: number) {
  return useMemo(
    () => sampleGrid(createQuadratic({ conditionNumber: kappa, scale: bowlCurvatures(kappa).lambdaMin }), { x: [-radius, radius], y: [-radius, radius], nx: 81, ny: 81 }),
    [kappa, radius],
  );
}

export function MomentumPathPlot({ kappa, path, upTo, radius }: MomentumPathPlotProps) {
  const grid = useBowlGrid(kappa, radius);
  const shown = Math.min(upTo, path.steps);
  const exit = firstOutside(path.points.subarray(0, 2 * (shown + 1)), 2, radius);
  const p = (t: number): [number, number] => [path.points[2 * t], path.points[2 * t + 1]];
  return (
    <PlotFrame
      label={`Contours of the bowl with condition number ${significant(kappa)} and ${shown} momentum steps`}
      x={[-radius, radius]}
      y={[-radius, radius]}
      xLabel="x (slow direction)"
      yLabel="y (fast direction)"
      aspect={1}
      maxHeight={400}
    >
      <ContourPlot grid={grid} levels={11} spacing="log" opacity={0.75} />
      <Minimum />
      <TrajectoryOverlay points={path.points} upTo={exit ?? shown} dots />
      {exit !== null && exit > 0 && <EdgeExit inside={p(exit - 1)} outside={p(exit)} step={exit} />}
    </PlotFrame>
  );
}
