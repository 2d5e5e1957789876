// @vitest-environment happy-dom
// Both chapter-3 widgets of this folder pair hydrate without a mismatch: the server's HTML and
// the first client render agree (the error curves, the measured cost and the worker's paths
// all arrive after hydration), and a link's state is applied after.
import { afterEach, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { BatchSizeWidget } from '../../../src/widgets/batch/BatchSizeWidget';
import { GradientCheckWidget } from '../../../src/widgets/gradients/GradientCheckWidget';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function Both() {
  return (
    <>
      <GradientCheckWidget />
      <BatchSizeWidget />
    </>
  );
}

it('hydrates the gradient-check and batch-size widgets without a mismatch, then applies the link', async () => {
  window.history.replaceState(null, '', '/?numgrad.formula=centred&numgrad.h=1e-5&batch.batch=30');
  const { html, container } = await prerenderAndHydrate(<Both />);
  expect(html).toContain('Forward (f(x+h) − f(x))/h'); // the server renders the defaults
  // …but no numerical derivatives: their last digits are round-off, which may differ between
  // Node's Math.exp and the browser's, so they are computed after hydration only
  expect(html).toMatch(/data-testid="numgrad-worst">…</);
  expect(container.querySelector<HTMLSelectElement>('#numgrad select')?.value).toBe('centred');
  expect(container.querySelector('[data-testid="numgrad-worst"]')?.textContent).toMatch(/^\d\.\d × 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  expect(container.querySelector('[data-testid="batch-per-epoch"]')?.textContent).toBe('10');
  container.remove();
});
