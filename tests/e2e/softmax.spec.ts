/**
 * "Softmax and cross-entropy" on its embed page, in Chromium: the defaults show the numbers
 * softmaxTable computes in Node (imported, never typed here); a score changed by keyboard, by a
 * mouse drag and by a finger at 375 px changes the loss and the gradients to what Node computes
 * for the value the slider shows; the loss switch gives the SVM's numbers; a link's state shows,
 * and Share gives it back. Waits are on text and attributes, never on time.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { softmaxTable } from '../../src/widgets/softmax/softmaxModel';
import type { SoftmaxState } from '../../src/widgets/softmax/softmaxSchema';
import { lossEquation, num, precise, scoreText, signed } from '../../src/widgets/softmax/softmaxText';
import { centre, dragSlider, failOnConsoleMessages, fingerDrag, gotoIsland, parseShown } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/softmax/';
const DEFAULT: SoftmaxState = { scores: [6.5, 2, 3.3], truth: 'cat', loss: 'softmax' };

async function open(page: Page, query = ''): Promise<Locator> {
  await gotoIsland(page, `${EMBED}${query}`, 'SoftmaxWidget');
  return page.locator('section#softmax');
}

const slider = (w: Locator, name: string) => w.getByRole('slider', { name: new RegExp(`^Score of ${name}`) });

/** Every number the widget shows for `state`, checked against Node's softmaxTable. */
async function expectNumbers(w: Locator, state: SoftmaxState): Promise<void> {
  const t = softmaxTable(state);
  await expect(w.getByTestId('softmax-loss')).toHaveText(num(t.loss));
  await expect(w.getByTestId('softmax-equation')).toHaveText(lossEquation(t));
  for (let k = 0; k < t.names.length; k++) {
    await expect(w.getByTestId(`softmax-score-${k}`)).toHaveText(scoreText(t.scores[k]));
    if (t.kind === 'softmax') {
      await expect(w.getByTestId(`softmax-exp-${k}`)).toHaveText(num(t.exps[k]));
      await expect(w.getByTestId(`softmax-prob-${k}`)).toHaveText(num(t.probs[k]));
    } else {
      await expect(w.getByTestId(`softmax-term-${k}`)).toHaveText(k === t.truth ? '—' : num(t.hingeTerms[k]));
    }
    await expect(w.getByTestId(`softmax-grad-${k}`)).toHaveText(signed(t.grads[k]));
    await expect(w.getByTestId(`softmax-bar-grad-${k}`)).toHaveText(signed(t.grads[k]));
    await expect(w.getByTestId(`softmax-numeric-${k}`)).toHaveText(precise(t.numericGrads[k]));
  }
}

/** The scores the sliders show now (their aria-valuetext). */
async function shownScores(w: Locator, n: number): Promise<number[]> {
  const names = ['cat', 'dog', 'lion', 'bird', 'fish', 'frog'].slice(0, n);
  return Promise.all(names.map(async (name) => parseShown((await slider(w, name).getAttribute('aria-valuetext')) ?? 'NaN')));
}

test('the defaults show the numbers Node computes: loss −ln 0.9507 = 0.0506, natural log', async ({ page }) => {
  const w = await open(page);
  await expectNumbers(w, DEFAULT);
  await expect(w.getByTestId('softmax-loss')).toHaveText('0.0506'); // the one number the chapter quotes
  await expect(w.getByTestId('softmax-prob-sum')).toHaveText('1.00');
  await expect(w.getByTestId('softmax-grad-sum')).toHaveText('0.00');
  await expect(w.getByTestId('softmax-check')).toContainText('Backpropagation and the numerical derivative agree.');
});

test('keyboard: Home and arrow keys on dog’s score change the loss and every gradient', async ({ page }) => {
  const w = await open(page);
  const dog = slider(w, 'dog');
  await dog.focus();
  await page.keyboard.press('Home');
  await expect(dog).toHaveAttribute('aria-valuetext', '−10.0');
  await expectNumbers(w, { ...DEFAULT, scores: [6.5, -10, 3.3] });
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(dog).toHaveAttribute('aria-valuetext', '9.5');
  // dog now outscores cat: the loss is large and cat's gradient near −1
  await expectNumbers(w, { ...DEFAULT, scores: [6.5, 9.5, 3.3] });
  // the true class by keyboard, too
  const truth = w.getByRole('combobox', { name: 'True class' });
  await truth.focus();
  await page.keyboard.press('ArrowDown');
  await expect(truth).toHaveValue('dog');
  await expectNumbers(w, { ...DEFAULT, scores: [6.5, 9.5, 3.3], truth: 'dog' });
});

