import { useId } from 'react';
import type { ReactNode } from 'react';

export interface CalloutProps {
  /** Optional words after the label, e.g. "Note: units matter". */
  title?: string;
  children?: ReactNode;
}

interface BaseProps extends CalloutProps {
  /** Selects the colour (.callout-note, .callout-pitfall, .callout-recap). */
  kind: 'note' | 'pitfall' | 'recap';
  /** The visible label, which also names the block for screen readers. */
  label: string;
}

/** The shared frame of Note, Pitfall and Recap: a labelled aside-like block. */
export function Callout({ kind, label, title, children }: BaseProps) {
  const labelId = useId();
  return (
    <div className={`callout callout-${kind}`} role="note" aria-labelledby={labelId}>
      <p className="callout-label" id={labelId}>
        {label}
        {title ? `: ${title}` : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
