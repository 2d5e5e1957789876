/**
 * The MSE over (m, b) as filled contours (grid from the worker) with the least-squares point
 * marked by a cross. With `current` and `onMove`, the current (m, b) is a draggable point and a
 * click moves it there; without, the plot only shows the surface.
 */
import { color, ContourPlot, Cross, DraggablePoint, PlotFrame } from '../kit';
import type { LinregGridOutput } from '../../worker/tasks/linregGrid';
import type { Interval } from '../state';
import { ClickLayer } from './ClickLayer';
import { contourGridOf } from './contourGrid';

export interface BowlPlotProps {
  grid: LinregGridOutput | undefined;
  mRange: Interval;
  bRange: Interval;
  current?: { m: number; b: number; onMove: (m: number, b: number) => void };
  label: string;
}

export function BowlPlot({ grid, mRange, bRange, current, label }: BowlPlotProps) {
  return (
    <PlotFrame label={label} x={mRange} y={bRange} xLabel="slope m" yLabel="intercept b" aspect={0.8}>
      {grid ? <ContourPlot grid={contourGridOf(grid)} levels={14} spacing="log" label="MSE contours" /> : null}
      {current ? <ClickLayer onClick={current.onMove} /> : null}
      {grid ? <Cross x={grid.leastSquares.m} y={grid.leastSquares.b} label="least-squares solution" /> : null}
      {current ? (
        <DraggablePoint
          x={current.m}
          y={current.b}
          domain={{ x: mRange, y: bRange }}
          step={[0.01, 0.05]}
          color={color.accent2}
          label="Current slope and intercept (m, b)"
          onChange={current.onMove}
        />
      ) : null}
    </PlotFrame>
  );
}
