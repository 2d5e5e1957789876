/** Shared e2e helpers: fail a test on any console error or warning, read outputs, drag sliders. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';

/** The folder the tests' server serves: the build's output. */
export const DIST = join(import.meta.dirname, '../..', process.env.DESCENT_OUT ?? 'dist');

/** The embed pages the build wrote (/embed/<name>/index.html), by name, sorted. */
export const builtEmbeds = (): string[] => readdirSync(join(DIST, 'embed')).filter((name) => existsSync(join(DIST, 'embed', name, 'index.html'))).sort();

/** Collects console errors and warnings (and uncaught page errors) from the moment it is called. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}

/**
 * Makes every test in the calling file fail if its page logs an error or a warning, except the
 * ones `expected` names (a test that provokes a message asserts it itself).
 */
export function failOnConsoleMessages(expected?: RegExp): void {
  let messages: string[] = [];
  test.beforeEach(({ page }) => {
    messages = watchConsole(page);
  });
  test.afterEach(() => {
    expect(messages.filter((m) => !expected?.test(m))).toEqual([]);
  });
}

export const CHAPTER = '/linear-regression/';

/** The readout text of an <output> found by its test id. */
export async function readout(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}

/**
 * Drags a range input's thumb with the real mouse: presses at `from` (a fraction of its width)
 * and moves to `to` in several steps, so the page sees a stream of input events as from a hand.
 */
export async function dragSlider(page: Page, slider: Locator, from: number, to: number): Promise<void> {
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('dragSlider: the slider has no box (hidden or detached)');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 10 });
  await page.mouse.up();
}

/**
 * Islands (src/site/islands) hydrate as they come near the viewport. Tests that use widgets open
 * the page with this: each island is scrolled to in turn, as a reader scrolling down would, and
 * awaited, then the scroll position is put back (the link's #widget).
 */
/** Hydration waits for a chunk's download and a widget's first render: seconds on a busy machine. */
const HYDRATION = { timeout: 30_000 };

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrateAll(page);
}

export async function hydrateAll(page: Page): Promise<void> {
  const start = await page.evaluate(() => window.scrollY);
  const islands = page.locator('[data-island]');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    if ((await island.getAttribute('data-island-hydrated')) === null) {
      // The island's element has no box (display: contents): scroll to its content.
      await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    }
    await expect(island).toHaveAttribute('data-island-hydrated', '', HYDRATION);
  }
  await page.evaluate((y) => window.scrollTo(0, y), start);
}

/**
 * Opens `url` and waits for one island (by its component name, e.g. "OptimizerRaceWidget") to
 * hydrate, scrolled to as a reader would; the page's other islands hydrate only if they come
 * near the viewport. For a long chapter whose other widgets start heavy computations on load.
 */
export async function gotoIsland(page: Page, url: string, island: string): Promise<void> {
  await page.goto(url);
  const root = page.locator(`[data-island="${island}"]`);
  await root.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'start' }));
  await expect(root).toHaveAttribute('data-island-hydrated', '', HYDRATION);
}

export interface Point {
  x: number;
  y: number;
}

/** The centre of an element's box, in page pixels. */
export async function centre(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('centre: the element has no box (hidden or detached)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A finger pressed at `from`, moved by (dx, dy) in `steps` moves, lifted: real touch events
 * (CDP Input.dispatchTouchEvent), so Chromium runs its own gesture handling as on a phone.
 * Needs a context with `hasTouch` (see touch.spec.ts).
 */
export async function fingerDrag(page: Page, from: Point, dx: number, dy: number, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (i: number) => [{ x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** A number as the book prints it: "0.00182", "−1.5", "1.82 × 10⁻³", "2,500". */
export function parseShown(text: string): number {
  const sup: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
  const t = text.trim().replaceAll('−', '-').replaceAll(',', '');
  const m = t.match(/^(-?[\d.]+)\s*×\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/);
  if (m) return Number(m[1]) * 10 ** Number([...m[2]].map((c) => sup[c]).join(''));
  return Number(t);
}
