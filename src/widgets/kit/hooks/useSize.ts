/**
 * The size of an element, kept current by a ResizeObserver. Starts at `initial`
 * (default 560 × 0) on the server and in the first client render (so hydration matches the
 * prerendered HTML), then measures in a layout effect.
 */
import { type RefObject, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export interface Size {
  width: number;
  height: number;
}

/** What a plot assumes before it can measure: a typical column width. */
export const DEFAULT_SIZE: Size = { width: 560, height: 0 };

export function useSize(ref: RefObject<Element | null>, initial: Size = DEFAULT_SIZE): Size {
  const [size, setSize] = useState<Size>(initial);

  useIsomorphicLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Whole pixels: sub-pixel jitter would re-render every plot for nothing.
    const update = (width: number, height: number) => {
      const w = Math.round(width), h = Math.round(height);
      setSize((prev) => (prev.width === w && prev.height === h ? prev : { width: w, height: h }));
    };
    const rect = el.getBoundingClientRect();
    // An element not laid out yet (display: none, a test DOM) reports 0: keep the default.
    if (rect.width > 0) update(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box && box.width > 0) update(box.width, box.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);

  return size;
}
