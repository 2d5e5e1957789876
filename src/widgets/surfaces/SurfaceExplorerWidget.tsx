/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function SurfaceExplorerWidget() {
  return (
    <WidgetFrame id="explorer" title="Surface explorer">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
