// @vitest-environment happy-dom
// The prerendered HTML and the first client render must match for every kit component: the
// plots use their default width until measured, the state its defaults until the URL is read,
// reduced motion reads false until hydrated.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { Everything } from './everything';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

it('hydrates the whole kit without a mismatch, then applies the link', async () => {
  window.history.replaceState(null, '', '/?all.m=-3');
  const html = renderToString(<Everything />);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, <Everything />, { onRecoverableError: (e) => recoverable.push(e) });
  });
  expect(recoverable).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  expect(container.querySelector('svg')?.getAttribute('width')).toBe('560');
  expect(container.querySelector<HTMLInputElement>('input[type="range"]')?.value).toBe('-3');
  container.remove();
});
