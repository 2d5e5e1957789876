/**
 * Chapter 5's page as a whole, in real Chromium: axe on the whole page (light, at desktop width
 * and at 375 px) with every widget's first results on screen, no contrast problems in dark mode
 * (axe on the widgets' HTML, and their SVG text measured), unique ids so a widget's #anchor lands
 * on it, and on a 375 × 667 touch screen no widget wider than the screen, with the searches and
 * a training run started by a tap.
 */
import { type Page, expect, test } from '@playwright/test';
import { failOnConsoleMessages, gotoHydrated } from './helpers';
import { declarePageChecks, overflowingElements } from './pageChecks';

const PAGE = '/generalization/';
const WIDGETS = ['overfit', 'cv', 'penalty', 'dropout', 'search', 'babysit', 'ensemble'] as const;
const WORKER = { timeout: 90_000 };

failOnConsoleMessages();

/** The page with every widget hydrated and every first computation on screen. */
async function openAll(page: Page): Promise<void> {
  await gotoHydrated(page, PAGE);
  await page.getByTestId('overfit-early').scrollIntoViewIfNeeded(); // its run starts when its plot is about to be seen
  await expect(page.getByTestId('overfit-early')).toHaveAttribute('data-status', 'done', WORKER);
  await expect(page.getByTestId('dropout-stats')).toHaveAttribute('data-status', 'done', WORKER);
  await expect(page.getByTestId('ensemble-stats')).toHaveAttribute('data-status', 'done', WORKER);
  await expect(page.getByTestId('search-map')).toHaveAttribute('data-ready', 'true', WORKER);
}

// a heading "Dropout" would take the dropout widget's id, so the anchor check links to it
declarePageChecks({ open: openAll, widgets: WIDGETS, axeWidths: [1200, 375], anchorUrl: `${PAGE}?dropout.p=0.3#dropout` });

test.describe('on a 375 × 667 touch screen', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('no widget is wider than the screen, before and after the searches and a training run', async ({ page }) => {
    test.setTimeout(240_000);
    await openAll(page);
    const fits = async () => {
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
      for (const id of WIDGETS) {
        const box = await page.locator(`section#${id}`).boundingBox();
        expect(box, id).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(375);
        expect(await overflowingElements(page, id), id).toEqual([]);
      }
    };
    await fits();
    const run = page.locator('section#search').getByRole('button', { name: 'Run the searches' });
    await run.scrollIntoViewIfNeeded();
    await run.tap();
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-status', 'done', WORKER);
    const train = page.locator('section#babysit').getByRole('button', { name: 'Train' });
    await train.scrollIntoViewIfNeeded();
    await train.tap();
    await expect(page.locator('section#babysit').getByRole('button', { name: 'Pause' })).toBeVisible();
    await fits();
  });
});
