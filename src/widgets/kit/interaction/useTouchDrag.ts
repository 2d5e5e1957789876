/**
 * Keeps a touch that starts on a draggable SVG element for the drag, not for the page.
 *
 * Why not CSS: Chromium decides a gesture's touch-action from the HTML element it starts in,
 * here the <svg>, and ignores `touch-action` on SVG children. Setting `none` on the whole <svg>
 * would trap a reader's scroll on every plot. So the element itself cancels the touch's
 * default action (scrolling, zooming) as it starts, through a non-passive listener: React
 * registers touch listeners as passive, where preventDefault() does nothing. Pointer events
 * still fire, so the drag is handled by the same pointer code as a mouse's.
 */
import { useCallback } from 'react';

const cancelDefault = (e: Event): void => {
  if (e.cancelable) e.preventDefault();
};

/** A ref callback for the element a finger drags. */
export function useTouchDrag<E extends HTMLElement | SVGElement>(): (element: E | null) => (() => void) | undefined {
  return useCallback((element: E | null) => {
    if (!element) return undefined;
    element.addEventListener('touchstart', cancelDefault, { passive: false });
    return () => element.removeEventListener('touchstart', cancelDefault);
  }, []);
}
