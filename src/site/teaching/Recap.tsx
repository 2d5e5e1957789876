import { Callout } from './Callout';
import type { CalloutProps } from './Callout';

/** The chapter's takeaways, usually a short list near the end. */
export function Recap(props: CalloutProps) {
  return <Callout kind="recap" label="Recap" {...props} />;
}
