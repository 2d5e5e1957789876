/**
 * The output plot's drawing layer: a transparent rectangle over the plot that turns a click or
 * tap into input coordinates, the reader's drawn points as squares (so they stand apart from the
 * data set's circles), coloured by class or target, and the keyboard cursor as a cross while the
 * plot has focus.
 */
import { memo, type PointerEvent } from 'react';
import { color, PlotClip, usePlot } from '../kit';
import type { LabelledPoint } from './drawnPoints';

export const DrawnMarks = memo(function DrawnMarks({ points, fillOf }: { points: readonly LabelledPoint[]; fillOf: (label: number) => string }) {
  const plot = usePlot();
  return (
    <PlotClip>
      <g aria-hidden="true" data-testid="pg-drawn">
        {points.map((p, i) => (
          <rect key={i} x={plot.x(p.x) - 4.5} y={plot.y(p.y) - 4.5} width={9} height={9} style={{ fill: fillOf(p.label), stroke: color.fg }} strokeWidth={1.5} />
        ))}
      </g>
    </PlotClip>
  );
});

/** Reports where a pointer went down, in input units (the SVG may be scaled by CSS). */
export function ClickRect({ onPoint }: { onPoint: (x: number, y: number) => void }) {
  const plot = usePlot();
  const { left, top, width, height } = plot.inner;
  const handle = (e: PointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return;
    const px = ((e.clientX - box.left) * plot.width) / box.width;
    const py = ((e.clientY - box.top) * plot.height) / box.height;
    onPoint(plot.x.invert(px), plot.y.invert(py));
  };
  return <rect x={left} y={top} width={width} height={height} fill="transparent" style={{ cursor: 'crosshair' }} onPointerDown={handle} aria-hidden="true" data-testid="pg-click" />;
}

export function Cursor({ at, fill }: { at: readonly [number, number]; fill: string }) {
  const plot = usePlot();
  const cx = plot.x(at[0]), cy = plot.y(at[1]);
  const c = fill;
  return (
    <g aria-hidden="true" data-testid="pg-cursor">
      <line x1={cx - 9} x2={cx + 9} y1={cy} y2={cy} style={{ stroke: color.fg }} strokeWidth={2} />
      <line x1={cx} x2={cx} y1={cy - 9} y2={cy + 9} style={{ stroke: color.fg }} strokeWidth={2} />
      <circle cx={cx} cy={cy} r={5} fill="none" style={{ stroke: c }} strokeWidth={2} />
    </g>
  );
}
