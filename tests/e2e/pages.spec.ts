/**
 * Every page: loads without console errors or warnings, is prerendered (text and KaTeX markup
 * in the HTML before any script runs), passes axe without serious or critical violations, and
 * is photographed at 375 px wide, and in light and dark at 1200 px with SCREENSHOTS=1 (saved under
 * artifacts/screenshots).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CHAPTER, gotoHydrated, watchConsole } from './helpers';

const PAGES = ['/', CHAPTER, '/loss-surfaces/', '/gradient-descent/', '/optimizers/'];
/** One embed page stands for all: they are the same page around a different island. */
const EMBED = '/embed/optimizer-race/';
const TEACHERS = '/teachers/';

const PHONE = [['375', 375, 'light']] as const;
const DESKTOP = [['light', 1200, 'light'], ['dark', 1200, 'dark']] as const;
const SHOTS = process.env.SCREENSHOTS ? [...DESKTOP, ...PHONE] : PHONE;

for (const path of [...PAGES, EMBED, TEACHERS]) {
  test.describe(`page ${path}`, () => {
    test('loads with no console errors or warnings', async ({ page }) => {
      const messages = watchConsole(page);
      await gotoHydrated(page, path);
      await page.waitForLoadState('networkidle');
      expect(messages).toEqual([]);
    });

    test('at 375 px it is no wider than the screen before the widgets below the fold hydrate', async ({ page }) => {
      // A prerendered plot is drawn at a default width until its island measures its box; the
      // widgets far below the fold stay prerendered, and must not widen the page meanwhile.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });

    for (const width of [1200, 375]) {
      test(`passes axe with no serious or critical violations at ${width} px`, async ({ page }) => {
        test.setTimeout(120_000); // axe walks every node of a long chapter; slow on a busy 2-core machine
        await page.setViewportSize({ width, height: 900 });
        await gotoHydrated(page, path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }

    // The 375 px picture runs always (it checks that nothing sticks out sideways once every widget
    // is drawn); the desktop pictures only with SCREENSHOTS=1, for people to look at: they assert
    // nothing the other tests do not, and drawing every widget of a long chapter costs minutes.
    for (const [name, width, scheme] of SHOTS) {
      test(`screenshot ${name}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await gotoHydrated(page, path);
        await page.waitForLoadState('networkidle');
        const slug = path === '/' ? 'home' : path.replaceAll('/', '');
        await page.screenshot({ path: `artifacts/screenshots/${slug}-${name}.png`, fullPage: true });
        // Nothing may stick out sideways at 375 px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('at 375 px, wide equations and tables scroll in focusable, named boxes that show there is more', async ({ page }) => {
  test.setTimeout(180_000); // every page, every widget hydrated, one after another, on a busy machine
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of PAGES.slice(1)) {
    await gotoHydrated(page, path);
    await page.waitForLoadState('networkidle');
    // every box whose content is wider than it: named region, a Tab stop, the cue on its right
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .map((e) => ({ role: e.getAttribute('role'), label: e.getAttribute('aria-label'), tab: e.getAttribute('tabindex'), cue: e.hasAttribute('data-more-after'), text: (e.textContent ?? '').slice(0, 40) })),
    );
    expect(boxes.length, path).toBeGreaterThan(0);
    for (const box of boxes.filter((b) => b.role !== null || b.tab !== null)) expect(box, path).toMatchObject({ role: 'region', tab: '0', cue: true });
    expect(boxes.filter((b) => b.role === null && b.tab === null), `${path}: scrolling boxes that are not regions`).toEqual([]);
  }
  // a box that fits is no Tab stop: at 1200 px the first equation of chapter 1 is plain
  await page.setViewportSize({ width: 1200, height: 800 });
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .katex-display').first().locator('xpath=ancestor::div[2]')).not.toHaveAttribute('tabindex', '0');
  // and a table wraps its cells before it scrolls: chapter 2's widest tables fit the column
  await page.goto('/loss-surfaces/');
  await page.waitForLoadState('networkidle');
  const cut = await page.evaluate(() => [...document.querySelectorAll('main .table-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  expect(cut).toBe(0);
});

test('a keyboard reaches the first widget in a few key presses: heading anchors are no Tab stops, the contents can be skipped', async ({ page }) => {
  for (const path of PAGES.slice(1)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', inWidget: document.activeElement?.closest('article section[id]') !== null }));
    // Tab to "Skip the contents" (after the site's own skip link, title, nav and theme buttons)
    let presses = 0;
    do {
      await page.keyboard.press('Tab');
      presses++;
    } while ((await focused()).text !== 'Skip the contents' && presses < 12);
    expect((await focused()).text, path).toBe('Skip the contents');
    await expect(page.getByRole('link', { name: 'Skip the contents' })).toBeVisible();
    await page.keyboard.press('Enter');
    presses++;
    for (; presses < 30 && !(await focused()).inWidget; presses++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className), path).not.toBe('heading-anchor');
    }
    expect((await focused()).inWidget, `${path}: no widget within 30 key presses`).toBe(true);
    expect(presses, path).toBeLessThanOrEqual(20); // 38–51 Tab presses before
  }
});

test('the chapter is readable with JavaScript off: prerendered text and KaTeX markup', async ({ request }) => {
  const html = await (await request.get(CHAPTER)).text();
  expect(html).toContain('<h1');
  expect(html).toContain('Linear regression');
  expect(html).toContain('class="katex"');
  expect(html).toMatch(/mean squared error/i);
  expect(html.length).toBeGreaterThan(30_000);
});

test('the home page lists the chapter with a link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Linear regression/ }).first()).toHaveAttribute('href', CHAPTER);
});

test('readers download KaTeX\'s CSS but never its JavaScript, on any page, even when the explorer changes surface', async ({ page }) => {
  const scripts: string[] = [];
  const urls: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    urls.push(r.url());
    // a body Chromium dropped because the page navigated on is checked by its name only
    r.text().then((js) => scripts.push(js), () => undefined);
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // the explorer's formula follows its surface: typeset at build time for every surface
  await gotoHydrated(page, '/loss-surfaces/#explorer');
  await page.waitForLoadState('networkidle');
  const explorer = page.locator('#explorer');
  await explorer.getByLabel('Surface').selectOption('beale');
  await expect(explorer.locator('.katex-display')).toContainText('2.625');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((js) => js.includes('KaTeX parse error'))).toEqual([]);
  expect(urls.filter((u) => /katex/i.test(new URL(u).pathname))).toEqual([]);
  expect(await page.locator('link[rel=stylesheet]').count()).toBeGreaterThan(0);
});

test('the theme toggle switches to dark and is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, CHAPTER);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('printing hides the controls but keeps the widgets\' pictures', async ({ page }) => {
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'Colour theme' })).toBeHidden();
  await expect(page.locator('#fit svg').first()).toBeVisible();
});

test('a chapter fetches no prose and no widget code until the reader nears a widget, then that widget\'s only', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace(/-[\w-]{8}\.js$/, ''));
  });
  const widgets = () => scripts.filter((s) => /Widget$/.test(s));
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('/gradient-descent/');
  // Waited for by its state, not by network idle: on a busy machine the network can be quiet
  // for half a second while the page is still parsing, before the first island is asked for.
  await expect(page.locator('[data-island=InTheDarkWidget]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // the prose is static HTML: no chapter chunk exists on the client; of the widgets, only those
  // within a screen of the top are fetched and live
  expect(scripts.filter((s) => /\/\d\d-[a-z-]+$/.test(s))).toEqual([]);
  expect(widgets()).toContain('/assets/InTheDarkWidget');
  expect(widgets()).not.toContain('/assets/LearningRateWidget');
  await expect(page.locator('[data-island=LearningRateWidget]')).not.toHaveAttribute('data-island-hydrated', '');
  // scrolled to, the learning-rate widget hydrates and answers its slider
  await page.locator('#rate').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island=LearningRateWidget]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(widgets()).toContain('/assets/LearningRateWidget');
  // …while the chapter's last widget, and every other chapter's, stay unfetched
  expect(widgets()).not.toContain('/assets/BatchSizeWidget');
  expect(widgets().filter((w) => /FitLine|SurfaceExplorer|Slices/.test(w))).toEqual([]);
  // the worker runs here, so the main-thread fallback's copy of the tasks is never fetched
  expect(scripts.filter((s) => s.includes('localWorker'))).toEqual([]);
});
