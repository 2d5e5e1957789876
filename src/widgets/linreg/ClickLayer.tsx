/**
 * A transparent layer over the plot area that reports clicks and taps in data coordinates
 * (for "click the bowl to move there" and "click to add a point"). Keyboard users have the
 * draggable points and buttons instead; this is a shortcut for pointers.
 */
import type { PointerEvent } from 'react';
import { usePlot } from '../kit';

export function ClickLayer({ onClick }: { onClick: (x: number, y: number) => void }) {
  const plot = usePlot();
  const { left, top, width, height } = plot.inner;
  const handle = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return;
    // The SVG may be scaled by CSS: convert client pixels to its own units first.
    const px = ((e.clientX - box.left) * plot.width) / box.width;
    const py = ((e.clientY - box.top) * plot.height) / box.height;
    onClick(plot.x.invert(px), plot.y.invert(py));
  };
  return <rect x={left} y={top} width={width} height={height} fill="transparent" onPointerDown={handle} aria-hidden="true" />;
}
