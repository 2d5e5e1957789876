/**
 * The behaviour of a draggable point, apart from its drawing (Mafs' useMovable): pointer drags
 * with pointer capture (the drag continues when the finger leaves the point, and ends on
 * release even outside the page), keyboard nudges, and conversion from screen to data
 * coordinates through the enclosing PlotFrame's scales.
 */
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { Vec2 } from '../../state/schema';
import { usePlot } from '../plot/plotContext';
import { renderInFrame } from './renderInFrame';
import { useTouchDrag } from './useTouchDrag';
import { type Domain2, clampToDomain, nudge } from './nudge';

export interface MovableOptions {
  /** The point now, in data coordinates. */
  point: Vec2;
  /** Called with the new position (already clamped to `domain`). */
  onMove: (point: Vec2) => void;
  /** Keyboard step per axis, in data units. */
  step: Vec2;
  domain: Domain2;
}

export interface Movable {
  dragging: boolean;
  handlers: {
    /** Keeps a finger's drag on the point from scrolling the page (see useTouchDrag). */
    ref: (element: SVGElement | null) => (() => void) | undefined;
    onPointerDown: (e: PointerEvent<SVGElement>) => void;
    onPointerMove: (e: PointerEvent<SVGElement>) => void;
    onPointerUp: (e: PointerEvent<SVGElement>) => void;
    onPointerCancel: (e: PointerEvent<SVGElement>) => void;
    onKeyDown: (e: KeyboardEvent<SVGElement>) => void;
  };
}

export function useMovable({ point, onMove, step, domain }: MovableOptions): Movable {
  const plot = usePlot();
  const ref = useTouchDrag<SVGElement>();
  const [dragging, setDragging] = useState(false);
  // Where in the point the pointer grabbed it (data units), so the point does not jump to the finger.
  const grab = useRef<Vec2>([0, 0]);

  /** Pointer position in data coordinates. The SVG may be scaled by CSS: divide it out. */
  const toData = (e: PointerEvent<SVGElement>): Vec2 => {
    const svg = e.currentTarget.ownerSVGElement;
    const rect = svg?.getBoundingClientRect();
    const sx = rect && rect.width > 0 ? plot.width / rect.width : 1;
    const sy = rect && rect.height > 0 ? plot.height / rect.height : 1;
    const px = (e.clientX - (rect?.left ?? 0)) * sx;
    const py = (e.clientY - (rect?.top ?? 0)) * sy;
    return [plot.x.invert(px), plot.y.invert(py)];
  };

  const move = (next: Vec2) => {
    const clamped = clampToDomain(next, domain);
    if (clamped[0] !== point[0] || clamped[1] !== point[1]) onMove(clamped);
  };

  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    if (e.button !== 0) return; // primary button, touch or pen only
    e.preventDefault(); // no text selection, no focus-stealing mouse emulation
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.currentTarget.focus({ preventScroll: true }); // so arrow keys work right after a drag
    const [gx, gy] = toData(e);
    grab.current = [point[0] - gx, point[1] - gy];
    setDragging(true);
  };

  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (!dragging) return;
    const [gx, gy] = toData(e);
    // Rendered inside the event (see renderInFrame), so the point moves in this frame.
    renderInFrame(() => move([gx + grab.current[0], gy + grab.current[1]]));
  };

  const end = (e: PointerEvent<SVGElement>) => {
    if (!dragging) return;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setDragging(false);
  };

  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    const next = nudge(point, e.key, e, step, domain);
    if (!next) return;
    e.preventDefault(); // arrows would scroll the page (and Alt+← go back in history)
    move(next);
  };

  return { dragging, handlers: { ref, onPointerDown, onPointerMove, onPointerUp: end, onPointerCancel: end, onKeyDown } };
}
