/**
 * A ref for an element and whether it has come within `margin` of the viewport (once true, it
 * stays true): work that only that element shows, such as a worker run below the fold, waits
 * until a reader is about to see it instead of competing with the page's first load.
 * Without IntersectionObserver (a test environment, an old browser) it is true at once.
 */
import { type RefCallback, useCallback, useRef, useState } from 'react';

export function useNearViewport<T extends Element>(margin = '50% 0px'): [RefCallback<T>, boolean] {
  const [near, setNear] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (element === null || near) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNear(true);
        return;
      }
      const watch = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          watch.disconnect();
          setNear(true);
        },
        { rootMargin: margin },
      );
      watch.observe(element);
      observer.current = watch;
    },
    [near, margin],
  );
  return [ref, near];
}
