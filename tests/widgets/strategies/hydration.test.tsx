// @vitest-environment happy-dom
// The prerendered HTML and the first client render of both widgets must match.
import { afterEach, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { StepSizeWidget } from '../../../src/widgets/strategies/StepSizeWidget';
import { StrategyRaceWidget } from '../../../src/widgets/strategies/StrategyRaceWidget';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

for (const [name, Widget] of [['StepSizeWidget', StepSizeWidget], ['StrategyRaceWidget', StrategyRaceWidget]] as const) {
  it(`${name} hydrates without a mismatch`, async () => {
    await prerenderAndHydrate(<Widget />); // fails on a mismatch or a console error
  });
}
