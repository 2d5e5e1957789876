// @vitest-environment happy-dom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/site/App';
import { renderPage } from '../../src/site/renderPage';
import { loadPage, resolveRoute } from '../../src/site/routes';
import { sampleChapters } from './fixtures/sampleChapters';

// React only checks markup against the tree when it hydrates; this is the check that the
// prerendered HTML and the client agree (including the theme toggle reading localStorage).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  document.body.innerHTML = '';
});

describe('hydration', () => {
  it.each(['/', '/sample-chapter/', '/404.html'])('hydrates %s without mismatches', async (path) => {
    window.localStorage.setItem('descent-theme', 'dark');
    const container = document.createElement('div');
    container.innerHTML = (await renderPage(path, sampleChapters)).html;
    const page = await loadPage(resolveRoute(path, sampleChapters));
    document.body.append(container);

    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, <App page={page} chapters={sampleChapters} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    // After hydrating, the toggle shows the stored choice.
    expect(container.querySelector('button[aria-pressed="true"]')?.textContent).toBe('Dark');
  });
});
