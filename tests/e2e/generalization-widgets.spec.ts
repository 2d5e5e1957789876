/**
 * Chapter 5's overfitting, cross-validation, dropout and ensemble widgets in real Chromium, on
 * the chapter page: sliders keyed and dragged, points dragged and added by mouse and by touch,
 * plots pressed, a CSV pasted with bad rows and then good ones, and what changed on screen
 * asserted against chapters/generalization.numbers.ts (computed in Node by the same code).
 * No console errors or warnings.
 */
import { type Locator, type Page, expect, test } from '@playwright/test';
import { gen } from '../../chapters/generalization.numbers';
import { centre, dragSlider, failOnConsoleMessages, fingerDrag, gotoIsland, parseShown } from './helpers';

const PAGE = '/generalization/';
/** Results from the page's one worker, which the other widgets' computations share. */
const WORKER = { timeout: 60_000 };

failOnConsoleMessages();

async function open(page: Page, id: string, island: string, query = ''): Promise<Locator> {
  await gotoIsland(page, `${PAGE}${query}#${id}`, island);
  return page.locator(`section#${id}`);
}

const openOverfit = (page: Page, query = '') => open(page, 'overfit', 'OverfittingWidget', query);

test.describe('overfitting', () => {
  test('the defaults show the numbers the prose prints, and the early-stopping run lands', async ({ page }) => {
    const w = await openOverfit(page);
    await expect(w.getByTestId('overfit-train')).toHaveText(gen.overfit.trainText);
    await expect(w.getByTestId('overfit-validation')).toHaveText(gen.overfit.validationText);
    await expect(w.getByTestId('overfit-fresh')).toHaveText(gen.overfit.freshText);
    await expect(w.getByTestId('overfit-best')).toContainText(`degree ${gen.overfit.bestDegreeText}`);
    // the run starts when its plot is about to be seen
    await w.getByTestId('overfit-early').scrollIntoViewIfNeeded();
    // the same epoch as Node's: the page's Math.pow differs from Node's in the last place, and the
    // improvement margin keeps that from moving the epoch picked on a flat stretch
    await expect(w.getByTestId('overfit-early')).toContainText(`stops improving at epoch ${gen.overfit.stopEpochText}: ${gen.overfit.stopValidationText}`, WORKER);
    await expect(w.getByTestId('overfit-early')).toContainText(`the exact fit of this degree, where training is heading, has ${gen.overfit.validationText}`);
  });

  test('degree by keyboard: End overfits, Home underfits', async ({ page }) => {
    const w = await openOverfit(page);
    const degree = w.getByRole('slider', { name: 'Degree', exact: true });
    await degree.focus();
    await page.keyboard.press('End');
    await expect(degree).toHaveAttribute('aria-valuetext', gen.overfit.maxDegreeText);
    await expect(w.getByTestId('overfit-train')).toHaveText(gen.overfit.topTrainText);
    await expect(w.getByTestId('overfit-validation')).toHaveText(gen.overfit.topValidationText);
    await page.keyboard.press('Home');
    await expect(w.getByTestId('overfit-train')).toHaveText(gen.overfit.constantTrainText);
    await expect(w.getByTestId('overfit-validation')).toHaveText(gen.overfit.constantValidationText);
  });

  test('a press on the error plot picks that degree; dragging the split slider deals the points anew', async ({ page }) => {
    const w = await openOverfit(page);
    const plot = w.getByRole('group', { name: 'Training and validation error against the degree' });
    const box = await plot.boundingBox();
    if (!box) throw new Error('no box for the error plot');
    // the plot area spans degrees 0 … 15 inside its margins: press left of centre, well right of 0
    const degree = w.getByRole('slider', { name: 'Degree', exact: true });
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await expect.poll(async () => Number(await degree.getAttribute('aria-valuetext'))).toBeLessThan(Number(gen.overfit.degreeText));
    const share = w.getByRole('slider', { name: 'Training share' });
    const before = await share.getAttribute('aria-valuetext');
    await dragSlider(page, share, 0.3, 0.95);
    await expect(share).not.toHaveAttribute('aria-valuetext', before ?? '');
    await expect(w.getByText(/\d+ training, \d+ validation points\./)).not.toHaveText(`${gen.overfit.trainCountText} training, ${gen.overfit.validationCountText} validation points.`);
  });

  test('dragging a training point by mouse changes the training error and marks the points as the reader\'s own', async ({ page }) => {
    const w = await openOverfit(page);
    const point = w.getByRole('slider', { name: /^Training point/ }).first();
    const from = await centre(point);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y - 60, { steps: 8 });
    await page.mouse.up();
    await expect(w.getByTestId('overfit-train')).not.toHaveText(gen.overfit.trainText);
    await expect(w.getByTestId('overfit-own')).toBeVisible();
    await expect(w.getByTestId('overfit-fresh')).toHaveCount(0);
    await w.getByRole('button', { name: 'Restore the sample' }).click();
    await expect(w.getByTestId('overfit-train')).toHaveText(gen.overfit.trainText);
  });

  test('a CSV with bad rows imports nothing and names them; a good one replaces the points', async ({ page }) => {
    const w = await openOverfit(page);
    await w.getByText(/^Points \(\d+\): edit, import or export$/).click();
    const box = w.getByRole('textbox');
    await box.fill('x,y\n0.1,0.5\n0.2,abc\n1.5,0\n0.4,0.1\n0.6,-0.2');
    await w.getByRole('button', { name: 'Import these points' }).click();
    const problems = w.getByTestId('overfit-csv-problems');
    await expect(problems).toContainText('Line 3 ("0.2,abc"): "abc" is not a number.');
    await expect(problems).toContainText('Line 4 ("1.5,0"): x = 1.5 is outside 0 to 1.');
    await expect(w.getByText(/^Points \(30\)/)).toBeVisible();
    await box.fill('0.1,0.5\n0.3,0.9\n0.5,0\n0.7,-0.9\n0.9,-0.4\n0.95,0.1');
    await w.getByRole('button', { name: 'Import these points' }).click();
    await expect(w.getByTestId('overfit-csv-done')).toHaveText('Imported 6 points.');
    await expect(w.getByText(/^Points \(6\)/)).toBeVisible();
    await expect(w.getByTestId('overfit-own')).toBeVisible();
  });

  test.describe('at 375 px with touch', () => {
    test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

    test('a tap on the fit plot adds a point; a finger on the degree slider changes the degree', async ({ page }) => {
      const w = await openOverfit(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const plot = w.getByRole('group', { name: 'The points and the fitted polynomial' });
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      if (!box) throw new Error('no box for the fit plot');
      await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.15);
      await expect(w.getByText(/^Points \(31\)/)).toBeVisible();
      const degree = w.getByRole('slider', { name: 'Degree', exact: true });
      await degree.scrollIntoViewIfNeeded();
      const before = await degree.getAttribute('aria-valuetext');
      const at = await centre(degree);
      const dbox = await degree.boundingBox();
      if (!dbox) throw new Error('no box for the degree slider');
      await fingerDrag(page, { x: dbox.x + dbox.width * 0.6, y: at.y }, -dbox.width * 0.4, 0);
      await expect(degree).not.toHaveAttribute('aria-valuetext', before ?? '');
    });
  });
});