test('a mouse drag of lion’s slider changes the numbers to those of the value it shows', async ({ page }) => {
  const w = await open(page);
  const lion = slider(w, 'lion');
  await dragSlider(page, lion, 0.665, 0.97);
  await expect(lion).not.toHaveAttribute('aria-valuetext', '3.3');
  const scores = await shownScores(w, 3);
  expect(scores[2]).toBeGreaterThan(8);
  await expectNumbers(w, { ...DEFAULT, scores });
});

test('the loss switch: the SVM with lion true, then a class added', async ({ page }) => {
  const w = await open(page);
  await w.getByRole('combobox', { name: 'Loss' }).selectOption('svm');
  await w.getByRole('combobox', { name: 'True class' }).selectOption('lion');
  // cat's margin 6.5 − 3.3 + 1 = 4.2; dog's −0.3 counts nothing
  await expect(w.getByTestId('softmax-loss')).toHaveText('4.20');
  await expectNumbers(w, { scores: [6.5, 2, 3.3], truth: 'lion', loss: 'svm' });
  await w.getByRole('button', { name: 'Add a class' }).click();
  await expect(w.getByRole('slider')).toHaveCount(4);
  // bird arrives at 0, more than 1 below lion: the loss stays 4.2
  await expectNumbers(w, { scores: [6.5, 2, 3.3, 0], truth: 'lion', loss: 'svm' });
  await w.getByRole('combobox', { name: 'Loss' }).selectOption('softmax');
  await expectNumbers(w, { scores: [6.5, 2, 3.3, 0], truth: 'lion', loss: 'softmax' });
});

test('a link’s state shows, a bad value is repaired with a message, and Share gives the state back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const state: SoftmaxState = { scores: [1, -2.5, 0.5, 4], truth: 'bird', loss: 'svm' };
  const w = await open(page, '?softmax.scores=1,-2.5,0.5,4&softmax.truth=bird&softmax.loss=svm');
  await expect(w.getByRole('slider')).toHaveCount(4);
  await expect(w.getByRole('combobox', { name: 'True class' })).toHaveValue('bird');
  await expect(w.getByRole('combobox', { name: 'Loss' })).toHaveValue('svm');
  await expectNumbers(w, state);

  // change one score, share, and open the link in another page
  await slider(w, 'cat').focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(w, 'cat')).toHaveAttribute('aria-valuetext', '1.1');
  await w.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(url)).toContain('softmax.scores=1.1,-2.5,0.5,4');
  const other = await context.newPage();
  await gotoIsland(other, url, 'SoftmaxWidget');
  await expectNumbers(other.locator('section#softmax'), { ...state, scores: [1.1, -2.5, 0.5, 4] });

  // out of range and a class the scores lack: clamped, repaired, and said
  const bad = await open(page, '?softmax.scores=99,2&softmax.truth=lion');
  await expect(bad.getByText(/^scores: .*10/)).toBeVisible();
  await expect(bad.getByText(/truth = lion is not one of the 2 classes/)).toBeVisible();
  await expectNumbers(bad, { scores: [10, 2], truth: 'cat', loss: 'softmax' });
});

test.describe('at 375 px with a finger', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('nothing overflows; a finger drags cat’s score down and a tap adds a class', async ({ page }) => {
    const w = await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const cat = slider(w, 'cat');
    await cat.scrollIntoViewIfNeeded();
    const box = await cat.boundingBox();
    if (!box) throw new Error('no box for cat’s slider');
    const at = await centre(cat);
    // from the thumb (6.5 of −10 … 10, about 82 % along) a third of the track to the left
    await fingerDrag(page, { x: box.x + box.width * 0.825, y: at.y }, -box.width * 0.35, 0);
    await expect(cat).not.toHaveAttribute('aria-valuetext', '6.5');
    const scores = await shownScores(w, 3);
    expect(scores[0]).toBeLessThan(3);
    await expectNumbers(w, { ...DEFAULT, scores });
    await w.getByRole('button', { name: 'Add a class' }).tap();
    await expect(w.getByRole('slider')).toHaveCount(4);
    await expectNumbers(w, { ...DEFAULT, scores: [...scores, 0] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
