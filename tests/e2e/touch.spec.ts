/**
 * A finger on a 375 × 667 touch screen: real touch events (CDP Input.dispatchTouchEvent), so
 * Chromium runs its own gesture handling (scrolling, touch-action, pointercancel) as on a phone.
 * A 60 px drag on a draggable point moves it about 60 px and never scrolls the page; a drag on
 * a plain part of the page still scrolls it; sliders still follow the finger.
 */
import { type CDPSession, type Locator, type Page, expect, test } from '@playwright/test';
import { readout, watchConsole, gotoHydrated } from './helpers';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

let messages: string[] = [];

test.beforeEach(async ({ page }) => {
  messages = watchConsole(page);
});

test.afterEach(() => {
  expect(messages).toEqual([]);
});

interface Centre {
  x: number;
  y: number;
}

async function centre(target: Locator): Promise<Centre> {
  const box = await target.boundingBox();
  if (!box) throw new Error('centre: the element has no box (hidden or detached)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses a finger at `from`, moves it by (dx, dy) in `steps` moves, lifts it. */
async function fingerDrag(cdp: CDPSession, from: Centre, dx: number, dy: number, steps = 12): Promise<void> {
  const at = (i: number) => [{ x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function open(page: Page, path: string, widget: string): Promise<{ cdp: CDPSession; root: Locator }> {
  await gotoHydrated(page, `${path}#${widget}`);
  await page.waitForLoadState('networkidle');
  return { cdp: await page.context().newCDPSession(page), root: page.locator(`#${widget}`) };
}

/** Drags `point` by (dx, dy) with a finger; checks that it followed and the page stood still. */
async function expectFingerMoves(page: Page, cdp: CDPSession, point: Locator, dx: number, dy: number): Promise<void> {
  await point.scrollIntoViewIfNeeded();
  const before = await centre(point);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await fingerDrag(cdp, before, dx, dy);
  // The point follows the finger to within a few pixels (the plot rounds to its step).
  await expect.poll(async () => {
    const after = await centre(point);
    return Math.hypot(after.x - before.x - dx, after.y - before.y - dy);
  }).toBeLessThan(6);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
}

test('fit: a finger drags a line handle 60 px, and the page does not scroll', async ({ page }) => {
  const { cdp, root } = await open(page, '/linear-regression/', 'fit');
  const before = await readout(page, 'fit-mse');
  await expectFingerMoves(page, cdp, root.getByRole('slider', { name: 'Line handle at x = 5' }), 0, -60);
  expect(await readout(page, 'fit-mse')).not.toBe(before);
});

test('bowl: a finger drags the (m, b) marker diagonally', async ({ page }) => {
  const { cdp, root } = await open(page, '/linear-regression/', 'bowl');
  await expectFingerMoves(page, cdp, root.getByRole('slider', { name: 'Current slope and intercept (m, b)' }), 40, -45);
});

test('data: a finger drags a data point', async ({ page }) => {
  const { cdp, root } = await open(page, '/linear-regression/', 'data');
  const line = await readout(page, 'data-line');
  // At 375 px some points' 36 px targets overlap; the last one drawn is on top of the others
  const point = root.getByRole('slider', { name: 'Point 7' });
  await expectFingerMoves(page, cdp, point, 30, -50);
  await expect.poll(() => readout(page, 'data-line')).not.toBe(line);
});

test('explorer: a finger drags the probe', async ({ page }) => {
  const { cdp, root } = await open(page, '/loss-surfaces/', 'explorer');
  const probe = root.getByRole('slider', { name: 'Probe' });
  const before = await readout(page, 'explorer-probe');
  await expectFingerMoves(page, cdp, probe, 50, -40);
  expect(await readout(page, 'explorer-probe')).not.toBe(before);
});

test('a finger drag beside the points still scrolls the page', async ({ page }) => {
  const { cdp, root } = await open(page, '/linear-regression/', 'fit');
  const title = root.getByRole('heading').first();
  await title.scrollIntoViewIfNeeded();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await fingerDrag(cdp, await centre(title), 0, -150);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 50);
});

test('fit: a finger drags the slope slider', async ({ page }) => {
  const { cdp, root } = await open(page, '/linear-regression/', 'fit');
  const slider = root.getByRole('slider', { name: 'Slope m' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider has no box');
  const before = Number(await slider.inputValue());
  // m runs over [−2, 3] with the default 0 at 40 % of the track: press on the thumb, slide right
  await fingerDrag(cdp, { x: box.x + box.width * 0.4, y: box.y + box.height / 2 }, box.width * 0.3, 0);
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(before + 0.5);
});
