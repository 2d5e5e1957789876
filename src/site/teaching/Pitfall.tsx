import { Callout } from './Callout';
import type { CalloutProps } from './Callout';

/** A common mistake, and how to avoid it. */
export function Pitfall(props: CalloutProps) {
  return <Callout kind="pitfall" label="Pitfall" {...props} />;
}
