/**
 * Arrows of a vector field (fieldArrows.ts) inside a PlotFrame: each a line with a head, drawn
 * over a dark halo so it reads on every colour of a contour map. Decorative for screen readers
 * (the widget says in words where the field points); clicks pass through to the layers below.
 */
import { useMemo } from 'react';
import { PlotClip } from './PlotClip';
import { toPixel } from './pixels';
import { usePlot } from './plotContext';
import type { FieldArrow } from './fieldArrows';

export interface VectorFieldProps {
  arrows: readonly FieldArrow[];
  /** Arrow colour (default: a light colour that reads on the viridis ramp; --dw-field-arrow). */
  color?: string;
  /** Halo colour under each arrow (default: translucent black; --dw-field-halo). */
  halo?: string;
}

/** Default arrow and halo colours: light on dark, readable on every colour of viridis. */
export const FIELD_ARROW_COLOR = 'var(--dw-field-arrow, #ffffff)';
export const FIELD_HALO_COLOR = 'var(--dw-field-halo, rgba(0, 0, 0, 0.55))';

/** SVG path of one arrow from (ax, ay) to (bx, by), pixels, head scaled to its length. */
export function arrowPath(ax: number, ay: number, bx: number, by: number): string {
  const len = Math.hypot(bx - ax, by - ay);
  if (!(len > 0.75)) return `M${ax.toFixed(1)},${ay.toFixed(1)}h0`; // a dot: the field vanishes here
  const ux = (bx - ax) / len, uy = (by - ay) / len;
  const head = Math.min(6, 0.4 * len + 1.5);
  const lx = bx - ux * head - uy * head * 0.55, ly = by - uy * head + ux * head * 0.55;
  const rx = bx - ux * head + uy * head * 0.55, ry = by - uy * head - ux * head * 0.55;
  const f = (v: number) => v.toFixed(1);
  return `M${f(ax)},${f(ay)}L${f(bx)},${f(by)}M${f(lx)},${f(ly)}L${f(bx)},${f(by)}L${f(rx)},${f(ry)}`;
}

export function VectorField({ arrows, color = FIELD_ARROW_COLOR, halo = FIELD_HALO_COLOR }: VectorFieldProps) {
  const { x, y } = usePlot();
  const d = useMemo(
    () =>
      arrows
        .map((a) => arrowPath(toPixel(x, a.x0), toPixel(y, a.y0), toPixel(x, a.x1), toPixel(y, a.y1)))
        .filter((p) => !p.includes('NaN'))
        .join(''),
    [arrows, x, y],
  );
  return (
    <PlotClip>
      <g aria-hidden="true" pointerEvents="none" fill="none" strokeLinecap="round" strokeLinejoin="round" data-testid="vector-field">
        <path d={d} style={{ stroke: halo }} strokeWidth={3.5} />
        <path d={d} style={{ stroke: color }} strokeWidth={1.5} />
      </g>
    </PlotClip>
  );
}
