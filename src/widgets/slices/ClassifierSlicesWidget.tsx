/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function ClassifierSlicesWidget() {
  return (
    <WidgetFrame id="linslice" title="Slices through a linear classifier's loss">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
