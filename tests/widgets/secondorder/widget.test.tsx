// @vitest-environment happy-dom
// "Second order" in a DOM: it hydrates its server HTML, fills the table from the worker's race
// (the in-page runner here), follows the problem picker, moves the start with the keyboard, and
// the calculator follows its slider.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { logValueToPosition } from '../../../src/widgets/kit/controls/logScale';
import { SecondOrderWidget } from '../../../src/widgets/secondorder/SecondOrderWidget';
import { secondOrderSchema } from '../../../src/widgets/secondorder/secondOrderSchema';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const row = (method: string): HTMLElement => {
  const found = screen.getByTestId('newton-table').querySelector<HTMLElement>(`tr[data-method="${method}"]`);
  if (!found) throw new Error(`no row for ${method}`);
  return found;
};

describe('second order', () => {
  it('prerenders its controls and calculator, then hydrates without a mismatch', async () => {
    const { html, container } = await prerenderAndHydrate(<SecondOrderWidget />);
    expect(html).toContain('id="newton"');
    expect(html).toContain('1.14 GB'); // the digit network's Hessian, in the server's HTML
    container.remove();
  });

  it('fills the table from the race, and names a run parked on the saddle', async () => {
    render(<SecondOrderWidget />);
    await within(row('newton')).findByText(/at the minimum after \d+ steps?/);
    expect(within(row('gd')).getByText(/^loss .* after 40 steps$/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Problem'), { target: { value: 'saddle' } });
    await within(row('newton')).findByText(/stuck on the saddle point \(0\.00, 0\.00\)/);
    expect(within(row('newton')).getByText('(0.00, 0.00)')).toBeTruthy(); // the "ended at" cell
  });

  it('the start moves with the arrow keys, and the runs start from there', async () => {
    window.history.replaceState(null, '', '/?newton.problem=quadratic&newton.x=1&newton.y=1');
    render(<SecondOrderWidget />);
    await within(row('newton')).findByText('at the minimum after 1 step');
    const start = screen.getByRole('slider', { name: /^Start/ });
    const before = start.getAttribute('aria-valuetext');
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    expect(start.getAttribute('aria-valuetext')).not.toBe(before);
    // The description of the picture says where the runs now start: x moved left of 1.
    await screen.findByText(/every method from \(0\.9\d, 1\.00\)/);
  });

  it('the calculator follows the number of weights', () => {
    render(<SecondOrderWidget />);
    const position = logValueToPosition(1e6, { min: secondOrderSchema.weights.min, max: secondOrderSchema.weights.max });
    fireEvent.change(screen.getByLabelText('Weights N'), { target: { value: String(position) } });
    expect(screen.getByTestId('newton-hessian-bytes').textContent).toBe('8.00 TB'); // 8 × (10⁶)²
    expect(screen.getByTestId('newton-lbfgs-bytes').textContent).toBe('160 MB'); // 8 × 2 × 10 × 10⁶
  });
});
