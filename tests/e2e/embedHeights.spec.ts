/**
 * The heights in the oEmbed JSON (src/site/embed/embedHeights.json) are the embed pages' own,
 * measured here in a frame as wide as OEMBED_WIDTH: a host that does not listen for height
 * messages (Moodle's oEmbed filter) shows the whole widget. A widget whose layout grew or shrank
 * by more than a tenth fails until the table is remeasured:
 *
 *   npm run build && UPDATE_EMBED_HEIGHTS=1 npx playwright test embedHeights && npm run build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtEmbeds, DIST, failOnConsoleMessages } from './helpers';

failOnConsoleMessages();

const TABLE = join(import.meta.dirname, '../../src/site/embed/embedHeights.json');
const WIDTH = 700; // OEMBED_WIDTH in src/site/embed/oembed.ts

test('every embed page’s height at 700 px is the one its oEmbed JSON gives', async ({ page }) => {
  test.setTimeout(240_000); // every widget, one after another
  const slugs = builtEmbeds();
  expect(slugs.length).toBeGreaterThanOrEqual(19);
  await page.setViewportSize({ width: WIDTH, height: 900 });
  const measured: Record<string, number> = {};
  for (const slug of slugs) {
    await page.goto(`/embed/${slug}/`);
    await expect(page.locator('[data-island-hydrated]').first()).toBeAttached({ timeout: 30_000 });
    // the same measure as reportHeight.ts, once the widget has settled: nothing in it busy
    // computing, and five equal readings (a worker's result can come late on a busy machine)
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
    measured[slug] = readings.at(-1) ?? 0;
  }
  if (process.env.UPDATE_EMBED_HEIGHTS) {
    writeFileSync(TABLE, `${JSON.stringify(measured, null, 2)}\n`);
    return;
  }
  const table = JSON.parse(readFileSync(TABLE, 'utf8')) as Record<string, number>;
  const off = slugs.filter((s) => !(Math.abs((table[s] ?? 0) - measured[s]) <= Math.max(40, 0.1 * measured[s])));
  expect(off, `remeasure (see this file's comment); measured: ${JSON.stringify(measured)}`).toEqual([]);
  // and the JSON the build wrote carries them
  for (const slug of slugs) {
    const json = JSON.parse(readFileSync(join(DIST, 'embed', slug, 'oembed.json'), 'utf8')) as { height: number; html: string };
    expect(json.height).toBe(table[slug]);
  }
});
