/**
 * Holds a widget's height while a reader drives it: from a press or a key inside the element
 * until a moment after the last release, the element may grow but never shrinks.
 *
 * Why: a message that comes and goes with a setting (the race's "step 1 raised the loss"
 * warning, a caption that wraps while a result is stale) changed the widget's height on every
 * other frame of a drag. Everything below it moved, so the reader saw the page jump, and
 * Chromium re-laid out and repainted the rest of a long chapter each time (bench:ui: the race's
 * frames went to pre-paint and paint, not to script). Once the reader lets go the height is
 * released, and the page settles once.
 *
 * Returns a ref callback; it writes `min-height` on the element directly (no React render).
 */
import { useCallback } from 'react';

/** How long after the last pointer or key release the height is let go. */
export const HEIGHT_RELEASE_MS = 1000;

export function useHeldHeight<T extends HTMLElement>(releaseMs: number = HEIGHT_RELEASE_MS): (element: T | null) => (() => void) | undefined {
  return useCallback(
    (element: T | null) => {
      if (!element) return undefined;
      let held = 0;
      let holding = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const heightOf = () => element.getBoundingClientRect().height;
      const holdAt = (height: number) => {
        held = Math.max(held, height);
        element.style.minHeight = `${held}px`;
      };
      const hold = () => {
        clearTimeout(timer);
        timer = undefined;
        if (holding) return;
        holding = true;
        held = 0;
        holdAt(heightOf());
      };
      const release = () => {
        holding = false;
        element.style.minHeight = '';
      };
      const releaseLater = () => {
        if (!holding) return;
        clearTimeout(timer);
        timer = setTimeout(release, releaseMs);
      };
      // Grows with the content while held (a message that appears stays until release).
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => holding && holdAt(heightOf()));
      observer?.observe(element);
      element.addEventListener('pointerdown', hold, true);
      element.addEventListener('keydown', hold, true);
      // A drag may end outside the widget, and a key may be released after focus moved on.
      window.addEventListener('pointerup', releaseLater, true);
      window.addEventListener('pointercancel', releaseLater, true);
      window.addEventListener('keyup', releaseLater, true);
      return () => {
        clearTimeout(timer);
        observer?.disconnect();
        element.removeEventListener('pointerdown', hold, true);
        element.removeEventListener('keydown', hold, true);
        window.removeEventListener('pointerup', releaseLater, true);
        window.removeEventListener('pointercancel', releaseLater, true);
        window.removeEventListener('keyup', releaseLater, true);
        element.style.minHeight = '';
      };
    },
    [releaseMs],
  );
}
