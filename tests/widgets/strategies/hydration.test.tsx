// @vitest-environment happy-dom
// The prerendered HTML and the first client render of both widgets must match.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { StepSizeWidget } from '../../../src/widgets/strategies/StepSizeWidget';
import { StrategyRaceWidget } from '../../../src/widgets/strategies/StrategyRaceWidget';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

for (const [name, Widget] of [['StepSizeWidget', StepSizeWidget], ['StrategyRaceWidget', StrategyRaceWidget]] as const) {
  it(`${name} hydrates without a mismatch`, async () => {
    const html = renderToString(<Widget />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Widget />, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable.map(String)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });
}
