/**
 * The root of every widget: a titled <section> (anchor `#id`, the target of share links) that
 * carries the theme variables, lists problems with the widget's settings, has a slot for the
 * Share button, and catches errors so a broken widget shows a message instead of taking the
 * page down with it. While the reader presses or types in it, its height never shrinks
 * (useHeldHeight), so nothing below it moves mid-drag.
 *
 *   export const fitState = stateSpec('fit', fitSchema);
 *   const w = useWidgetState(fitState);
 *   <WidgetFrame id={fitState.id} title="Fit a line" problems={w.problems} onDismissProblems={w.dismissProblems}
 *                share={<Share getUrl={w.shareUrl} />} controls={<Slider … />}>
 *     <Figure caption="…"><PlotFrame …>…</PlotFrame></Figure>
 *   </WidgetFrame>
 */
import type { ReactNode } from 'react';
import { Problems } from '../../state/Problems';
import { Button } from '../controls/Button';
import { useHeldHeight } from '../hooks/useHeldHeight';
import { ErrorBoundary } from './ErrorBoundary';
import styles from './WidgetFrame.module.css';

export interface WidgetFrameProps {
  /** Unique on the page: the section's id, the share link's anchor and URL prefix. */
  id: string;
  /** Visible heading, also the section's accessible name. */
  title: string;
  /** Heading level that fits the chapter's outline (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** A sentence under the title: what to try. */
  intro?: ReactNode;
  /** Rejected or adjusted settings to show (from useWidgetState). */
  problems?: readonly string[];
  /** Shows a Dismiss button on the problems. */
  onDismissProblems?: () => void;
  /** Slot beside the title, for <Share>. */
  share?: ReactNode;
  /** Controls, laid out in a responsive grid under the picture. */
  controls?: ReactNode;
  /** The picture and anything else. */
  children?: ReactNode;
}

function ErrorMessage({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <div role="alert" className={styles.error}>
      <p>This widget stopped working: {error.message || 'an unexpected error'}. The rest of the page is unaffected.</p>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}

export function WidgetFrame({ id, title, headingLevel = 3, intro, problems = [], onDismissProblems, share, controls, children }: WidgetFrameProps) {
  const Heading = `h${headingLevel}` as const;
  const titleId = `${id}-title`;
  // No jumps while the reader drives it: see useHeldHeight.
  const holdHeight = useHeldHeight<HTMLElement>();
  return (
    <section ref={holdHeight} id={id} className={styles.root} aria-labelledby={titleId} data-widget={id}>
      <div className={styles.header}>
        <Heading id={titleId} className={styles.title}>
          {title}
        </Heading>
        {share}
      </div>
      {intro && <p className={styles.intro}>{intro}</p>}
      <Problems problems={problems} onDismiss={onDismissProblems} />
      <ErrorBoundary fallback={(error, retry) => <ErrorMessage error={error} retry={retry} />}>
        <div className={styles.body}>
          {children}
          {controls && <div className={styles.controls}>{controls}</div>}
        </div>
      </ErrorBoundary>
    </section>
  );
}
