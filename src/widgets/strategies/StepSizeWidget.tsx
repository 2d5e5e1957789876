/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function StepSizeWidget() {
  return (
    <WidgetFrame id="stepsize" title="How far to step">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
