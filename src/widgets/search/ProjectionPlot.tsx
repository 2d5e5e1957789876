/**
 * One hyperparameter's view of the searches: the validation loss of every trial against its
 * log₁₀ α (or log₁₀ λ), on a log axis, whatever the other hyperparameter was. Grid trials fall
 * on only K columns; random ones spread over K² values. Diverged trials sit in a strip at the top.
 */
import { memo, type ReactNode } from 'react';
import { color, PlotFrame, usePlot } from '../kit';
import type { Interval } from '../state/schema';

/** The loss axis (log): from below the best loss to above the worst finite one. */
export const LOSS_AXIS: Interval = [0.1, 1];
/** Where diverged trials are drawn (in the strip above DIVERGED_LINE). */
export const DIVERGED_Y = 0.85;
const DIVERGED_LINE = 0.7;

function DivergedStrip() {
  const plot = usePlot();
  const py = plot.y(DIVERGED_LINE);
  return (
    <g aria-hidden="true">
      <line x1={plot.inner.left} x2={plot.inner.left + plot.inner.width} y1={py} y2={py} stroke={color.border} strokeDasharray="3 3" />
      <text x={plot.inner.left + 4} y={plot.y(DIVERGED_Y) + 4} fontSize={11} fill={color.muted}>diverged</text>
    </g>
  );
}

export interface ProjectionPlotProps {
  readonly label: string;
  readonly x: Interval;
  readonly xLabel: string;
  /** The trials' marks (Markers), with diverged ones at DIVERGED_Y. */
  readonly children?: ReactNode;
}

export const ProjectionPlot = memo(function ProjectionPlot({ label, x, xLabel, children }: ProjectionPlotProps) {
  return (
    <PlotFrame label={label} x={x} y={LOSS_AXIS} yScale="log" xLabel={xLabel} yLabel="validation loss" aspect={0.7} maxHeight={320}>
      <DivergedStrip />
      {children}
    </PlotFrame>
  );
});
