/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function InTheDarkWidget() {
  return (
    <WidgetFrame id="dark" title="Descending in the dark">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
