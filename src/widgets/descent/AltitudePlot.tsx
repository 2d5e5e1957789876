/**
 * Altitude against step for the walk so far: a thin line through every point, a blue circle
 * for a step taken by hand and an orange diamond for a gradient step (shape as well as
 * colour, for readers who cannot tell the two apart), the start hollow. The y axis fits the
 * points on the map; a point that left the map is drawn at the top edge as a warning mark.
 */
import { symbol, symbolCircle, symbolDiamond } from 'd3';
import { color, LinePlot, PlotClip, PlotFrame, usePlot } from '../kit';
import styles from './dark.module.css';
import type { Walk } from './walk';

export interface AltitudePlotProps {
  walk: Walk;
  /** The map's lowest and highest altitude (the axis never shows less than a sliver of it). */
  range: readonly [number, number];
}

const CIRCLE = symbol(symbolCircle, 42)() ?? '';
const DIAMOND = symbol(symbolDiamond, 48)() ?? '';

function Marks({ walk, lostAt }: { walk: Walk; lostAt: number | null }) {
  const { x, y, inner } = usePlot();
  return (
    <g aria-hidden="true">
      <PlotClip>
        {walk.points.map((p, i) => {
          if (i === lostAt) return null;
          const tx = x(i).toFixed(2), ty = y(p.f).toFixed(2);
          if (p.kind === 'start') return <circle key={i} className={styles.markStart} cx={tx} cy={ty} r={4.5} />;
          return <path key={i} className={p.kind === 'manual' ? styles.markManual : styles.markGradient} d={p.kind === 'manual' ? CIRCLE : DIAMOND} transform={`translate(${tx},${ty})`} />;
        })}
      </PlotClip>
      {lostAt !== null && (
        <g transform={`translate(${x(lostAt).toFixed(2)},${inner.top + 8})`}>
          <circle r={7} style={{ fill: color.bg, stroke: color.danger }} strokeWidth={2} />
          <path d="M-3,-3L3,3M3,-3L-3,3" style={{ stroke: color.danger }} strokeWidth={2} strokeLinecap="round" />
        </g>
      )}
    </g>
  );
}

export function AltitudePlot({ walk, range }: AltitudePlotProps) {
  const n = walk.points.length - 1;
  const lostAt = walk.lost ? walk.lost.step : null;
  const fs = walk.points.map((p) => p.f);
  const onMap = fs.filter((_, i) => i !== lostAt);
  let lo = Math.min(...onMap), hi = Math.max(...onMap);
  // At least 5% of the map's relief, so a flat stretch does not magnify rounding into cliffs.
  const minSpan = 0.05 * (range[1] - range[0]);
  if (hi - lo < minSpan) {
    const mid = (hi + lo) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = 0.08 * (hi - lo);
  const steps = walk.points.map((_, i) => i);
  // A lost point would pull the line off to infinity: the line stops before it.
  const lineTo = lostAt === null ? fs.length : lostAt;

  return (
    <PlotFrame
      label={`Altitude after each of ${n} steps`}
      x={[0, Math.max(10, n)]}
      y={[lo - pad, hi + pad]}
      xLabel="step"
      yLabel="altitude f"
      xInteger
      height={190}
    >
      <LinePlot x={steps.slice(0, lineTo)} y={fs.slice(0, lineTo)} color={color.muted} strokeWidth={1.5} />
      <Marks walk={walk} lostAt={lostAt} />
    </PlotFrame>
  );
}
