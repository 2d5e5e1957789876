/**
 * How long after navigation start the first slider answers the keyboard (CPU throttled 4×).
 * Before hydration the native range input moves on ArrowRight but nothing else in the widget
 * does, so a press counts as answered only when the input's value changed and the widget's DOM
 * mutated in response (the slider's aria-valuetext and value text are React's). On a site of
 * islands, presses start once the slider's widget has hydrated (focusing it scrolls it near).
 */
import type { Browser } from '@playwright/test';
import { coldPage } from './browser';
import { throttleCpu } from './throttle';

export const FIRST_SLIDER = 'article section[id] input[type=range]';
/** Give up after this long (ms of wall time). */
const LIMIT_MS = 30_000;

type KeyWindow = Window & { __benchKeyMutations?: number };

export interface FirstKey {
  /** ms from navigation start. */
  readonly answeredAt: number;
  /** ms after the load event ended; negative when the press was answered before it. */
  readonly afterLoad: number;
}

export async function firstKeyAnswered(browser: Browser, url: string): Promise<FirstKey | null> {
  const { context, page } = await coldPage(browser);
  await throttleCpu(page);
  await page.goto(url, { waitUntil: 'commit' });
  const started = Date.now();
  let answeredAt: number | null = null;
  let key: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';
  while (answeredAt === null && Date.now() - started < LIMIT_MS) {
    const before = await page
      .evaluate((selector) => {
        const input = document.querySelector<HTMLInputElement>(selector);
        const section = input?.closest('section[id]');
        if (!input || !section) return document.readyState === 'complete' ? 'none' : null;
        const w = window as KeyWindow;
        if (w.__benchKeyMutations === undefined) {
          w.__benchKeyMutations = 0;
          new MutationObserver((records) => {
            w.__benchKeyMutations = (w.__benchKeyMutations ?? 0) + records.length;
          }).observe(section, { subtree: true, attributes: true, childList: true, characterData: true });
        }
        input.focus(); // scrolls it into view: an island hydrates when near the viewport
        // A press before its widget has hydrated is lost (React keeps its own value), so it cannot count.
        const island = section.closest('[data-island]');
        if (island && !island.hasAttribute('data-island-hydrated')) return null;
        return { value: input.value, mutations: w.__benchKeyMutations, at: performance.now() };
      }, FIRST_SLIDER)
      .catch(() => null); // the document was replaced mid-call: try again
    if (before === 'none') break; // loaded, and no slider on this page
    if (before === null) {
      await page.waitForTimeout(20);
      continue;
    }
    await page.keyboard.press(key);
    const after = await page
      .evaluate(
        (selector) =>
          new Promise<{ value: string; mutations: number } | null>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const input = document.querySelector<HTMLInputElement>(selector);
                resolve(input ? { value: input.value, mutations: (window as KeyWindow).__benchKeyMutations ?? 0 } : null);
              }),
            ),
          ),
        FIRST_SLIDER,
      )
      .catch(() => null);
    if (after && after.value !== before.value && after.mutations > before.mutations) answeredAt = before.at;
    // Alternate so a slider that starts at its maximum still moves.
    key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  }
  if (answeredAt === null) {
    await context.close();
    return null;
  }
  const loadEnd = await page.evaluate(async () => {
    if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve)); // loadEventEnd is set after the handlers ran
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation.loadEventEnd;
  });
  await context.close();
  return { answeredAt: Math.round(answeredAt), afterLoad: Math.round(answeredAt - loadEnd) };
}
