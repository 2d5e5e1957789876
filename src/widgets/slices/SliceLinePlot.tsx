/**
 * A 1-D slice L(θ + a·D1) as a line plot: one or more curves over a, with optional marks for
 * what the task found: kinks (dots on the curve, and a rug of ticks along the bottom when there
 * are many), stretches where the curve bends downwards (shaded bands), and the centre a = 0.
 */
import type { Vec2 } from '../../core';
import { color, LinePlot, PlotClip, PlotFrame, usePlot } from '../kit';
import styles from './slices.module.css';

export interface SliceCurve {
  /** Sample positions along a (ascending) and the loss there. */
  a: ArrayLike<number>;
  loss: ArrayLike<number>;
  color: string;
  /** Accessible name of the curve. */
  label: string;
  strokeWidth?: number;
  dashed?: boolean;
}

export interface SliceLinePlotProps {
  label: string;
  range: Vec2;
  yRange: Vec2;
  curves: readonly SliceCurve[];
  /** Points to mark on a curve (one example's kinks). */
  dots?: readonly Vec2[];
  /** Positions along a to tick at the bottom (all examples' kinks). */
  rug?: ArrayLike<number>;
  /** Intervals of a to shade (where the curve is concave). */
  bands?: readonly Vec2[];
  bandColor?: string;
}

function Bands({ bands, fill }: { bands: readonly Vec2[]; fill: string }) {
  const { x, inner } = usePlot();
  return (
    <PlotClip>
      <g aria-hidden="true" data-testid="concave-bands">
        {bands.map(([lo, hi]) => (
          <rect key={`${lo}:${hi}`} x={x(lo)} y={inner.top} width={Math.max(1, x(hi) - x(lo))} height={inner.height} style={{ fill }} opacity={0.16} />
        ))}
      </g>
    </PlotClip>
  );
}

function CentreLine() {
  const { x, inner } = usePlot();
  const px = x(0);
  return <line x1={px} x2={px} y1={inner.top} y2={inner.top + inner.height} style={{ stroke: color.muted }} strokeDasharray="3 4" strokeWidth={1} aria-hidden="true" />;
}

function Rug({ at }: { at: ArrayLike<number> }) {
  const { x, inner } = usePlot();
  const y1 = inner.top + inner.height, y0 = y1 - 9;
  const ticks: number[] = [];
  for (let i = 0; i < at.length; i++) ticks.push(x(at[i]));
  return (
    <g aria-hidden="true" data-testid="kink-rug" style={{ stroke: color.fg }} strokeOpacity={0.45} strokeWidth={1}>
      {ticks.map((px, i) => <line key={i} x1={px} x2={px} y1={y0} y2={y1} />)}
    </g>
  );
}

function Dots({ points }: { points: readonly Vec2[] }) {
  const { x, y } = usePlot();
  return (
    <g data-testid="kink-dots">
      {points.map(([a, l], i) => (
        <circle key={i} cx={x(a)} cy={y(l)} r={4.5} className={styles.kinkDot} style={{ fill: color.bg, stroke: color.accent2 }} strokeWidth={2}>
          <title>{`kink at a = ${a.toFixed(3)}`}</title>
        </circle>
      ))}
    </g>
  );
}

export function SliceLinePlot({ label, range, yRange, curves, dots, rug, bands, bandColor = color.danger }: SliceLinePlotProps) {
  return (
    <PlotFrame label={label} x={range} y={yRange} xLabel="a  (step along direction D₁)" yLabel="loss" aspect={0.9} maxHeight={360} grid>
      {bands && bands.length > 0 ? <Bands bands={bands} fill={bandColor} /> : null}
      <CentreLine />
      {rug && rug.length > 0 ? <Rug at={rug} /> : null}
      {curves.map((c) => (
        <LinePlot key={c.label} x={c.a} y={c.loss} color={c.color} strokeWidth={c.strokeWidth ?? 2.25} dashed={c.dashed} label={c.label} />
      ))}
      {dots && dots.length > 0 ? <Dots points={dots} /> : null}
    </PlotFrame>
  );
}
