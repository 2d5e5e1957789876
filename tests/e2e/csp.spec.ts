/**
 * The book under a strict Content-Security-Policy, as a school's site may serve it: no inline
 * scripts, no data: fonts, workers only from the site or a blob. Every page, with every widget
 * hydrated, must cause no violation (reported by the browser as an event and a console error).
 * Under a stricter one still, with no inline styles at all, the browser refuses every style
 * attribute (and says so); the pages apply them again, so formulas and widgets keep their
 * sizes, positions and colours.
 */
import { expect, type Page, test } from '@playwright/test';
import { builtEmbeds, failOnConsoleMessages, hydrateAll } from './helpers';

// the refusals of the no-inline-styles policy (asserted by its test)
failOnConsoleMessages(/Applying inline style violates/);

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; worker-src 'self' blob:";
const NO_INLINE_STYLES = POLICY.replace(" 'unsafe-inline'", '');

/** Serves every document with the policy, and records each violation the page reports. */
async function underPolicy(page: Page, policy = POLICY): Promise<() => Promise<string[]>> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as Window & { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as Window & { cspViolations?: string[] }).cspViolations ?? []);
}

for (const path of ['/', '/linear-regression/', '/loss-surfaces/', '/gradient-descent/', '/optimizers/', '/teachers/', ...builtEmbeds().map((name) => `/embed/${name}/`)]) {
  test(`${path} causes no violation of a strict policy, every widget hydrated`, async ({ page }) => {
    test.setTimeout(120_000); // every widget of a long chapter, on a busy machine
    const violations = await underPolicy(page);
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle'); // fonts and lazy chunks fetched
    expect(await violations()).toEqual([]);
  });
}

test('under the policy the race computes in its worker, and the fonts load', async ({ page }) => {
  const violations = await underPolicy(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/embed/optimizer-race/?race.nesterov=1');
  await expect(page.getByTestId('race-legend')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"] td').first()).not.toHaveText('…');
  expect(workers.some((url) => url.includes('/assets/worker-'))).toBe(true);
  await page.goto('/gradient-descent/');
  await expect.poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded')))).toBe(true);
  expect(await violations()).toEqual([]);
});

/** The heights of the page's display formulas, in order. */
const formulaHeights = (page: Page) => page.locator('.katex-display').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));

for (const path of ['/linear-regression/', '/embed/optimizer-race/', '/embed/surface-explorer/']) {
  test(`${path} with no inline styles allowed: every style attribute still applies`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const violations = await underPolicy(page, NO_INLINE_STYLES);
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    // the browser refused the attributes (so this tests something) ...
    expect((await violations()).filter((v) => v.startsWith('style-src')).length).toBeGreaterThan(0);
    // ... and none is left unapplied: a refused one has an attribute but no declarations
    const unapplied = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[style]')].filter((el) => (el.getAttribute('style') ?? '').trim() !== '' && el.style.length === 0).map((el) => el.outerHTML.slice(0, 80)));
    expect(unapplied).toEqual([]);
    // formulas as tall as where inline styles are allowed
    const relaxed = await browser.newPage();
    await underPolicy(relaxed);
    await relaxed.goto(path);
    expect(await formulaHeights(page)).toEqual(await formulaHeights(relaxed));
    await relaxed.close();
  });
}
