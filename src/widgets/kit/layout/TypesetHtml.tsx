/**
 * Markup typeset elsewhere (KaTeX's HTML, from the build or from Formula), put in the page as
 * it is, with its inline styles applied even under a policy that blocks them (inlineStyles.ts).
 */
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { restoreInlineStyles } from './inlineStyles';

export interface TypesetHtmlProps {
  html: string;
  className?: string;
  /** A span for inline math, a div for display math. */
  inline?: boolean;
}

export function TypesetHtml({ html, className, inline = false }: TypesetHtmlProps) {
  const ref = useRef<HTMLSpanElement & HTMLDivElement>(null);
  useIsomorphicLayoutEffect(() => {
    if (ref.current) restoreInlineStyles(ref.current);
  }, [html]);
  const markup = { __html: html };
  return inline ? (
    <span ref={ref} className={className} dangerouslySetInnerHTML={markup} />
  ) : (
    <div ref={ref} className={className} dangerouslySetInnerHTML={markup} />
  );
}
