/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function LearningRateWidget() {
  return (
    <WidgetFrame id="rate" title="The learning rate">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
