/**
 * The surface's known critical points on the contour map: a ring for a minimum, a diamond for a
 * saddle, a triangle for a maximum (the same shapes as the legend and the 3-D view). White with a
 * dark edge, like the gradient arrows: the contour colours are the same in light and dark mode,
 * and these read on all of them.
 * Decorative for screen readers: the jump buttons list the same points in words.
 */
import type { CriticalPoint } from '../../core';
import { PlotClip, usePlot } from '../kit';

export const MARK_FILL = 'var(--dw-mark, #ffffff)';
export const MARK_EDGE = 'var(--dw-mark-edge, rgba(0, 0, 0, 0.75))';

/** SVG path of a marker shape centred at (0, 0), radius r. */
export function markerPath(kind: CriticalPoint['kind'], r: number): string {
  if (kind === 'saddle') return `M0,${-1.25 * r}L${1.25 * r},0L0,${1.25 * r}L${-1.25 * r},0Z`;
  if (kind === 'maximum') return `M0,${-1.3 * r}L${1.2 * r},${0.85 * r}L${-1.2 * r},${0.85 * r}Z`;
  return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

export function CriticalMarkers({ points }: { points: readonly CriticalPoint[] }) {
  const { x, y, xDomain, yDomain } = usePlot();
  const inside = points.filter(({ point: [px, py] }) => px >= xDomain[0] && px <= xDomain[1] && py >= yDomain[0] && py <= yDomain[1]);
  return (
    <PlotClip>
      <g aria-hidden="true" pointerEvents="none" data-testid="critical-markers">
        {inside.map(({ point: [px, py], kind }, k) => (
          <path
            key={k}
            d={markerPath(kind, 4.5)}
            transform={`translate(${x(px).toFixed(2)},${y(py).toFixed(2)})`}
            data-kind={kind}
            style={{ fill: MARK_FILL, stroke: MARK_EDGE }}
            strokeWidth={1.25}
          />
        ))}
      </g>
    </PlotClip>
  );
}
