/**
 * "Babysitting a run" on its embed page, in Chromium: nothing runs until Train; Train by mouse
 * streams the run, Pause stops it (the step stays put while paused), Resume continues; presets
 * by keyboard; the sanity checks show their expected values; the exports download files with
 * the right header; at 375 px with a finger the figures stack and Train works by a tap. Waits
 * are on text and attributes, never on time.
 */
import { expect, type Page, test } from '@playwright/test';
import { failOnConsoleMessages } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/babysitting/';

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-island="BabysittingWidget"]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
}

const status = (page: Page) => page.getByTestId('babysit-status');
const step = async (page: Page): Promise<number> => Number(await status(page).getAttribute('data-step'));

test('Train by mouse, Pause stops the run, Resume continues', async ({ page }) => {
  await open(page);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  const paused = await step(page);
  expect(paused).toBeLessThan(3000);
  await expect(status(page)).toHaveText(`Paused at step ${paused.toLocaleString('en-US')} of 3,000.`);
  // stopped: the step stays the same across polls
  await expect.poll(() => step(page)).toBe(paused);
  await expect.poll(() => step(page)).toBe(paused);
  await expect(page.getByTestId('babysit-step')).toHaveText(paused.toLocaleString('en-US'));
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(paused);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
});

test('presets by keyboard; the sanity checks show their expected values', async ({ page }) => {
  await open(page);
  const preset = page.getByRole('combobox', { name: 'Learning rate preset' });
  await preset.focus();
  await page.keyboard.press('ArrowDown'); // Good → Too high
  await expect(preset).toHaveValue('too-high');
  await expect(page.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', '1');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // → Too low
  await expect(preset).toHaveValue('too-low');
  await expect(page.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', '10⁻⁴');

  await page.getByRole('button', { name: 'Check the initial loss' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('babysit-initial')).toHaveAttribute('data-verdict', 'pass');
  await expect(page.getByTestId('babysit-initial')).toContainText('ln 3 = 1.0986');
  await expect(page.getByTestId('babysit-initial')).toContainText('½λΣw² = 0.0647');
  // too low a rate cannot overfit 20 points in the budget; the good rate can
  await page.getByRole('button', { name: 'Overfit 20 examples' }).click();
  await expect(page.getByTestId('babysit-overfit')).toHaveAttribute('data-verdict', 'fail');
  await preset.selectOption('good');
  await page.getByRole('button', { name: 'Overfit 20 examples' }).click();
  await expect(page.getByTestId('babysit-overfit')).toHaveAttribute('data-verdict', 'pass');
  await expect(page.getByTestId('babysit-overfit')).toContainText('fell below 0.01 after 485 steps');
  await expect(page.getByTestId('babysit-overfit')).toContainText('100 % training accuracy');
});

test('a diverging run says where; the exports download CSV and JSON', async ({ page }) => {
  await open(page, '?babysit.lr=10&babysit.l2=0.5');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('babysit-divergence')).toContainText('stopped being finite at step 14');

  await open(page, '?babysit.steps=200');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('babysit-lr0.03-seed1.csv');
  const csvPath = await csv.path();
  const { readFile } = await import('node:fs/promises');
  const csvText = await readFile(csvPath, 'utf8');
  expect(csvText.split('\n')[0]).toBe('step,train_loss,val_loss,train_acc,val_acc,ratio_W1,ratio_W2,ratio_W3');
  expect(csvText.trimEnd().split('\n')).toHaveLength(1 + 11);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const doc = JSON.parse(await readFile(await json.path(), 'utf8')) as { widget: string; step: number; settings: { lr: number } };
  expect(doc).toMatchObject({ widget: 'babysit', step: 200, settings: { lr: 0.03 } });
});

test.describe('at 375 px with a finger', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('the figures stack without overflowing; Train by a tap', async ({ page }) => {
    await open(page, '?babysit.steps=300');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const figures = page.locator('section#babysit figure');
    const first = await figures.nth(0).boundingBox(), second = await figures.nth(1).boundingBox();
    expect(first && second && second.y >= first.y + first.height - 1).toBe(true);
    await page.getByRole('button', { name: 'Train' }).tap();
    await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(page.getByTestId('babysit-step')).toHaveText('300');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
