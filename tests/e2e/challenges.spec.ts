/** The chapter's challenges check the reader's answer on the page. */
import { expect, test } from '@playwright/test';
import { lr } from '../../chapters/linear-regression.numbers';
import { CHAPTER, gotoHydrated } from './helpers';

test('a numeric challenge says "Not yet" to a wrong answer and "Correct" to the right one', async ({ page }) => {
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
  const challenge = page.getByRole('group', { name: /Count the parameters/ });
  const input = challenge.getByLabel('Your answer');
  await input.fill('12');
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText(/not yet/i);
  await input.fill(String(lr.wide.total));
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText('Correct');
});
