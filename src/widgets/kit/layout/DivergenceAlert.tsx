/**
 * The box that says a run diverged and why (where, the reason, what to change), announced to
 * screen readers when it appears. Its paragraphs are the widget's own; the kit owns the look, so
 * every widget shows divergence the same way.
 */
import type { ReactNode } from 'react';
import styles from './DivergenceAlert.module.css';

export function DivergenceAlert({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className={styles.box} role="alert" data-testid={testId}>
      {children}
    </div>
  );
}
