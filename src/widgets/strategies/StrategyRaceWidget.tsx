/** PLACEHOLDER (issue 4, being built): replace this whole file. */
import { WidgetFrame } from '../kit';

export function StrategyRaceWidget() {
  return (
    <WidgetFrame id="race" title="Three strategies, one budget">
      <p>This widget is being built.</p>
    </WidgetFrame>
  );
}
