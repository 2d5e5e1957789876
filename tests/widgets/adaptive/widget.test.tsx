// @vitest-environment happy-dom
// The adaptive-rates widget in a DOM: it hydrates its own server HTML, the worker's runs fill
// in the tables, the bias-correction switch changes which first steps the plots use, an α
// slider changes the reported effective rate, and a too-large SGD rate is explained.
// The page's client runs its tasks in process here (Node has no Worker).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { AdaptiveRatesWidget } from '../../../src/widgets/adaptive/AdaptiveRatesWidget';
import { adaptiveSchema } from '../../../src/widgets/adaptive/adaptiveSchema';
import { logPositionToValue, logValueToPosition } from '../../../src/widgets/kit';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** A run in process takes a few milliseconds; a busy machine gets longer (waits are on states, not times). */
const SLOW = { timeout: 5000 };
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

describe('adaptive rates widget', { timeout: 15_000 }, () => {
  it('prerenders without results, hydrates cleanly, then applies the link', async () => {
    window.history.replaceState(null, '', '/?adaptive.adadelta=true&adaptive.kappa=1000');
    const { html, container } = await prerenderAndHydrate(<AdaptiveRatesWidget />);
    expect(html).not.toContain('data-testid="adaptive-final-adadelta"');
    await waitFor(() => expect(container.querySelector('[data-testid="adaptive-final-adadelta"]')?.textContent).toMatch(/^\d/), SLOW);
    // κ = 1000 with SGD's α = 0.015: α·κ = 15 > 2
    expect(container.querySelector('[data-testid="adaptive-divergence"]')?.textContent).toMatch(/α·λmax = 0.015 × 1,000 = 15 > 2/);
  });

  it('SGD’s effective rate is its α; moving the slider changes it', async () => {
    render(<AdaptiveRatesWidget />);
    await waitFor(() => expect(text('adaptive-effx-sgd')).toBe('0.015'), SLOW);
    expect(text('adaptive-effy-sgd')).toBe('0.015');
    // a log slider's input holds a position: the one nearest α = 0.005
    const range = { min: adaptiveSchema.sgdLr.min, max: adaptiveSchema.sgdLr.max };
    const position = logValueToPosition(0.005, range);
    const alpha = logPositionToValue(position, range);
    fireEvent.change(screen.getByLabelText('SGD α'), { target: { value: String(position) } });
    await waitFor(() => expect(text('adaptive-effx-sgd')).not.toBe('0.015'), SLOW);
    expect(Number(text('adaptive-effx-sgd'))).toBeCloseTo(alpha, 4);
    expect(Number(text('adaptive-effy-sgd'))).toBeCloseTo(alpha, 4);
  });

  it('the bias-correction switch: the first steps are α with it and 3.16α without', async () => {
    render(<AdaptiveRatesWidget />);
    await waitFor(() => expect(text('adaptive-bias-on-x-1')).toBe('0.05'), SLOW);
    expect(text('adaptive-bias-off-x-1')).toBe('0.158');
    const adamX = text('adaptive-effx-adam');
    fireEvent.click(screen.getByRole('switch', { name: 'Adam’s bias correction' }));
    await waitFor(() => expect(text('adaptive-bias-state')).toMatch(/without bias correction/), SLOW);
    await waitFor(() => expect(text('adaptive-effx-adam')).not.toBe(adamX), SLOW);
    expect(text('adaptive-bias-on-x-1')).toBe('0.05');
    expect(text('adaptive-bias-off-x-1')).toBe('0.158');
  });

  it('unticking an optimizer removes its row and curves', async () => {
    render(<AdaptiveRatesWidget />);
    await waitFor(() => expect(screen.queryByTestId('adaptive-final-rmsprop')).not.toBeNull(), SLOW);
    fireEvent.click(screen.getByRole('switch', { name: 'RMSProp' }));
    expect(screen.queryByTestId('adaptive-final-rmsprop')).toBeNull();
    expect(screen.queryByTestId('adaptive-curve-rmsprop')).toBeNull();
  });
});
