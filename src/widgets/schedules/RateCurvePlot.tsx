/**
 * The schedule's curve: α_t against the step, with the constant α₀ dashed beside it. The
 * y range starts at 0 so a rate that decays toward zero is seen to.
 */
import { useMemo } from 'react';
import { color, LinePlot, PlotFrame } from '../kit';

export interface RateCurvePlotProps {
  /** α_t for t = 0 … steps − 1 (rateCurve). */
  rates: Float64Array;
  lr: number;
  kindLabel: string;
}

export function RateCurvePlot({ rates, lr, kindLabel }: RateCurvePlotProps) {
  const steps = rates.length;
  const t = useMemo(() => Float64Array.from({ length: steps }, (_, i) => i), [steps]);
  const constant = useMemo(() => new Float64Array(steps).fill(lr), [steps, lr]);
  let top = lr;
  for (const r of rates) if (r > top) top = r;
  return (
    <PlotFrame label={`Learning rate against step: ${kindLabel} and constant`} x={[0, Math.max(1, steps)]} y={[0, top * 1.08]} xLabel="step t" yLabel="learning rate αₜ" aspect={0.6} maxHeight={260} xInteger>
      <LinePlot x={t} y={constant} color={color.muted} dashed strokeWidth={1.75} label="constant α₀" />
      <LinePlot x={t} y={rates} color={color.accent2} strokeWidth={2.25} label={kindLabel} />
    </PlotFrame>
  );
}
