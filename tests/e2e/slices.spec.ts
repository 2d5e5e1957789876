/**
 * Chapter 2's slice widgets in real Chromium: dragging the Example slider redraws the 1-D
 * slice, the loss select switches SVM and softmax, "New random directions" redraws both plots,
 * the keyboard alone works, a shared link reopens the same state, a bad link value is repaired
 * with a message, and the network widget trains in the worker and switches centres.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { dragSlider, readout, watchConsole, gotoHydrated, hydrateAll } from './helpers';

const CHAPTER = '/loss-surfaces/';

/** The 1-D slice's path in the classifier widget (drawn once the worker has answered). */
const linePath = (page: Page): Locator => page.locator('#linslice path[aria-label="Loss along the line"]');
const pathD = async (l: Locator): Promise<string> => (await l.getAttribute('d')) ?? '';
/** Until the widget's latest run has answered (the figures are marked busy while it computes). */
async function settled(widget: Locator): Promise<void> {
  await expect(widget.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

let messages: string[] = [];

test.beforeEach(async ({ page }) => {
  messages = watchConsole(page);
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
});

test.afterEach(() => {
  expect(messages).toEqual([]);
});

test('linslice: dragging the Example slider with the mouse redraws the slice', async ({ page }) => {
  const widget = page.locator('#linslice');
  await expect(linePath(page)).toBeVisible({ timeout: 20_000 });
  const before = await pathD(linePath(page));
  const finding = await readout(page, 'linslice-finding');
  const slider = widget.getByRole('slider', { name: 'Example' });
  await dragSlider(page, slider, 0.27, 0.6);
  const example = Number(await slider.inputValue());
  expect(example).toBeGreaterThan(40);
  await expect.poll(() => pathD(linePath(page))).not.toBe(before);
  await expect.poll(() => readout(page, 'linslice-finding')).not.toBe(finding);
  await expect(widget).toContainText(`Example ${example} is class`);
});

test('linslice: switching SVM and softmax changes the curve, the kinks and the words', async ({ page }) => {
  const widget = page.locator('#linslice');
  await expect(page.getByTestId('linslice-kinks')).toHaveText(/^\d+$/, { timeout: 20_000 });
  await settled(widget);
  await expect(widget.getByTestId('kink-dots').locator('circle')).toHaveCount(Number(await readout(page, 'linslice-kinks')));
  const svm = await pathD(linePath(page));
  await widget.getByRole('combobox', { name: 'Loss' }).selectOption('softmax');
  await expect.poll(() => readout(page, 'linslice-finding')).toContain('smooth');
  expect(await pathD(linePath(page))).not.toBe(svm);
  await expect(page.getByTestId('linslice-kinks')).toHaveCount(0);
  await expect(widget.getByTestId('kink-dots')).toHaveCount(0);
  // Back to the SVM, averaged: the kinks become a rug of ticks along the bottom.
  await widget.getByRole('combobox', { name: 'Loss' }).selectOption('svm');
  await widget.getByRole('combobox', { name: 'Examples' }).selectOption('all');
  await expect.poll(() => readout(page, 'linslice-finding')).toContain('blend into a bowl');
  const kinks = Number(await readout(page, 'linslice-kinks'));
  expect(kinks).toBeGreaterThan(50);
  await expect(widget.getByTestId('kink-rug').locator('line')).toHaveCount(kinks);
  await expect(widget.getByRole('slider', { name: 'Example' })).toBeDisabled();
});

test('linslice: "New random directions" changes the seed and both drawings', async ({ page }) => {
  const widget = page.locator('#linslice');
  await expect(linePath(page)).toBeVisible({ timeout: 20_000 });
  await settled(widget);
  const line = await pathD(linePath(page));
  const contours = await widget.locator('svg').nth(1).innerHTML();
  await widget.getByRole('button', { name: 'New random directions' }).click();
  await expect(page.getByTestId('linslice-seed')).toHaveText('seed 2');
  await expect.poll(() => pathD(linePath(page))).not.toBe(line);
  await expect.poll(() => widget.locator('svg').nth(1).innerHTML()).not.toBe(contours);
});

test('linslice: the keyboard alone sets the loss, the example and the directions', async ({ page }) => {
  const widget = page.locator('#linslice');
  await expect(linePath(page)).toBeVisible({ timeout: 20_000 });
  await settled(widget);
  const line = await pathD(linePath(page));
  await widget.getByRole('combobox', { name: 'Loss' }).focus();
  await page.keyboard.press('ArrowDown'); // SVM → softmax
  await expect.poll(() => readout(page, 'linslice-finding')).toContain('softmax');
  await page.keyboard.press('Tab'); // Examples
  await page.keyboard.press('Tab'); // Example slider
  await expect(widget.getByRole('slider', { name: 'Example' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(widget).toContainText('Example 29 is class');
  await page.keyboard.press('Tab'); // New random directions
  await expect(widget.getByRole('button', { name: 'New random directions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('linslice-seed')).toHaveText('seed 2');
  await expect.poll(() => pathD(linePath(page))).not.toBe(line);
});

test('linslice: a shared link reopens the same slice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('#linslice');
  await widget.getByRole('slider', { name: 'Example' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await widget.getByRole('button', { name: 'New random directions' }).click();
  await widget.getByRole('button', { name: 'New random directions' }).click();
  await expect(widget).toContainText('Example 33 is class');
  await expect(page.getByTestId('linslice-seed')).toHaveText('seed 3');
  await expect.poll(() => readout(page, 'linslice-finding')).toContain('Example 33');
  await settled(widget);
  const finding = await readout(page, 'linslice-finding');
  const loss = await readout(page, 'linslice-centre-loss');
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('linslice.example=33');
  expect(url).toContain('linslice.seed=3');
  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  await gotoHydrated(other, url);
  await other.waitForLoadState('networkidle');
  await expect.poll(() => readout(other, 'linslice-finding'), { timeout: 20_000 }).toBe(finding);
  expect(await readout(other, 'linslice-centre-loss')).toBe(loss);
  expect(otherMessages).toEqual([]);
});

test('linslice: bad values in a link are repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?linslice.example=500&linslice.loss=banana#linslice`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#linslice');
  const status = widget.getByRole('status').first();
  await expect(status).toContainText('example = 500 is above the maximum 100; using 100');
  await expect(status).toContainText('loss = "banana" is not one of svm, softmax; using svm');
  await expect(widget).toContainText('Example 100 is class');
  await expect(widget.getByRole('combobox', { name: 'Loss' })).toHaveValue('svm');
});

test('mlpslice: trains in the worker, then switches centres, windows and directions', async ({ page }) => {
  const widget = page.locator('#mlpslice');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('mlpslice-training')).toContainText('accuracy', { timeout: 20_000 });
  await expect(page.getByTestId('mlpslice-training')).toContainText('100%');
  // The random start scores below chance (20%); the widget says why rather than leaving it a puzzle.
  await expect(page.getByTestId('mlpslice-training')).toContainText('Below the 50% of a coin toss');
  // the start's share and the swapped share add up to 100 %, and the next sentence is spaced
  const note = (await page.getByTestId('mlpslice-training').textContent()) ?? '';
  const start = Number(/accuracy ([\d.]+)%/.exec(note)?.[1]), swapped = Number(/would score ([\d.]+)%/.exec(note)?.[1]);
  expect(start + swapped).toBeCloseTo(100, 6);
  expect(note).toMatch(/would score [\d.]+%\. Directions/);
  await expect.poll(() => readout(page, 'mlpslice-finding')).toContain('bends downwards');
  await expect(widget.getByTestId('concave-bands').locator('rect').first()).toBeVisible();
  const trainedLoss = Number(await readout(page, 'mlpslice-centre-loss'));
  const trained = await widget.locator('path[aria-label="Loss along the line through the trained weights"]').getAttribute('d');

  await widget.getByRole('combobox', { name: 'Centre' }).selectOption('initial');
  await expect.poll(() => readout(page, 'mlpslice-finding'), { timeout: 20_000 }).toContain('initial weights');
  await settled(widget);
  expect(Number(await readout(page, 'mlpslice-centre-loss'))).toBeGreaterThan(trainedLoss);
  // The same two curves; only the emphasis and the plane change.
  expect(await widget.locator('path[aria-label="Loss along the line through the trained weights"]').getAttribute('d')).toBe(trained);

  const finding = await readout(page, 'mlpslice-finding');
  await widget.getByRole('combobox', { name: 'Window' }).focus();
  await expect(widget.getByRole('combobox', { name: 'Window' })).toHaveValue('3');
  await page.keyboard.press('ArrowUp'); // ±3 → ±2
  await expect(widget.getByRole('combobox', { name: 'Window' })).toHaveValue('2');
  await expect.poll(() => readout(page, 'mlpslice-finding'), { timeout: 20_000 }).not.toBe(finding);
  await settled(widget);
  const wide = await widget.locator('path[aria-label="Loss along the line through the initial weights"]').getAttribute('d');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // New random directions
  await expect(page.getByTestId('mlpslice-seed')).toHaveText('seed 3');
  await expect.poll(() => widget.locator('path[aria-label="Loss along the line through the initial weights"]').getAttribute('d')).not.toBe(wide);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`both widgets pass axe once drawn (${scheme}), and fit 375 px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('mlpslice-training')).toBeVisible({ timeout: 20_000 });
    await settled(page.locator('#linslice'));
    await settled(page.locator('#mlpslice'));
    const results = await new AxeBuilder({ page }).include('#linslice').include('#mlpslice').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    for (const id of ['#linslice', '#mlpslice']) {
      const box = await page.locator(id).boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(375);
    }
  });
}
