/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function MlpSlicesWidget() {
  return (
    <WidgetFrame id="mlpslice" title="Slices through a small network's loss">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
