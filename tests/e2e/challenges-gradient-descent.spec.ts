/** Chapter 3's challenges check the reader's answer on the page. */
import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers';
import type { Page } from '@playwright/test';
import { gd } from '../../chapters/gradient-descent.numbers';

const CHAPTER = '/gradient-descent/';

async function answer(page: Page, title: RegExp, value: string): Promise<string> {
  const challenge = page.getByRole('group', { name: title });
  await challenge.getByLabel('Your answer').fill(value);
  await challenge.getByRole('button', { name: 'Check' }).click();
  return (await challenge.getByRole('status').textContent()) ?? '';
}

async function open(page: Page): Promise<void> {
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
}

test('one step by hand: a wrong slope says "Not yet", the right one "Correct"', async ({ page }) => {
  await open(page);
  const title = /One step by hand/;
  const status = page.getByRole('group', { name: title }).getByRole('status');
  // The starting slope itself (no step taken) is wrong.
  await answer(page, title, '0.5');
  await expect(status).toContainText(/not yet/i);
  await answer(page, title, gd.handStep.newM.toFixed(4));
  await expect(status).toContainText('Correct');
});

test('iterations in an epoch: n/B rounded down is wrong, rounded up is right', async ({ page }) => {
  await open(page);
  const title = /Iterations in an epoch/;
  const status = page.getByRole('group', { name: title }).getByRole('status');
  await answer(page, title, String(gd.epochs.challengeIters - 1));
  await expect(status).toContainText(/not yet/i);
  await answer(page, title, String(gd.epochs.challengeIters));
  await expect(status).toContainText('Correct');
});

test('the largest stable learning rate: 2/λmin is wrong, 2/λmax is right', async ({ page }) => {
  await open(page);
  const title = /The largest stable learning rate/;
  const status = page.getByRole('group', { name: title }).getByRole('status');
  await answer(page, title, '4');
  await expect(status).toContainText(/not yet/i);
  await answer(page, title, '1/3');
  await expect(status).toContainText('Correct');
});

test('the gradient-check choice: the round-off answer is wrong, the missing factor right', async ({ page }) => {
  await open(page);
  const challenge = page.getByRole('group', { name: /Read a gradient check/ });
  await challenge.getByLabel(/round-off dominates/).check();
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText(/not yet/i);
  await challenge.getByLabel(/missing a factor of 2/).check();
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText('Correct');
});
