/**
 * Each layer's standard deviation of the activations and of the gradients ∂L/∂h, on one log
 * axis: a straight falling line is geometric vanishing, a rising one explosion, a flat one a
 * healthy network. The axis spans whole decades around the data (at least two), so the reader
 * counts orders of magnitude; a std of exactly 0 (all-zero weights) has no place on a log axis
 * and is left out (the caption says so).
 */
import { memo, useMemo } from 'react';
import { color, LinePlot, PlotFrame, ScatterPlot } from '../kit';
import type { ActivationStatsOutput } from '../../worker/tasks/activationStats';

/** The decades around the positive values, at least [10⁻¹, 10¹]. */
export function decadeRange(values: readonly ArrayLike<number>[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) for (let i = 0; i < v.length; i++) if (v[i] > 0) {
    lo = Math.min(lo, v[i]);
    hi = Math.max(hi, v[i]);
  }
  if (!Number.isFinite(lo)) return [0.1, 10];
  const a = Math.floor(Math.log10(lo)), b = Math.ceil(Math.log10(hi));
  return [10 ** Math.min(a, -1), 10 ** Math.max(b, 1)];
}

const positive = (v: Float64Array) => v.map((s) => (s > 0 ? s : NaN));

export const StdPlot = memo(function StdPlot({ o }: { o: ActivationStatsOutput }) {
  const layer = useMemo(() => Float64Array.from({ length: o.layers }, (_, l) => l + 1), [o.layers]);
  const act = useMemo(() => positive(o.actStd), [o]);
  const grad = useMemo(() => positive(o.gradStd), [o]);
  const both = useMemo(() => ({ x: Float64Array.from([...layer, ...layer]), y: Float64Array.from([...act, ...grad]), g: Float64Array.from([...layer].map(() => 0).concat([...layer].map(() => 1))) }), [layer, act, grad]);
  return (
    <PlotFrame label="Standard deviation by layer, log scale" x={[1, o.layers]} y={decadeRange([o.actStd, o.gradStd])} yScale="log" xLabel="layer" yLabel="std" xInteger aspect={0.7} maxHeight={320} margin={{ right: 20 }}>
      <LinePlot x={layer} y={act} color={color.accent} label="std of the activations by layer" />
      <LinePlot x={layer} y={grad} color={color.accent2} dashed label="std of the gradients by layer" />
      <ScatterPlot x={both.x} y={both.y} group={both.g} radius={3.5} />
    </PlotFrame>
  );
});
