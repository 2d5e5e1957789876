/**
 * An optimizer's path over a surface: a polyline through the iterates, a hollow marker at the
 * start, a filled one at the current end, and, if the run diverged, a warning marker where it
 * was last seen (pinned to the plot's edge when it flew off, so the reader sees which way).
 */
import { line } from 'd3';
import { useMemo } from 'react';
import type { Vec2 } from '../../state/schema';
import { formatValue } from '../format';
import { color as theme } from '../theme';
import { PlotClip } from './PlotClip';
import { drawable, toPixel } from './pixels';
import { usePlot } from './plotContext';

/** Iterates as a flat [x0, y0, x1, y1, …] array or as pairs. */
export type Points = ArrayLike<number> | readonly Vec2[];

export interface TrajectoryOverlayProps {
  /** The iterates: flat [x0, y0, x1, y1, …] (the core's Trajectory.params for 2 parameters), or pairs. */
  points: Points;
  /** Draw steps 0 … upTo only (playback); default: all. */
  upTo?: number;
  /** Step at which the run diverged (the core's divergence.step), or null. */
  divergedAt?: number | null;
  /** Line and marker colour (default: accent-2, so it stands out on a surface). */
  color?: string;
  /** Small dots at every iterate (good for a few dozen steps). */
  dots?: boolean;
  /** Accessible name, e.g. "Gradient descent path, 40 steps". */
  label?: string;
  /** The line's stroke-dasharray, so paths drawn together differ by more than colour. */
  dash?: string;
}

function isPairs(points: Points): points is readonly Vec2[] {
  return points.length > 0 && typeof points[0] !== 'number';
}

function pointCount(points: Points): number {
  return isPairs(points) ? points.length : Math.floor(points.length / 2);
}

function pointAt(points: Points, i: number): Vec2 {
  return isPairs(points) ? points[i] : [points[2 * i], points[2 * i + 1]];
}

export function TrajectoryOverlay({ points, upTo, divergedAt = null, color = theme.accent2, dots = false, label, dash }: TrajectoryOverlayProps) {
  const { x, y, xDomain, yDomain } = usePlot();
  const total = pointCount(points);
  const n = upTo === undefined ? total : Math.min(total, Math.max(0, Math.floor(upTo) + 1));

  const drawn = useMemo(() => {
    const px: [number, number][] = [];
    let lastFinite = -1;
    for (let i = 0; i < n; i++) {
      const [a, b] = pointAt(points, i);
      if (Number.isFinite(a) && Number.isFinite(b)) lastFinite = i;
      px.push([toPixel(x, a), toPixel(y, b)]);
    }
    const d = line<[number, number]>().defined(drawable).digits(2)(px) ?? '';
    return { px, d, lastFinite };
  }, [points, n, x, y]);

  if (n === 0) return null;
  const start = drawn.px[0];
  const end = drawn.lastFinite >= 0 ? drawn.px[drawn.lastFinite] : null;
  const diverged = divergedAt !== null && divergedAt < n;

  // The divergence marker: the last finite iterate, pinned inside the domain.
  let warning: { cx: number; cy: number; step: number } | null = null;
  if (diverged && drawn.lastFinite >= 0) {
    const [a, b] = pointAt(points, drawn.lastFinite);
    const pin = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
    warning = { cx: x(pin(a, xDomain)), cy: y(pin(b, yDomain)), step: divergedAt };
  }

  return (
    <g role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <PlotClip>
        <path d={drawn.d} fill="none" style={{ stroke: color }} strokeWidth={2} strokeDasharray={dash} strokeLinejoin="round" strokeLinecap="round" />
        {dots &&
          drawn.px.map((p, i) =>
            drawable(p) ? <circle key={i} cx={p[0]} cy={p[1]} r={2} style={{ fill: color }} /> : null,
          )}
        {drawable(start) && <circle cx={start[0]} cy={start[1]} r={5} strokeWidth={2} style={{ fill: theme.bg, stroke: color }} />}
        {end && !diverged && drawable(end) && <circle cx={end[0]} cy={end[1]} r={5} style={{ fill: color, stroke: theme.bg }} strokeWidth={1.5} />}
      </PlotClip>
      {warning && (
        <g transform={`translate(${warning.cx.toFixed(2)},${warning.cy.toFixed(2)})`} data-divergence={warning.step}>
          <title>{`Diverged at step ${formatValue(warning.step, { integer: true })}`}</title>
          <circle r={9} style={{ fill: theme.bg, stroke: theme.danger }} strokeWidth={2} />
          <path d="M-4,-4L4,4M4,-4L-4,4" style={{ stroke: theme.danger }} strokeWidth={2.5} strokeLinecap="round" />
        </g>
      )}
    </g>
  );
}
