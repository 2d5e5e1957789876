import { Callout } from './Callout';
import type { CalloutProps } from './Callout';

/** A side remark worth knowing but not needed for the main thread. */
export function Note(props: CalloutProps) {
  return <Callout kind="note" label="Note" {...props} />;
}
