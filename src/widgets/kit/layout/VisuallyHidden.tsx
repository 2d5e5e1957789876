/** Text for screen readers only: descriptions of what a plot shows, labels a layout implies. */
import type { ReactNode } from 'react';
import styles from './VisuallyHidden.module.css';

export interface VisuallyHiddenProps {
  children?: ReactNode;
  /** For aria-describedby / aria-labelledby references. */
  id?: string;
  /** Element to render (default span; div for block content). */
  as?: 'span' | 'div';
}

export function VisuallyHidden({ children, id, as: Tag = 'span' }: VisuallyHiddenProps) {
  return (
    <Tag id={id} className={styles.hidden}>
      {children}
    </Tag>
  );
}
