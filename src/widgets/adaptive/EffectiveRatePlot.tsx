/**
 * One coordinate's effective step size α_eff(t) for each optimizer shown, on a log axis, with
 * 1/λ dotted: the step size that would land on this axis's minimum in one step (and 2/λ, where
 * plain gradient descent starts to overshoot for good, dashed). A step against the gradient
 * (Adam's momentum carrying it past the minimum) has a negative ratio, which a log axis cannot
 * show: it is a gap in the curve, counted in the description.
 */
import { useMemo } from 'react';
import { color, PlotClip, PlotFrame, usePlot } from '../kit';
import { line } from 'd3';
import type { AdaptiveName } from './adaptiveModel';
import { OPTIMIZER_COLORS, OPTIMIZER_DASHES } from './optimizerStyles';

export interface RateSeries {
  readonly name: AdaptiveName;
  readonly title: string;
  /** α_eff for steps 0 … n − 1. */
  readonly values: Float64Array;
}

/** A horizontal rule with its label above it, or below it (`below`), so two close rules' labels do not collide. */
function Rule({ value, dash, label, below = false }: { value: number; dash: string; label: string; below?: boolean }) {
  const { x, y, xDomain, yDomain } = usePlot();
  if (!(value >= yDomain[0] && value <= yDomain[1])) return null;
  const py = y(value);
  return (
    <g aria-hidden="true">
      <line x1={x(xDomain[0])} x2={x(xDomain[1])} y1={py} y2={py} style={{ stroke: color.fg }} strokeDasharray={dash} strokeOpacity={0.6} />
      <text x={x(xDomain[1]) - 4} y={below ? py + 13 : py - 4} textAnchor="end" fontSize={11} style={{ fill: color.muted }}>
        {label}
      </text>
    </g>
  );
}

/** A curve with gaps wherever the value is not a positive finite number. */
function Curve({ s }: { s: RateSeries }) {
  const { x, y } = usePlot();
  const d = useMemo(() => {
    const pts: [number, number][] = Array.from(s.values, (v, t) => [t, v]);
    return line<[number, number]>()
      .defined((p) => p[1] > 0 && Number.isFinite(p[1]))
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))
      .digits(1)(pts) ?? '';
  }, [s.values, x, y]);
  return (
    <PlotClip>
      <path d={d} fill="none" style={{ stroke: OPTIMIZER_COLORS[s.name] }} strokeWidth={2} strokeDasharray={OPTIMIZER_DASHES[s.name]} strokeLinejoin="round" role="img" aria-label={`${s.title}'s effective step size`} data-testid={`adaptive-curve-${s.name}`} />
    </PlotClip>
  );
}

export interface EffectiveRatePlotProps {
  axisName: string;
  lambda: number;
  steps: number;
  series: readonly RateSeries[];
  range: [number, number];
}

export function EffectiveRatePlot({ axisName, lambda, steps, series, range }: EffectiveRatePlotProps) {
  return (
    <PlotFrame label={`Effective step size along ${axisName} against step, log scale`} x={[0, Math.max(1, steps)]} y={range} yScale="log" xLabel="step t" yLabel={`α_eff along ${axisName}`} aspect={0.65} maxHeight={280} xInteger>
      <Rule value={1 / lambda} dash="2 3" label="1/λ" below />
      <Rule value={2 / lambda} dash="6 4" label="2/λ" />
      {series.map((s) => (
        <Curve key={s.name} s={s} />
      ))}
    </PlotFrame>
  );
}
