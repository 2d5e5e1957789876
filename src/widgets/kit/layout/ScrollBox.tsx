/**
 * A box whose content may be wider than the column (a display formula, a table at 375 px): it
 * scrolls sideways inside itself instead of widening the page, and while there is more to see
 * a soft shadow on that edge says so. Only while it overflows is it a named, focusable region
 * (axe's scrollable-region-focusable: a keyboard can scroll only what it can focus); a box that
 * fits adds no Tab stop.
 *
 * The server render and the first client render show no shadow and no region (hydration
 * matches); a layout effect measures, and a ResizeObserver on the content keeps it current, so
 * a formula typeset later (LazyFormula) or a narrower window is noticed.
 */
import { type ReactNode, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import styles from './ScrollBox.module.css';

export interface ScrollBoxProps {
  /** What the box holds, for screen readers once it scrolls ("Equation", "Table: step, loss"). */
  label: string;
  children?: ReactNode;
  className?: string;
}

interface Overflow {
  /** Content hidden to the left, to the right. */
  before: boolean;
  after: boolean;
}

const NONE: Overflow = { before: false, after: false };

export function ScrollBox({ label, children, className }: ScrollBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>(NONE);

  useIsomorphicLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const hidden = el.scrollWidth - el.clientWidth;
      const next = { before: hidden > 1 && el.scrollLeft > 1, after: hidden > 1 && el.scrollLeft < hidden - 1 };
      setOverflow((prev) => (prev.before === next.before && prev.after === next.after ? prev : next));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    if (content.current) observer?.observe(content.current);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  const scrolls = overflow.before || overflow.after;
  return (
    <div
      ref={box}
      className={className ? `${styles.box} ${className}` : styles.box}
      data-more-before={overflow.before ? '' : undefined}
      data-more-after={overflow.after ? '' : undefined}
      {...(scrolls ? { role: 'region', 'aria-label': `${label} (scrolls sideways)`, tabIndex: 0 } : {})}
    >
      <div ref={content} className={styles.content}>
        {children}
      </div>
    </div>
  );
}
