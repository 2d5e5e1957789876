// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateIslands } from '../../src/site/islands/hydrateIslands';
import { renderPage } from '../../src/site/renderPage';
import { sampleChapters } from './fixtures/sampleChapters';

// The page is static HTML; only its islands hydrate, each as a root of its own. React checks
// markup against the tree only when it hydrates: this is the check that each island's server
// render and its client render agree (ids included), and that the prose around them is kept.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  document.body.innerHTML = '';
});

async function hydrated(path: string): Promise<{ container: HTMLElement; errors: unknown[]; islands: string[] }> {
  const page = await renderPage(path, sampleChapters);
  const container = document.createElement('div');
  container.innerHTML = page.html;
  document.body.append(container);
  const errors: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
  await act(async () => {
    await hydrateIslands(container, { eager: true, onRecoverableError: (error) => errors.push(error) });
  });
  return { container, errors, islands: page.islands };
}

// The first render loads every island's module (every widget): slow on a busy machine.
describe('hydration', { timeout: 30_000 }, () => {
  it.each(['/', '/sample-chapter/', '/404.html'])('hydrates the islands of %s without mismatches', async (path) => {
    window.localStorage.setItem('descent-theme', 'dark');
    const { container, errors } = await hydrated(path);
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('[data-island]:not([data-island-hydrated])')).toHaveLength(0);
    // After hydrating, the toggle shows the stored choice.
    expect(container.querySelector('button[aria-pressed="true"]')?.textContent).toBe('Dark');
  });

  it('makes a chapter of islands in static prose: the answer box, hint and equation box work, the prose is kept', async () => {
    const { container, errors, islands } = await hydrated('/sample-chapter/');
    expect(errors).toEqual([]);
    expect(islands).toEqual(expect.arrayContaining(['ThemeToggle', 'ScrollBox', 'Hint', 'Answer']));
    // the explanation is the server's HTML, in the island's slot, hidden until revealed
    const explanation = container.querySelector('.answer-explanation');
    expect(explanation?.textContent).toBe('Half of one is 0.5.');
    expect(explanation?.hasAttribute('hidden')).toBe(true);
    const show = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show answer');
    await act(async () => show?.click());
    expect(explanation?.hasAttribute('hidden')).toBe(false);
    expect(explanation?.textContent).toBe('Half of one is 0.5.');
    // ids come from each island's own prefix: no two elements share one
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // a label still names its own field
    const input = container.querySelector<HTMLInputElement>('.answer input');
    expect(container.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Your answer');
  });

  it('names the island and the bad value when the page asks for an island that does not exist', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<div data-island="NoSuchWidget"><p>x</p></div>';
    await expect(hydrateIslands(container, { eager: true })).rejects.toThrow(/no island is called "NoSuchWidget"/);
    container.innerHTML = '<div data-island="Answer" data-island-props="[1,2]"><p>x</p></div>';
    await expect(hydrateIslands(container, { eager: true })).rejects.toThrow(/the props of island Answer are not a JSON object: \[1,2\]/);
  });
});
