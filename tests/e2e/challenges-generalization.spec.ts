/**
 * Chapter 5's challenges check the reader's answer on the page: a tempting wrong one says "Not
 * yet", the right one "Correct", with the right one computed by chapters/generalization.numbers.ts.
 * Where a challenge sends the reader to a widget, the widget is driven as the reader would and
 * its reading is typed in as the answer.
 */
import { expect, test } from '@playwright/test';
import { gen } from '../../chapters/generalization.numbers';
import { failOnConsoleMessages, gotoIsland } from './helpers';
import { answer, challenge } from './challengeChecks';

const CHAPTER = '/generalization/';
const WORKER = { timeout: 60_000 };

failOnConsoleMessages();

test('the best degree: the default degree is wrong, the widget’s best is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}#overfit`, 'OverfittingWidget');
  const best = (await page.getByTestId('overfit-best').locator('strong').textContent()) ?? '';
  expect(best).toBe(gen.overfit.bestDegreeText);
  const group = await challenge(page, /The best degree/);
  await expect(await answer(group, gen.overfit.degreeText)).toContainText(/not yet/i);
  await expect(await answer(group, best)).toContainText('Correct');
});

test('stopping a wild polynomial: the epoch read off the widget at degree 15 is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}?overfit.degree=${gen.overfit.maxDegreeText}#overfit`, 'OverfittingWidget');
  await expect(page.locator('section#overfit').getByRole('slider', { name: 'Degree', exact: true })).toHaveAttribute('aria-valuetext', gen.overfit.maxDegreeText);
  const early = page.getByTestId('overfit-early');
  await early.scrollIntoViewIfNeeded(); // the run starts when its plot is about to be seen
  // the run for this degree, not an earlier one: its sentence names this degree's exact fit
  await expect(early).toHaveAttribute('data-status', 'done', WORKER);
  await expect(early).toContainText(`where training is heading, has ${gen.overfit.topValidationText}`, WORKER);
  const epoch = /epoch ([\d,]+):/.exec((await early.textContent()) ?? '')?.[1]?.replaceAll(',', '');
  expect(epoch).toBeDefined();
  const group = await challenge(page, /Stopping a wild polynomial/);
  await expect(await answer(group, '20000')).toContainText(/not yet/i);
  await expect(await answer(group, epoch ?? '')).toContainText('Correct');
});

test('zeros at the default strength: L1’s count is wrong, the elastic net’s is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}?penalty.kind=elasticNet#penalty`, 'PenaltyGeometryWidget');
  await expect(page.locator('section#penalty')).toContainText(`${gen.penalty.netZerosText} of ${gen.penalty.degreeText} coefficients are exactly zero`);
  const group = await challenge(page, /Zeros at the default strength/);
  await expect(await answer(group, gen.penalty.l1ZerosText)).toContainText(/not yet/i);
  await expect(await answer(group, gen.penalty.netZerosText)).toContainText('Correct');
});

test('the first loss, the soft threshold and inverted dropout', async ({ page }) => {
  await page.goto(CHAPTER);
  const first = await challenge(page, /The first loss/);
  await expect(await answer(first, '1')).toContainText(/not yet/i); // log₁₀ 10
  await expect(await answer(first, gen.sanity.tenText)).toContainText('Correct');
  const soft = await challenge(page, /One step of the soft threshold/);
  await expect(await answer(soft, '0.4')).toContainText(/not yet/i); // 0.8 / 2, the threshold forgotten
  await expect(await answer(soft, gen.lasso.wText)).toContainText('Correct');
  const drop = await challenge(page, /Inverted dropout/);
  await expect(await answer(drop, '2.4')).toContainText(/not yet/i); // 3 × 0.8, the old test-time scaling
  await expect(await answer(drop, gen.dropout.keptText)).toContainText('Correct');
});
