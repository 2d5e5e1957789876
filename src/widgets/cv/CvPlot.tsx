/**
 * Mean validation error over the k rounds against the degree (log axis), with a bar from the
 * smallest to the largest fold error at every degree, and each fold's error as a dot at the
 * degree shown. A press on the plot picks the degree shown.
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame, ScatterPlot, usePlot } from '../kit';
import { ClickLayer } from '../linreg/ClickLayer';
import { MarkerLine } from '../overfit/MarkerLine';
import type { DegreeFolds } from './cvModel';
import { CV_MAX_DEGREE } from './cvModel';

const FLOOR = 1e-2, CEILING = 100;
const clamp = (v: number) => Math.min(CEILING, Math.max(FLOOR, v));

function RangeBars({ degrees }: { degrees: readonly DegreeFolds[] }) {
  const plot = usePlot();
  return (
    <g aria-hidden="true">
      {degrees.map((d) => {
        const x = plot.x(d.degree);
        return <line key={d.degree} x1={x} x2={x} y1={plot.y(clamp(Math.min(...d.folds)))} y2={plot.y(clamp(Math.max(...d.folds)))} style={{ stroke: color.accent2 }} strokeWidth={1.5} opacity={0.6} />;
      })}
    </g>
  );
}

export const CvPlot = memo(function CvPlot({ degrees, degree, best, onPick }: { degrees: readonly DegreeFolds[]; degree: number; best: number; onPick: (degree: number) => void }) {
  const shown = degrees[degree];
  return (
    <PlotFrame label="Cross-validated error against the degree" x={[0, CV_MAX_DEGREE]} y={[FLOOR, CEILING]} yScale="log" xLabel="degree" yLabel="validation MSE" aspect={0.7} xInteger>
      <ClickLayer onClick={(d) => onPick(Math.round(Math.min(CV_MAX_DEGREE, Math.max(0, d))))} />
      <RangeBars degrees={degrees} />
      <LinePlot x={degrees.map((d) => d.degree)} y={degrees.map((d) => clamp(d.mean))} color={color.accent2} label="mean validation error over the folds" />
      <ScatterPlot x={Array.from(shown.folds, () => degree)} y={Array.from(shown.folds, clamp)} colors={[color.fg]} radius={3.5} label={`each fold's error at degree ${degree}`} />
      <MarkerLine x={best} label={`best ${best}`} dashed />
    </PlotFrame>
  );
});
