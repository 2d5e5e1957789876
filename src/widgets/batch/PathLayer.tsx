/**
 * An optimizer's path over the contour map, drawn for paths of any length: a few dozen steps
 * get a dot per iterate, thousands of steps a thinner line (a 6,000-step SGD path at full
 * width would paint over the minimum it circles). A dark casing under a short path's line
 * keeps it visible on every contour colour. Hollow marker at the start, filled at the end, and where
 * the run diverged, a warning marker at its last finite point, pinned inside the plot.
 */
import { line } from 'd3';
import { useMemo } from 'react';
import { color, PlotClip, usePlot } from '../kit';

export interface PathLayerProps {
  /** Flat [m0, b0, m1, b1, …] (the task's params). */
  points: Float64Array;
  /** Step at which the run diverged, or null. */
  divergedAt: number | null;
  /** Draw steps 0 … upTo only (a diverged run, up to where it leaves the map). */
  upTo?: number;
  /** Line colour. */
  stroke: string;
  /** Accessible name. */
  label: string;
}

/** Stroke width for a path of this many steps: 2 px for short paths, down to 0.75 px. */
export function strokeFor(steps: number): number {
  return steps <= 300 ? 2 : steps <= 1500 ? 1.25 : 0.75;
}

const CASING = 'var(--dw-path-casing, rgba(0, 0, 0, 0.35))';
const FAR = 1e5;

export function PathLayer({ points, divergedAt, upTo, stroke, label }: PathLayerProps) {
  const { x, y, xDomain, yDomain } = usePlot();
  const all = Math.floor(points.length / 2);
  const count = upTo === undefined ? all : Math.min(all, Math.max(0, upTo) + 1);
  const steps = all - 1;
  const drawn = useMemo(() => {
    const px: [number, number][] = [];
    let lastFinite = -1;
    for (let i = 0; i < count; i++) {
      const m = points[2 * i], b = points[2 * i + 1];
      const ok = Number.isFinite(m) && Number.isFinite(b);
      if (ok) lastFinite = i;
      // Far-off points are pinned to a band outside the plot: a diverged run's 1e150 would
      // otherwise make a path the browser refuses to draw.
      px.push(ok ? [clamp(x(m)), clamp(y(b))] : [NaN, NaN]);
    }
    const d = line<[number, number]>().defined((p) => !Number.isNaN(p[0])).digits(1)(px) ?? '';
    return { px, d, lastFinite };
  }, [points, count, x, y]);
  if (count === 0) return null;
  const width = strokeFor(steps);
  const start = drawn.px[0];
  const end = drawn.lastFinite >= 0 ? drawn.px[drawn.lastFinite] : null;
  const diverged = divergedAt !== null;
  let warning: [number, number] | null = null;
  if (diverged && drawn.lastFinite >= 0) {
    const pin = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
    warning = [x(pin(points[2 * drawn.lastFinite], xDomain)), y(pin(points[2 * drawn.lastFinite + 1], yDomain))];
  }
  return (
    <g role="img" aria-label={label}>
      <PlotClip>
        {width >= 2 ? <path d={drawn.d} fill="none" style={{ stroke: CASING }} strokeWidth={width + 2} strokeLinejoin="round" strokeLinecap="round" /> : null}
        <path d={drawn.d} fill="none" style={{ stroke }} strokeWidth={width} strokeLinejoin="round" strokeLinecap="round" data-testid="path-line" />
        {steps <= 60
          ? drawn.px.map((p, i) => (i > 0 && !Number.isNaN(p[0]) ? <circle key={i} cx={p[0]} cy={p[1]} r={2.25} style={{ fill: stroke }} /> : null))
          : null}
        <circle cx={start[0]} cy={start[1]} r={5} strokeWidth={2} style={{ fill: color.bg, stroke }} />
        {end && !diverged ? <circle cx={end[0]} cy={end[1]} r={5} strokeWidth={1.5} style={{ fill: stroke, stroke: color.bg }} /> : null}
      </PlotClip>
      {warning ? (
        <g transform={`translate(${warning[0].toFixed(2)},${warning[1].toFixed(2)})`} data-divergence={divergedAt ?? undefined}>
          <title>{`Diverged at step ${divergedAt ?? ''}`}</title>
          <circle r={9} style={{ fill: color.bg, stroke: color.danger }} strokeWidth={2} />
          <path d="M-4,-4L4,4M4,-4L-4,4" style={{ stroke: color.danger }} strokeWidth={2.5} strokeLinecap="round" />
        </g>
      ) : null}
    </g>
  );
}

function clamp(p: number): number {
  return Number.isFinite(p) ? Math.min(FAR, Math.max(-FAR, p)) : NaN;
}
