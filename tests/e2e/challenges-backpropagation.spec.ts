/**
 * Chapter 6's challenges check the reader's answer on the page: a tempting wrong one says "Not
 * yet", the right one "Correct", with the right one computed by chapters/backpropagation.numbers.ts.
 * Where a challenge sends the reader to a widget, the widget is driven as the reader would and
 * its reading is typed in as the answer.
 */
import { expect, test } from '@playwright/test';
import { bp } from '../../chapters/backpropagation.numbers';
import { dragSlider, failOnConsoleMessages, gotoIsland } from './helpers';
import { answer, challenge } from './challengeChecks';

const CHAPTER = '/backpropagation/';

failOnConsoleMessages();

test('the input used twice: one path\'s share is wrong, the sum read off the stepper is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}#graph`, 'GraphStepperWidget');
  const w = page.locator('section#graph');
  await w.getByRole('combobox', { name: 'Graph' }).selectOption('network');
  await w.getByRole('button', { name: 'To the end' }).click();
  const read = (await w.getByTestId('graph-grad-x').textContent()) ?? '';
  expect(read).toBe(bp.graph.network.dxText);
  const group = await challenge(page, /The input used twice/);
  await expect(await answer(group, bp.graph.network.viaFirstText.replace('−', '-'))).toContainText(/not yet/i);
  await expect(await answer(group, read.replace('−', '-'))).toContainText('Correct');
});

test('the second example: the base-10 loss is wrong, the widget\'s natural-log loss is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}#softmax`, 'SoftmaxWidget');
  const w = page.locator('section#softmax');
  const [cat, dog, lion] = bp.softmax.otherScoresText.map((t) => Number(t.replace('−', '-')));
  // keyed as a reader would: Home is −10 and End 10, each arrow one step of 0.1
  for (const [name, value] of [['cat', cat], ['dog', dog], ['lion', lion]] as const) {
    const s = w.getByRole('slider', { name: new RegExp(`^Score of ${name}`) });
    await s.focus();
    await page.keyboard.press(value < 0 ? 'Home' : 'End');
    const presses = Math.round((value < 0 ? value + 10 : 10 - value) / 0.1);
    for (let k = 0; k < presses; k++) await page.keyboard.press(value < 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(w.getByTestId('softmax-loss')).toHaveText(bp.softmax.otherLossText);
  const group = await challenge(page, /The second example/);
  await expect(await answer(group, bp.softmax.otherLog10Text)).toContainText(/not yet/i);
  await expect(await answer(group, bp.softmax.otherLossText)).toContainText('Correct');
});

test('a wider digit network: the default ratio is wrong, the one read at 100 units is right', async ({ page }) => {
  await gotoIsland(page, `${CHAPTER}#cost`, 'GradientCostWidget');
  const w = page.locator('section#cost');
  const width = w.getByRole('slider', { name: 'Hidden units per layer' });
  await dragSlider(page, width, 0.4, 0.66);
  await width.focus();
  for (let guard = 0; guard < 200; guard++) {
    const v = Number(await width.getAttribute('aria-valuetext'));
    if (v === 100) break;
    await page.keyboard.press(v < 100 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(width).toHaveAttribute('aria-valuetext', '100');
  const ratio = ((await w.getByTestId('cost-ratio').locator('strong').textContent()) ?? '').replaceAll(',', '');
  const group = await challenge(page, /A wider digit network/);
  await expect(await answer(group, String(bp.cost.ratio))).toContainText(/not yet/i);
  await expect(await answer(group, ratio)).toContainText('Correct');
});

test('a multiply node and equal scores, by hand', async ({ page }) => {
  await page.goto(CHAPTER);
  const mul = await challenge(page, /A multiply node/);
  await expect(await answer(mul, '-12')).toContainText(/not yet/i); // x·y, the product itself
  await expect(await answer(mul, '-8')).toContainText('Correct');
  const equal = await challenge(page, /Equal scores/);
  await expect(await answer(equal, '0.477')).toContainText(/not yet/i); // log₁₀ 3
  await expect(await answer(equal, bp.softmax.uniformText)).toContainText('Correct');
});
