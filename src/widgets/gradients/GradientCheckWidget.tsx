/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function GradientCheckWidget() {
  return (
    <WidgetFrame id="numgrad" title="Numerical versus analytic gradient">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
