/**
 * The 20 samples and the two degree-9 fits through them: dashed, the unpenalized one (fixed,
 * memoized), solid, the penalized one. The unpenalized curve swings far outside the data near
 * the ends; the y axis stops at ±1.75 and the plot clips it.
 */
import { memo, useMemo } from 'react';
import { color, LinePlot, PlotFrame, ScatterPlot } from '../kit';
import { COEFFICIENT_DATA, type CoefficientFit, fitCurve } from './penaltyModel';

const POINT_COLORS = [color.fg];

const Fixed = memo(function Fixed({ unpenalized }: { unpenalized: CoefficientFit }) {
  const curve = useMemo(() => fitCurve(unpenalized.w), [unpenalized]);
  return (
    <>
      <LinePlot x={curve.x} y={curve.y} color={color.muted} strokeWidth={1.5} dashed />
      <ScatterPlot x={COEFFICIENT_DATA.x} y={COEFFICIENT_DATA.y} colors={POINT_COLORS} radius={3.5} />
    </>
  );
});

export function FitCurvePlot({ fit, unpenalized }: { fit: CoefficientFit; unpenalized: CoefficientFit }) {
  const curve = useMemo(() => fitCurve(fit.w), [fit]);
  return (
    <PlotFrame label="The 20 points with the penalized and the unpenalized polynomial" x={[0, 1]} y={[-1.75, 1.75]} xLabel="x" yLabel="y" aspect={0.5} maxHeight={220} defaultWidth={420}>
      <Fixed unpenalized={unpenalized} />
      <LinePlot x={curve.x} y={curve.y} color={color.accent} strokeWidth={2.5} />
    </PlotFrame>
  );
}
