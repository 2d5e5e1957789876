/**
 * Chapter 1's widgets in real Chromium: dragging a slider and a handle changes the drawn line
 * and the MSE readout; each widget works from the keyboard alone; a shared link reopens the
 * same state; a bad value in the link is repaired with a visible message.
 */
import { expect, test } from '@playwright/test';
import { CHAPTER, dragSlider, readout, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto(CHAPTER);
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
  await other.goto(url);
  await other.waitForLoadState('networkidle');
  await expect.poll(() => readout(other, 'fit-mse')).toBe(mse);
  expect(messages).toEqual([]);
});

test('a bad value in a link is repaired with a visible message', async ({ page }) => {
  await page.goto(`${CHAPTER}?fit.m=banana&fit.b=99#fit`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('#fit').getByRole('status').first();
  await expect(status).toContainText(/m/);
  await expect(page.locator('#fit')).toContainText(/99/);
});
