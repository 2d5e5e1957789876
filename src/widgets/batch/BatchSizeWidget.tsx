/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function BatchSizeWidget() {
  return (
    <WidgetFrame id="batch" title="Batch size">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
