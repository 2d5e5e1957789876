import { useId } from 'react';
import type { ReactNode } from 'react';

export interface ChallengeProps {
  /** Short name shown after "Challenge", e.g. "Pick a step size". */
  title?: string;
  /** The question, then any <Hint>s, then one <Answer>. */
  children?: ReactNode;
}

/** A question for the reader to work out, with optional hints and a checkable answer. */
export function Challenge({ title, children }: ChallengeProps) {
  const labelId = useId();
  return (
    <div className="challenge" role="group" aria-labelledby={labelId}>
      <p className="callout-label" id={labelId}>
        Challenge
        {title ? `: ${title}` : null}
      </p>
      {children}
    </div>
  );
}
