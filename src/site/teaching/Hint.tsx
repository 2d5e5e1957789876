import type { ReactNode } from 'react';
import { useDisclosure } from './useDisclosure';

export interface HintProps {
  children?: ReactNode;
}

/** A nudge inside a Challenge, revealed by a button. Several hints reveal independently. */
export function Hint({ children }: HintProps) {
  const { open, buttonProps, panelProps } = useDisclosure();
  return (
    <div className="hint">
      <button className="teaching-button" {...buttonProps}>
        {open ? 'Hide hint' : 'Show hint'}
      </button>
      <div className="hint-body" {...panelProps}>
        {children}
      </div>
    </div>
  );
}
