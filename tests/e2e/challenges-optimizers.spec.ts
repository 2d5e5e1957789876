/**
 * Chapter 4's challenges check the reader's answer on the page: a tempting wrong one says "Not
 * yet", the right one "Correct", with the right one computed by chapters/optimizers.numbers.ts.
 * Where a challenge sends the reader to a widget, the widget is driven as the reader would and
 * its reading is typed in as the answer.
 */
import { type Page, expect, test } from '@playwright/test';
import { op } from '../../chapters/optimizers.numbers';
import { failOnConsoleMessages, gotoIsland } from './helpers';
import { answer, challenge } from './challengeChecks';

const CHAPTER = '/optimizers/';
const WORKER = { timeout: 30_000 };

failOnConsoleMessages();

async function openPage(page: Page, query = '', widget: { id: string; island: string } = { id: 'race', island: 'OptimizerRaceWidget' }): Promise<void> {
  await gotoIsland(page, `${CHAPTER}${query}#${widget.id}`, widget.island);
}

test('steps per tenfold: gradient descent\'s count is wrong, the explorer\'s 43.7 is right', async ({ page }) => {
  await openPage(page, '', { id: 'momentum', island: 'MomentumExplorerWidget' });
  // the explorer prints the answer beside the current α, β
  await expect(page.locator('section#momentum [data-row="here"] td').nth(3)).toHaveText(op.momentum.tenfoldText);
  const group = await challenge(page, /Steps per tenfold/);
  await expect(await answer(group, op.momentum.gdTenfoldText)).toContainText(/not yet/i);
  await expect(await answer(group, op.momentum.tenfold.toFixed(1))).toContainText('Correct');
  // worked from ρ as the explorer prints it (0.949), the answer comes out a little different: also right
  await expect(await answer(group, op.momentum.tenfoldRoundedText)).toContainText('Correct');
});

test('the best pair: the rate √β* is wrong, β* itself is right', async ({ page }) => {
  await openPage(page);
  const group = await challenge(page, /The best pair/);
  await expect(await answer(group, String(Math.sqrt(op.momentum.pairBeta)))).toContainText(/not yet/i); // 0.75
  await expect(await answer(group, op.momentum.pairBeta.toFixed(4))).toContainText('Correct');
});

test('stability with momentum: 2/λmax is wrong, 2(1 + β)/λmax is right, and the explorer agrees', async ({ page }) => {
  // the reader's check on the explorer: κ = 10 (λmax = 10), β = 0.5, α just either side of the answer
  const limit = op.momentum.limitAlpha;
  await openPage(page, `?momentum.kappa=10&momentum.beta=${op.momentum.limitBetaText}&momentum.lr=${(limit * 1.02).toFixed(4)}`, { id: 'momentum', island: 'MomentumExplorerWidget' });
  const fast = page.locator('section#momentum').getByTestId('momentum-regime-fast');
  await expect(fast).toHaveText('diverging');
  await openPage(page, `?momentum.kappa=10&momentum.beta=${op.momentum.limitBetaText}&momentum.lr=${(limit * 0.98).toFixed(4)}`, { id: 'momentum', island: 'MomentumExplorerWidget' });
  await expect(fast).not.toHaveText('diverging');

  const group = await challenge(page, /Stability with momentum/);
  await expect(await answer(group, op.momentum.limitWithoutText)).toContainText(/not yet/i);
  await expect(await answer(group, op.momentum.limitAlphaText)).toContainText('Correct');
});

test('Adam without its correction: 1 is wrong, the widget\'s 3.16 is right', async ({ page }) => {
  await openPage(page, '', { id: 'adaptive', island: 'AdaptiveRatesWidget' });
  const w = page.locator('section#adaptive');
  await w.getByRole('switch', { name: 'Adam’s bias correction' }).uncheck();
  await expect(w.getByTestId('adaptive-bias-state')).toContainText('without bias correction');
  // read as the challenge says: the first step along x over α
  const off = w.getByTestId('adaptive-bias-off-x-1');
  await expect(off).not.toHaveText('…', WORKER);
  const multiple = Number((await off.textContent()) ?? '') / 0.05;
  expect(multiple.toFixed(2)).toBe(op.adaptive.firstOffText);

  const group = await challenge(page, /Adam without its correction/);
  await expect(await answer(group, '1')).toContainText(/not yet/i);
  await expect(await answer(group, multiple.toFixed(2))).toContainText('Correct');
});

test('the Hessian\'s price: N set to 100,000 in the widget reads 80.0 GB, which is right; 10 GB is wrong', async ({ page }) => {
  await openPage(page, '', { id: 'newton', island: 'SecondOrderWidget' });
  const w = page.locator('section#newton');
  const n = w.getByRole('slider', { name: 'Weights N' });
  // the keyboard route the challenge gives: Page Up, then the arrow keys, to exactly 100,000
  await n.focus();
  await page.keyboard.press('PageUp');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(n).toHaveAttribute('aria-valuetext', '100,000');
  await expect(w.getByTestId('newton-hessian-bytes')).toHaveText(op.second.challengeBytesText);
  const gigabytes = ((await w.getByTestId('newton-hessian-bytes').textContent()) ?? '').replace(' GB', '');

  const group = await challenge(page, /The Hessian's price|The Hessian’s price/);
  await expect(await answer(group, String(op.second.challengeGigabytes / 8))).toContainText(/not yet/i); // the count of numbers, not bytes
  await expect(await answer(group, gigabytes)).toContainText('Correct');
  await expect(await answer(group, String(op.second.challengeGigabytes))).toContainText('Correct');
});

test('who reaches the valley floor first: momentum\'s step is wrong, Nesterov\'s from the race\'s table is right', async ({ page }) => {
  await openPage(page);
  const race = page.locator('section#race');
  await race.getByRole('button', { name: 'Long narrow valley' }).click();
  const cell = race.getByTestId('race-arrived-nesterov');
  await expect(cell).toHaveText(/^step \d+$/, WORKER);
  const step = ((await cell.textContent()) ?? '').replace('step ', '');
  expect(Number(step)).toBe(op.valley.nesterovArrives);

  const group = await challenge(page, /Who reaches the valley floor first/);
  await expect(await answer(group, op.valley.momentumText)).toContainText(/not yet/i);
  await expect(await answer(group, String(op.valley.nesterovArrives + 1))).toContainText(/not yet/i); // tolerance 0
  await expect(await answer(group, step)).toContainText('Correct');
});

test('a saddle: SGD is wrong, Newton (which the race shows at loss 0, the saddle\'s value) is right', async ({ page }) => {
  await openPage(page);
  const race = page.locator('section#race');
  await race.getByRole('button', { name: 'Escaping a saddle' }).click();
  await expect(race.getByTestId('race-legend').locator('tbody tr')).toHaveCount(op.saddle.choices.length, WORKER);
  await expect(race.getByTestId('race-final-newton')).toHaveText('0', WORKER);

  const group = await challenge(page, /A saddle/);
  await group.getByLabel('SGD').check();
  await group.getByRole('button', { name: 'Check' }).click();
  await expect(group.getByRole('status')).toContainText(/not yet/i);
  await group.getByLabel(op.saddle.stays, { exact: true }).check();
  await group.getByRole('button', { name: 'Check' }).click();
  await expect(group.getByRole('status')).toContainText('Correct');
});
