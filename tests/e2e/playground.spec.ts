/**
 * "Network playground" on its embed page, in Chromium: Play by mouse moves the step count and
 * the loss (trained in the worker), Pause holds it, Reset returns to step 0 with the same first
 * loss; a layer and a neuron added by keyboard; another data set chosen; at 375 px a tap plays
 * and the page never scrolls sideways; a shared link reopens the same settings. Waits are on
 * text and attributes, never on time.
 */
import { expect, type Page, test } from '@playwright/test';
import { failOnConsoleMessages, gotoIsland } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/network-playground/';
const WORKER = { timeout: 30_000 };
const open = (page: Page, query = '') => gotoIsland(page, `${EMBED}${query}`, 'NetworkPlaygroundWidget');
const step = (page: Page) => page.getByTestId('pg-step');
const trainLoss = (page: Page) => page.getByTestId('pg-train-loss');
const stepNumber = async (page: Page) => Number((await step(page).textContent())?.replaceAll(',', ''));

test('Play trains (the step and the loss change), Pause holds, Reset returns to step 0 and the same loss', async ({ page }) => {
  await open(page);
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  const first = await trainLoss(page).textContent();
  await expect(step(page)).toHaveText('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepNumber(page), WORKER).toBeGreaterThan(100);
  await expect(trainLoss(page)).not.toHaveText(first ?? '', WORKER);
  await expect(page.getByTestId('pg-rate')).not.toHaveText('–');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('pg-status')).toHaveAttribute('data-status', 'idle', WORKER);
  const held = await step(page).textContent();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepNumber(page), WORKER).toBe(Number(held?.replaceAll(',', '')) + 1);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(step(page)).toHaveText('0', WORKER);
  await expect(trainLoss(page)).toHaveText(first ?? '', WORKER);
});

test('a layer and a neuron added by keyboard; another data set; the run starts over', async ({ page }) => {
  await open(page);
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  const add = page.getByRole('button', { name: 'Add layer' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pg-shape')).toHaveText('3 hidden layers');
  const width = page.getByRole('slider', { name: 'Layer 3 neurons' });
  await width.focus();
  await page.keyboard.press('ArrowRight');
  await expect(width).toHaveValue('5');
  const data = page.getByRole('combobox', { name: 'Data' });
  await data.focus();
  await data.selectOption('spirals');
  await expect(step(page)).toHaveText('0');
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  await page.getByRole('button', { name: 'Play' }).press('Enter');
  await expect.poll(() => stepNumber(page), WORKER).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause' }).press('Enter');
});

test('a shared link reopens the same settings and the same first loss', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const query = '?playground.dataset=xor&playground.widths=6,3&playground.act2=relu&playground.seed=9&playground.optimizer=momentum';
  await open(page, query);
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  const loss = await trainLoss(page).textContent();
  await expect(page.getByRole('combobox', { name: 'Data' })).toHaveValue('xor');
  await expect(page.getByRole('slider', { name: 'Layer 1 neurons' })).toHaveValue('6');
  await expect(page.getByRole('combobox', { name: 'Layer 2 activation' })).toHaveValue('relu');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('momentum');
  // New weights changes the seed; Share's link carries it, and opens the same run elsewhere.
  await page.getByRole('button', { name: 'New weights' }).click();
  await expect(step(page)).toHaveText('0');
  await expect(trainLoss(page)).not.toHaveText(loss ?? '', WORKER);
  const fresh = await trainLoss(page).textContent();
  await page.getByRole('button', { name: 'Share' }).click();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.searchParams.get('playground.seed')).toBe('10');
  expect(url.searchParams.get('playground.widths')).toBe('6,3');
  const other = await context.newPage();
  await gotoIsland(other, `${EMBED}${url.search}`, 'NetworkPlaygroundWidget');
  await expect(other.getByTestId('pg-train-loss')).toHaveText(fresh ?? '', WORKER);
});

test.describe('at 375 px with touch', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('a tap plays and pauses, and the page never scrolls sideways', async ({ page }) => {
    await open(page, '?playground.widths=32,32,32,32,32,32');
    await expect(trainLoss(page)).not.toHaveText('–', WORKER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect.poll(() => stepNumber(page), WORKER).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Pause' }).tap();
    await expect(page.getByTestId('pg-status')).toHaveAttribute('data-status', 'idle', WORKER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
