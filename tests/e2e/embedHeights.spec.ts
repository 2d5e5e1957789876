/**
 * The heights in the oEmbed JSON (src/site/embed/embedHeights.json) are the embed pages' own,
 * measured here in a frame as wide as OEMBED_WIDTH: a host that does not listen for height
 * messages (Moodle's oEmbed filter) shows the whole widget. A widget whose layout grew or shrank
 * by more than a tenth fails until the table is remeasured:
 *
 *   npm run build && UPDATE_EMBED_HEIGHTS=1 npx playwright test embedHeights && npm run build
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { builtEmbeds, DIST, failOnConsoleMessages } from './helpers';

failOnConsoleMessages();

const TABLE = join(import.meta.dirname, '../../src/site/embed/embedHeights.json');
const WIDTH = 700; // OEMBED_WIDTH in src/site/embed/oembed.ts

/** The embed page's height as reportHeight.ts measures it, once the widget has settled: nothing
 *  in it busy computing, and five equal readings (a worker's result can come late on a busy machine). */
async function measure(page: Page, slug: string): Promise<number> {
  await page.setViewportSize({ width: WIDTH, height: 900 });
  await page.goto(`/embed/${slug}/`);
  await expect(page.locator('[data-island-hydrated]').first()).toBeAttached({ timeout: 30_000 });
  const height = () =>
    page.locator('[data-embed]').evaluate((el) =>
      el.querySelector('[aria-busy="true"]') ? -1 : Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(el).marginBottom || '0')),
    );
  const readings: number[] = [];
  await expect
    .poll(async () => {
      readings.push(await height());
      return readings.length >= 5 && readings.at(-1) !== -1 && readings.slice(-5).every((h) => h === readings.at(-1));
    }, { timeout: 60_000 })
    .toBe(true);
  return readings.at(-1) ?? 0;
}

// Read when the tests are collected: `npm test` builds first (an unbuilt tree has no embeds,
// and the count test below says so).
const SLUGS = existsSync(join(DIST, 'embed')) ? builtEmbeds() : [];

if (process.env.UPDATE_EMBED_HEIGHTS) {
  test('remeasure every embed page’s height at 700 px into the table', async ({ page }) => {
    test.setTimeout(240_000); // every widget, one after another
    const measured: Record<string, number> = {};
    for (const slug of SLUGS) measured[slug] = await measure(page, slug);
    writeFileSync(TABLE, `${JSON.stringify(measured, null, 2)}\n`);
  });
} else {
  const table = JSON.parse(readFileSync(TABLE, 'utf8')) as Record<string, number>;

  test('the build wrote an embed page for every widget', () => {
    expect(SLUGS.length).toBeGreaterThanOrEqual(19);
  });

  // One test per page, so the two workers share them.
  for (const slug of SLUGS) {
    test(`embed ${slug}: its height at 700 px is the one its oEmbed JSON gives`, async ({ page }) => {
      const measured = await measure(page, slug);
      expect(Math.abs((table[slug] ?? 0) - measured), `remeasure (see this file's comment); measured ${measured}`).toBeLessThanOrEqual(Math.max(40, 0.1 * measured));
      // and the JSON the build wrote carries it
      const json = JSON.parse(readFileSync(join(DIST, 'embed', slug, 'oembed.json'), 'utf8')) as { height: number };
      expect(json.height).toBe(table[slug]);
    });
  }
}
