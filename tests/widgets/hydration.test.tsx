// @vitest-environment happy-dom
// The prerendered HTML and the first client render must match for every kit component: the
// plots use their default width until measured, the state its defaults until the URL is read,
// reduced motion reads false until hydrated.
import { afterEach, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from './hydrate';
import { Everything } from './everything';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

it('hydrates the whole kit without a mismatch, then applies the link', async () => {
  window.history.replaceState(null, '', '/?all.m=-3');
  const { container } = await prerenderAndHydrate(<Everything />);
  expect(container.querySelector('svg')?.getAttribute('width')).toBe('560');
  expect(container.querySelector<HTMLInputElement>('input[type="range"]')?.value).toBe('-3');
  container.remove();
});
