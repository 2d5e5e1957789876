/**
 * Chapter 6's page as a whole, in real Chromium: axe on the whole page at 375 px (the narrow
 * layout is the one where widgets crowd; pages.spec covers desktop widths for the older
 * chapters) with the XOR run on screen, no contrast problems in dark mode, unique ids so a
 * widget's #anchor lands on it, and on a 375 × 667 touch screen no widget wider than the screen.
 */
import { type Page, expect, test } from '@playwright/test';
import { failOnConsoleMessages, gotoHydrated } from './helpers';
import { declarePageChecks, overflowingElements } from './pageChecks';

const PAGE = '/backpropagation/';
const WIDGETS = ['xor', 'graph', 'softmax', 'cost', 'activations', 'playground'] as const;
const WORKER = { timeout: 90_000 };

failOnConsoleMessages();

/** The page with every widget hydrated and the XOR training on screen. */
async function openAll(page: Page): Promise<void> {
  await gotoHydrated(page, PAGE);
  await page.getByTestId('xor-outcome').scrollIntoViewIfNeeded(); // the run starts when its part is about to be seen
  await expect(page.getByTestId('xor-outcome')).toContainText('Solved', WORKER);
}

// axe at 375 px only: the narrow layout is where widgets crowd (pages.spec covers desktop widths)
declarePageChecks({ open: openAll, widgets: WIDGETS, axeWidths: [375], anchorUrl: `${PAGE}?softmax.loss=svm#softmax` });

test.describe('on a 375 × 667 touch screen', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('no widget is wider than the screen', async ({ page }) => {
    test.setTimeout(240_000);
    await openAll(page);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
    for (const id of WIDGETS) {
      const box = await page.locator(`section#${id}`).boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(375);
      expect(await overflowingElements(page, id), id).toEqual([]);
    }
  });
});
