/**
 * Chapter 4's page as a whole, in real Chromium (axe on the whole page is pages.spec.ts's): no
 * contrast problems in dark mode, and on a 375 × 667 touch screen no widget
 * wider than the screen, a finger dragging the race's start point and a slider.
 */
import { type Page, expect, test } from '@playwright/test';
import { centre, failOnConsoleMessages, fingerDrag, gotoHydrated, gotoIsland } from './helpers';
import { declarePageChecks, overflowingElements } from './pageChecks';

const PAGE = '/optimizers/';
const WIDGETS = ['race', 'momentum', 'adaptive', 'schedules', 'newton', 'compare'] as const;
const WORKER = { timeout: 30_000 };

failOnConsoleMessages();

/** The page with every widget hydrated and every first computation on screen. */
async function openAll(page: Page): Promise<void> {
  await gotoHydrated(page, PAGE);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('section#race [data-testid="race-legend"]')).toHaveAttribute('data-fresh', 'true', WORKER);
  await expect(page.locator('section#compare [data-testid="compare-table"]')).toHaveAttribute('data-fresh', 'true', WORKER);
  await expect(page.getByTestId('schedules-comparison')).toBeVisible(WORKER);
  await expect(page.locator('section#newton [data-method="newton"]')).toContainText('at the minimum', WORKER);
}

// axe on the whole page at 1200 and 375 px is pages.spec.ts's, for every chapter; a heading
// "Momentum" would take the explorer's id, so the anchor check links to it.
declarePageChecks({ open: openAll, widgets: WIDGETS, axeWidths: [], anchorUrl: `${PAGE}?momentum.beta=0.5#momentum` });

test.describe('on a 375 × 667 touch screen', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('no widget is wider than the screen, and the page does not scroll sideways', async ({ page }) => {
    test.setTimeout(120_000);
    await openAll(page);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
    for (const id of WIDGETS) {
      const section = page.locator(`section#${id}`);
      const box = await section.boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(375);
      // nothing inside sticks out of the frame either (wide tables scroll in their own box)
      const wider = await overflowingElements(page, id);
      expect(wider, id).toEqual([]);
    }
    // a preset with four racers and a long table still fits
    await page.locator('section#race').getByRole('button', { name: 'Beale’s function' }).click();
    await expect(page.locator('section#race [data-testid="race-legend"] tbody tr')).toHaveCount(6, WORKER);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('a finger drags the race\'s start point 60 px, the race reruns, and the page does not scroll', async ({ page }) => {
    await gotoIsland(page, `${PAGE}#race`, 'OptimizerRaceWidget');
    const race = page.locator('section#race');
    const legend = race.getByTestId('race-legend');
    await expect(legend).toHaveAttribute('data-fresh', 'true', WORKER);
    const results = () => legend.locator('td').allTextContents();
    const before = await results();
    const start = race.getByRole('slider', { name: 'Start point' });
    await start.scrollIntoViewIfNeeded();
    const from = await centre(start);
    const scroll = await page.evaluate(() => window.scrollY);
    await fingerDrag(page, from, 40, -45);
    await expect.poll(async () => {
      const to = await centre(start);
      return Math.hypot(to.x - from.x - 40, to.y - from.y + 45);
    }).toBeLessThan(6);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await expect(start).not.toHaveAttribute('aria-valuetext', 'x = −1.20, y = 1.00');
    await expect.poll(async () => (await legend.getAttribute('data-fresh')) === 'true' && (await results()).join() !== before.join(), WORKER).toBe(true);
  });

  test('a finger slides the momentum explorer\'s β and the regimes follow', async ({ page }) => {
    await gotoIsland(page, `${PAGE}#momentum`, 'MomentumExplorerWidget');
    const w = page.locator('section#momentum');
    const beta = w.getByRole('slider', { name: 'Momentum β' });
    await beta.scrollIntoViewIfNeeded();
    const box = await beta.boundingBox();
    if (!box) throw new Error('the β slider has no box');
    // β = 0.9 of [0, 0.99]: the thumb is at 91 % of the track; slide it half the track left
    await fingerDrag(page, { x: box.x + box.width * (0.9 / 0.99), y: box.y + box.height / 2 }, -box.width * 0.5, 0);
    await expect.poll(async () => Number(await beta.inputValue())).toBeLessThan(0.5);
    expect(Number(await beta.inputValue())).toBeGreaterThan(0.3);
    await expect(w.getByTestId('momentum-regime-slow')).not.toHaveText('underdamped');
    // the phase diagram's marker moved with it: same α, the slider's β
    const marker = w.getByRole('slider', { name: 'α and β: left and right arrows change α, up and down change β' });
    const shown = ((await marker.getAttribute('aria-valuetext')) ?? '').match(/^α = ([\d.]+), β = ([\d.]+)$/);
    expect(shown?.slice(1).map(Number)).toEqual([0.1, Number(await beta.inputValue())]);
  });
});
