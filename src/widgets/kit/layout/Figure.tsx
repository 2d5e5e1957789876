/**
 * A plot with its caption, as a <figure>. `srDescription` says in words what the picture shows
 * (the shape of the surface, where the path goes) for readers who cannot see it; it is read
 * with the figure and hidden on screen.
 */
import { type ReactNode, useId } from 'react';
import styles from './Figure.module.css';
import { VisuallyHidden } from './VisuallyHidden';

export interface FigureProps {
  /** The picture: a PlotFrame, a canvas, an image. */
  children: ReactNode;
  /** Visible caption. */
  caption?: ReactNode;
  /** What the figure shows, in words, for screen readers only. */
  srDescription?: string;
}

export function Figure({ children, caption, srDescription }: FigureProps) {
  const descId = `figdesc${useId()}`;
  return (
    <figure className={styles.figure} aria-describedby={srDescription ? descId : undefined}>
      {children}
      {caption && <figcaption className={styles.caption}>{caption}</figcaption>}
      {srDescription && <VisuallyHidden id={descId}>{srDescription}</VisuallyHidden>}
    </figure>
  );
}
