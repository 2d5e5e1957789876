/**
 * Error against capacity: the training, validation and (for the book's sample) new-data error
 * of the closed-form fit of every degree, on a log axis. A press on the plot picks a degree.
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame } from '../kit';
import { ClickLayer } from '../linreg/ClickLayer';
import { MarkerLine } from './MarkerLine';
import { ERROR_CEILING, MAX_DEGREE, type DegreeErrors } from './overfitModel';

const FLOOR = 1e-4;
const clampError = (e: number): number => Math.min(ERROR_CEILING, Math.max(FLOOR, e));

export interface CapacityPlotProps {
  readonly curve: readonly DegreeErrors[];
  readonly degree: number;
  readonly best: number;
  readonly onPick: (degree: number) => void;
}

export const CapacityPlot = memo(function CapacityPlot({ curve, degree, best, onPick }: CapacityPlotProps) {
  const x = curve.map((c) => c.degree);
  const fresh = curve[0].fresh === null ? null : curve.map((c) => clampError(c.fresh ?? NaN));
  return (
    <PlotFrame label="Training and validation error against the degree" x={[0, MAX_DEGREE]} y={[FLOOR, ERROR_CEILING]} yScale="log" xLabel="degree" yLabel="mean squared error" aspect={0.75} xInteger>
      <ClickLayer onClick={(d) => onPick(Math.round(Math.min(MAX_DEGREE, Math.max(0, d))))} />
      {fresh ? <LinePlot x={x} y={fresh} color={color.muted} dashed strokeWidth={1.5} label="error on new points" /> : null}
      <LinePlot x={x} y={curve.map((c) => clampError(c.train))} color={color.accent} label="training error" />
      <LinePlot x={x} y={curve.map((c) => clampError(c.validation))} color={color.accent2} label="validation error" />
      <MarkerLine x={best} label={`best ${best}`} dashed />
      {degree !== best ? <MarkerLine x={degree} label={`${degree}`} /> : null}
    </PlotFrame>
  );
});
