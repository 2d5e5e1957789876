/** Chapter 2's challenges check the reader's answer on the page: a wrong one says "Not yet", the right one "Correct". */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ls } from '../../chapters/loss-surfaces.numbers';
import { watchConsole, gotoHydrated } from './helpers';

const CHAPTER = '/loss-surfaces/';

async function open(page: Page): Promise<string[]> {
  const messages = watchConsole(page);
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
  return messages;
}

async function answerNumber(page: Page, title: RegExp, text: string): Promise<void> {
  const challenge = page.getByRole('group', { name: title });
  await challenge.getByLabel('Your answer').fill(text);
  await challenge.getByRole('button', { name: 'Check' }).click();
}

test('the condition-number challenge: a wrong κ is "Not yet", the computed one "Correct"', async ({ page }) => {
  const messages = await open(page);
  const title = /How narrow is Rosenbrock's valley/;
  const status = page.getByRole('group', { name: title }).getByRole('status');
  // The ratio of the diagonal entries, 802 / 200, is a tempting wrong answer.
  await answerNumber(page, title, '4.01');
  await expect(status).toContainText(/not yet/i);
  await answerNumber(page, title, String(Math.round(ls.rosen.kappa)));
  await expect(status).toContainText('Correct');
  expect(messages).toEqual([]);
});

test('the contour challenge accepts √κ and rejects κ itself', async ({ page }) => {
  await open(page);
  const title = /Stretch a bowl/;
  const status = page.getByRole('group', { name: title }).getByRole('status');
  await answerNumber(page, title, ls.quad.challengeKappaText);
  await expect(status).toContainText(/not yet/i);
  await answerNumber(page, title, String(ls.quad.challengeAspect));
  await expect(status).toContainText('Correct');
});

test('the chord challenge and the kinks challenge check numbers typed as a reader would', async ({ page }) => {
  await open(page);
  const chord = /The chord test on Rosenbrock/;
  await answerNumber(page, chord, '2');
  await expect(page.getByRole('group', { name: chord }).getByRole('status')).toContainText(/not yet/i);
  await answerNumber(page, chord, String(ls.rosen.fm));
  await expect(page.getByRole('group', { name: chord }).getByRole('status')).toContainText('Correct');

  const kinks = /Kinks in a slice/;
  await answerNumber(page, kinks, ls.svm.bigClassesText);
  await expect(page.getByRole('group', { name: kinks }).getByRole('status')).toContainText(/not yet/i);
  await answerNumber(page, kinks, String(ls.svm.bigMaxKinks));
  await expect(page.getByRole('group', { name: kinks }).getByRole('status')).toContainText('Correct');
});

test('the classification challenge: "a minimum" is "Not yet", "a saddle point" is "Correct"', async ({ page }) => {
  await open(page);
  const challenge = page.getByRole('group', { name: /Classify a critical point/ });
  await challenge.getByLabel('a minimum').check();
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText(/not yet/i);
  await challenge.getByLabel('a saddle point').check();
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(challenge.getByRole('status')).toContainText('Correct');
  // The worked answer opens and prints the computed eigenvalues.
  await challenge.getByRole('button', { name: 'Show answer' }).click();
  await expect(challenge).toContainText(ls.camel.challenge.loText);
  await expect(challenge).toContainText(ls.camel.challenge.hiText);
});
