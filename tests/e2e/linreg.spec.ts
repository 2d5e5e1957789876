/**
 * Chapter 1's widgets in real Chromium: dragging a slider and a handle changes the drawn line
 * and the MSE readout; each widget works from the keyboard alone; a shared link reopens the
 * same state; a bad value in the link is repaired with a visible message.
 */
import { expect, test } from '@playwright/test';
import { CHAPTER, dragSlider, readout, watchConsole, gotoHydrated } from './helpers';

test.beforeEach(async ({ page }) => {
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
});

test('fit: dragging the slope slider changes the line and the MSE', async ({ page }) => {
  const widget = page.locator('#fit');
  const plot = widget.locator('svg').first();
  const before = await readout(page, 'fit-mse');
  const drawingBefore = await plot.innerHTML();
  const slider = widget.getByRole('slider', { name: 'Slope m' });
  await dragSlider(page, slider, 0.4, 0.55);
  await expect.poll(() => readout(page, 'fit-mse')).not.toBe(before);
  expect(await plot.innerHTML()).not.toBe(drawingBefore); // the line and its residual bars moved
});

test('fit: dragging a handle changes the MSE', async ({ page }) => {
  const handle = page.locator('#fit').getByRole('slider', { name: 'Line handle at x = 5' });
  const before = await readout(page, 'fit-mse');
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error('handle has no box');
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx, cy - 60, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => readout(page, 'fit-mse')).not.toBe(before);
});

test('fit: the keyboard alone moves the sliders and the handles', async ({ page }) => {
  const widget = page.locator('#fit');
  const mse0 = await readout(page, 'fit-mse');
  await widget.getByRole('slider', { name: 'Intercept b' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readout(page, 'fit-mse')).not.toBe(mse0);
  const mse1 = await readout(page, 'fit-mse');
  await widget.getByRole('slider', { name: 'Line handle at x = 1' }).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => readout(page, 'fit-mse')).not.toBe(mse1);
});

test('bowl: arrow keys move (m, b) and the MSE follows', async ({ page }) => {
  const point = page.locator('#bowl').getByRole('slider', { name: 'Current slope and intercept (m, b)' });
  const before = await readout(page, 'bowl-mse');
  await point.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => readout(page, 'bowl-mse')).not.toBe(before);
  // the contour map arrived from the worker
  await expect(page.locator('#bowl svg path').first()).toBeVisible();
});

test('guess: more random lines never give a worse best line', async ({ page }) => {
  const widget = page.locator('#guess');
  await expect(page.getByTestId('guess-best')).toBeVisible();
  const few = Number(await readout(page, 'guess-best'));
  const slider = widget.getByRole('slider', { name: 'Random lines' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => Number(await readout(page, 'guess-best'))).toBeLessThan(few);
  await widget.getByRole('slider', { name: 'Weights' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('grid-points')).toHaveText('1,000');
});

test('data: adding and moving points moves the least-squares line', async ({ page }) => {
  const widget = page.locator('#data');
  const line0 = await readout(page, 'data-line');
  await widget.getByRole('button', { name: 'Add a point' }).click();
  await expect.poll(() => readout(page, 'data-line')).not.toBe(line0);
  const line1 = await readout(page, 'data-line');
  await widget.getByRole('slider', { name: 'Point 7' }).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => readout(page, 'data-line')).not.toBe(line1);
});

test('a shared link reopens the widget in the same state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('#fit');
  await widget.getByRole('slider', { name: 'Slope m' }).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  const mse = await readout(page, 'fit-mse');
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('fit.m=');
  const other = await context.newPage();
  const messages = watchConsole(other);
  await gotoHydrated(other, url);
  await other.waitForLoadState('networkidle');
  await expect.poll(() => readout(other, 'fit-mse')).toBe(mse);
  expect(messages).toEqual([]);
});

test('a bad value in a link is repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?fit.m=banana&fit.b=99#fit`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('#fit').getByRole('status').first();
  await expect(status).toContainText(/m/);
  await expect(page.locator('#fit')).toContainText(/99/);
});

// Every allowed state draws inside the plot: the line and residual bars are clipped to the
// plot area, and a handle whose line leaves the plot waits on its edge, faded, to be grabbed.
for (const query of ['fit.m=2&fit.b=1', 'fit.b=5', 'fit.m=-2&fit.b=-4', 'fit.m=3&fit.b=5']) {
  test(`fit: at ?${query} nothing is drawn outside the plot and the handles can be grabbed`, async ({ page }) => {
    await gotoHydrated(page, `${CHAPTER}?${query}#fit`);
    await page.waitForLoadState('networkidle');
    const svg = page.locator('#fit svg[role=group]');
    const outside = await svg.evaluate((root) => {
      // the plot area is the clip rectangle, in the SVG's own (unscaled) pixels
      const clip = root.querySelector('clipPath rect');
      if (!clip) return ['no plot area'];
      const at = root.getBoundingClientRect();
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(clip.getAttribute(a)));
      const area = { left: at.left + x, top: at.top + y, right: at.left + x + w, bottom: at.top + y + h };
      const unclipped = (e: Element) => !e.closest('[clip-path]');
      const problems: string[] = [];
      for (const e of root.querySelectorAll('line, path')) {
        if (e.closest('[class*=axes]') || !unclipped(e)) continue;
        problems.push(`unclipped ${e.tagName}`);
      }
      for (const dot of root.querySelectorAll('[role=slider] circle:last-child')) {
        const r = dot.getBoundingClientRect();
        const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
        if (cx < area.left - 0.5 || cx > area.right + 0.5 || cy < area.top - 0.5 || cy > area.bottom + 0.5) problems.push(`handle at (${cx}, ${cy}) outside the plot`);
      }
      return problems;
    });
    expect(outside).toEqual([]);
    // a handle pinned to the edge still moves the line when dragged back in
    const handle = page.locator('#fit').getByRole('slider', { name: 'Line handle at x = 5' });
    await handle.scrollIntoViewIfNeeded();
    const before = await readout(page, 'fit-mse');
    const box = await handle.boundingBox();
    if (!box) throw new Error('handle has no box');
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const plot = await svg.boundingBox();
    if (!plot) throw new Error('plot has no box');
    const inward = cy < plot.y + plot.height / 2 ? 40 : -40; // towards the middle
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy + inward, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => readout(page, 'fit-mse')).not.toBe(before);
  });
}

test('data: with every x the same, the empty bowl panel says why instead of promising a ×', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?data.points=${encodeURIComponent('2,1;2,3')}#data`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#data');
  await expect(widget).toContainText('No unique best line');
  await expect(widget).toContainText('No bowl to draw');
  await expect(widget).not.toContainText('the × is its lowest point');
});
