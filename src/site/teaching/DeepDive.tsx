import type { ReactNode } from 'react';

export interface DeepDiveProps {
  /** What the dive is about; shown next to the "Deep dive" label while collapsed. */
  title?: string;
  children?: ReactNode;
}

/** Optional depth, collapsed by default. A native <details>: works without JavaScript. */
export function DeepDive({ title, children }: DeepDiveProps) {
  return (
    <details className="deep-dive">
      <summary>
        <span className="callout-label">Deep dive</span>
        {title ? <span className="deep-dive-title">{title}</span> : null}
      </summary>
      <div className="deep-dive-body">{children}</div>
    </details>
  );
}
