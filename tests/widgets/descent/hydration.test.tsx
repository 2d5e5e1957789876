// @vitest-environment happy-dom
// Both chapter-3 widgets render on the server with their defaults and hydrate without a
// mismatch; then the link's state is applied (a revealed camel map, the bowl at a diverging α).
import { afterEach, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { InTheDarkWidget } from '../../../src/widgets/descent/InTheDarkWidget';
import { LearningRateWidget } from '../../../src/widgets/descent/LearningRateWidget';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function Both() {
  return (
    <>
      <InTheDarkWidget />
      <LearningRateWidget />
    </>
  );
}

it('prerenders with the defaults and hydrates cleanly, then applies the link', async () => {
  window.history.replaceState(null, '', '/?dark.landscape=sixHumpCamel&dark.sx=-1.5&dark.sy=1.2&dark.reveal=1&rate.problem=bowl&rate.lr=0.11');
  const { html, container } = await prerenderAndHydrate(<Both />);
  // the server knows no link: defaults (the Himmelblau start, the parabola at α = 0.3: good)
  expect(html).toContain('(−0.50, −0.50)');
  expect(html).toMatch(/data-testid="rate-regime"[^>]*>good</);
  const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;
  // α = 0.11 on the κ = 20 bowl: α·λmax = 2.2 > 2
  expect(byTestId('rate-regime')).toBe('diverging');
  expect(byTestId('dark-position')).toBe('(−1.50, 1.20)');
  expect(byTestId('dark-reveal')).toContain('not the lowest');
  container.remove();
});
