/**
 * A transparent layer over a PlotFrame's plot area that reports where it is pressed, in data
 * coordinates, and keeps reporting while the press is dragged ("click the map to put the probe
 * there, and slide it around"). A shortcut for pointers: keyboard users get a DraggablePoint
 * and buttons. Touch keeps scrolling the page (touch-action stays auto): a tap moves the point,
 * a swipe scrolls.
 */
import { type PointerEvent, useRef } from 'react';
import { usePlot } from '../plot/plotContext';
import { renderInFrame } from './renderInFrame';

export interface ClickLayerProps {
  /** Called on press and while dragging, with the pointer's position in data coordinates. */
  onPoint: (x: number, y: number) => void;
}

export function ClickLayer({ onPoint }: ClickLayerProps) {
  const plot = usePlot();
  const active = useRef<number | null>(null);
  const { left, top, width, height } = plot.inner;

  const report = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return;
    // The SVG may be scaled by CSS: client pixels to its own units first.
    const px = ((e.clientX - box.left) * plot.width) / box.width;
    const py = ((e.clientY - box.top) * plot.height) / box.height;
    onPoint(plot.x.invert(px), plot.y.invert(py));
  };

  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    active.current = e.pointerId;
    if (e.pointerType === 'mouse') e.currentTarget.setPointerCapture?.(e.pointerId);
    report(e);
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    if (active.current === e.pointerId) renderInFrame(() => report(e));
  };
  const end = (e: PointerEvent<SVGRectElement>) => {
    if (active.current !== e.pointerId) return;
    active.current = null;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return (
    <rect
      x={left}
      y={top}
      width={width}
      height={height}
      fill="transparent"
      style={{ cursor: 'crosshair' }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      aria-hidden="true"
    />
  );
}