test.describe('cross-validation', () => {
  test('folds by keyboard and a degree picked on the plot change the fold errors', async ({ page }) => {
    const w = await open(page, 'cv', 'CrossValidationWidget');
    await expect(w.getByTestId('cv-mean')).toHaveText(gen.cv.shownMeanText);
    await expect(w.getByTestId('cv-sentence')).toContainText(`The lowest mean is at degree ${gen.cv.bestText}`);
    const k = w.getByRole('slider', { name: 'Folds k' });
    await k.focus();
    await page.keyboard.press('End');
    await expect(k).toHaveAttribute('aria-valuetext', '10');
    await expect(w.getByRole('columnheader', { name: '10', exact: true })).toBeVisible();
    const plot = w.getByRole('group', { name: 'Cross-validated error against the degree' });
    const box = await plot.boundingBox();
    if (!box) throw new Error('no box for the cross-validation plot');
    await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.5);
    await expect.poll(async () => Number(await w.getByRole('slider', { name: 'Degree shown' }).getAttribute('aria-valuetext'))).toBeGreaterThan(8);
    await expect(w.getByTestId('cv-sentence')).not.toContainText(`Degree ${gen.overfit.bestDegreeText}:`);
  });
});

test.describe('dropout', () => {
  test('both runs land with the prose’s numbers; p by keyboard retrains; the masks step by button', async ({ page }) => {
    const w = await open(page, 'dropout', 'DropoutWidget');
    await expect(w.getByTestId('dropout-plain-val-loss')).toHaveText(gen.dropout.plainValLossText, WORKER);
    await expect(w.getByTestId('dropout-dropped-val-loss')).toHaveText(gen.dropout.droppedValLossText, WORKER);
    await expect(w.getByTestId('dropout-dropped-val-acc')).toHaveText(gen.dropout.droppedValAccText);
    const mask = w.getByTestId('dropout-mask-text');
    const first = await mask.textContent();
    await w.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(mask).not.toHaveText(first ?? '');
    await expect(mask).toContainText('Step 2:');
    const p = w.getByRole('slider', { name: 'Dropout rate p' });
    await p.focus();
    await page.keyboard.press('End');
    await expect(p).toHaveAttribute('aria-valuetext', '0.80');
    await expect(w.getByTestId('dropout-stats')).toHaveAttribute('data-status', 'done', WORKER);
    await expect(w.getByTestId('dropout-dropped-val-loss')).not.toHaveText(gen.dropout.droppedValLossText);
    await expect(w.getByTestId('dropout-gap')).toContainText('p = 0.8');
  });
});

test.describe('ensembles', () => {
  test('K by keyboard: one network alone is wrong more often than the average of all', async ({ page }) => {
    const w = await open(page, 'ensemble', 'EnsembleWidget');
    await expect(w.getByTestId('ensemble-error')).toHaveText(gen.ensemble.allErrorText, WORKER);
    await expect(w.getByTestId('ensemble-loss')).toHaveText(gen.ensemble.allLossText);
    const k = w.getByRole('slider', { name: 'Models averaged K' });
    await k.focus();
    await page.keyboard.press('Home');
    await expect(k).toHaveAttribute('aria-valuetext', '1');
    await expect(w.getByTestId('ensemble-sentence')).toContainText('One network alone');
    expect(Number.parseFloat((await w.getByTestId('ensemble-error').textContent()) ?? '')).toBeGreaterThan(Number.parseFloat(gen.ensemble.allErrorText)); // '8.0 %'
    expect(parseShown((await w.getByTestId('ensemble-loss').textContent()) ?? '')).toBeGreaterThan(parseShown(gen.ensemble.allLossText));
  });
});
