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
  // the new weights' first loss: neither the old one nor the dash shown while it is computed
  await expect.poll(async () => { const t = await trainLoss(page).textContent(); return t !== loss && t !== '–'; }, WORKER).toBe(true);
  const fresh = await trainLoss(page).textContent();
  await page.getByRole('button', { name: 'Share' }).click();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.searchParams.get('playground.seed')).toBe('10');
  expect(url.searchParams.get('playground.widths')).toBe('6,3');
  const other = await context.newPage();
  await gotoIsland(other, `${EMBED}${url.search}`, 'NetworkPlaygroundWidget');
  await expect(other.getByTestId('pg-train-loss')).toHaveText(fresh ?? '', WORKER);
});

test('a run that goes the wrong way without blowing up is explained while it keeps playing', async ({ page }) => {
  // SGD at learning rate 10 with ReLU: a hidden layer dies and the loss ends above its start.
  await open(page, '?playground.optimizer=sgd&playground.lr=10&playground.act1=relu&playground.act2=relu');
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  await page.getByRole('button', { name: 'Play' }).press('Enter');
  const failure = page.getByTestId('pg-failure');
  await expect(failure).toContainText('dead', WORKER);
  await expect(failure).toContainText('Leaky ReLU');
  await expect(page.getByTestId('pg-status')).toHaveAttribute('data-status', 'playing');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(failure).toHaveCount(0, WORKER);
});

test('weights and the loss history download; weights load back (file or pasted) and training continues; bad ones are named', async ({ page }) => {
  await open(page);
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepNumber(page), WORKER).toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('pg-status')).toHaveAttribute('data-status', 'idle', WORKER);
  const saved = await stepNumber(page);
  const savedLoss = await trainLoss(page).textContent();
  // the disclosure opens by keyboard
  await page.getByText('Save or load the weights').focus();
  await page.keyboard.press('Enter');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download weights (JSON)' }).click()]);
  expect(json.suggestedFilename()).toBe(`network-playground-weights-step-${saved}.json`);
  const path = await json.path();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download loss history (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe(`network-playground-loss-history-step-${saved}.csv`);
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(await csv.path(), 'utf8')).split('\n')[0]).toBe('step,train_loss,test_loss');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(step(page)).toHaveText('0', WORKER);
  await page.getByLabel('Or a weights file:').setInputFiles(path);
  await expect(page.getByTestId('pg-import-done')).toContainText(`step ${saved.toLocaleString('en-US')}`, WORKER);
  await expect(step(page)).toHaveText(saved.toLocaleString('en-US'), WORKER);
  await expect(trainLoss(page)).toHaveText(savedLoss ?? '', WORKER);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepNumber(page), WORKER).toBe(saved + 1);

  // pasted text for another architecture: every problem named, nothing loaded
  const text = (await readFile(path, 'utf8')).replace('"hidden":[4,4]', '"hidden":[4,4,4]').replace('"weights":[', '"weights":["x",');
  await page.getByRole('textbox', { name: /Paste a weights file/ }).fill(text);
  await page.getByRole('button', { name: 'Load pasted weights' }).click();
  const problems = page.getByTestId('pg-import-problems');
  await expect(problems).toContainText('3 hidden layers (4, 4, 4); this one has 2 (4, 4)');
  await expect(problems).toContainText('weights[0] is "x"');
  await expect(step(page)).toHaveText((saved + 1).toLocaleString('en-US'));
});

test('the gradient check compares backprop with central differences per layer, by keyboard', async ({ page }) => {
  await open(page, '?playground.dropout=0.2');
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(step(page)).toHaveText('1', WORKER);
  await page.getByRole('button', { name: 'Check the gradient' }).press('Enter');
  const summary = page.getByTestId('pg-check-summary');
  await expect(summary).toContainText('The gradient is right', WORKER);
  await expect(summary).toContainText('step 1');
  await expect(summary).toContainText('Dropout was off for the check');
  await expect(page.getByTestId('pg-check').getByRole('row')).toHaveCount(4); // header, 2 hidden, output
});

test('points drawn by mouse and keyboard join the training data; Undo, Clear and a CSV import', async ({ page }) => {
  await open(page);
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  const count = page.getByTestId('pg-drawn-count');
  await expect(count).toHaveText('0 drawn points');
  await page.getByRole('radio', { name: 'Class 2' }).check();
  await page.getByTestId('pg-click').click({ position: { x: 40, y: 40 } });
  await expect(count).toHaveText('1 drawn point');
  await expect(page.getByTestId('pg-drawn').locator('rect')).toHaveCount(1);
  // a click on the drawn point removes it; Undo brings it back
  await page.getByTestId('pg-click').click({ position: { x: 40, y: 40 } });
  await expect(count).toHaveText('0 drawn points');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(count).toHaveText('1 drawn point');
  // keyboard: focus the picture, move the cursor, Enter adds, Delete removes the nearest
  const plot = page.getByTestId('pg-plot');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(plot).toHaveAttribute('data-cursor', '0.1,0.5');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 drawn points');
  await page.keyboard.press('Delete');
  await expect(count).toHaveText('1 drawn point');
  await expect(step(page)).toHaveText('0');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(count).toHaveText('0 drawn points');
  // CSV: a bad line named and nothing imported; then a good one
  await page.getByText('Import points (CSV)').click();
  const box = page.getByRole('textbox', { name: /One point per line/ });
  await box.fill('x1,x2,label\n0.5,0.5,1\n0.2,oops,2');
  await page.getByRole('button', { name: 'Import these points' }).click();
  await expect(page.getByTestId('pg-csv-problems')).toContainText('Line 3 ("0.2,oops,2"): "oops" is not a number.');
  await expect(count).toHaveText('0 drawn points');
  await box.fill('0.5,0.5,1\n0.2,0.3,2');
  await page.getByRole('button', { name: 'Import these points' }).click();
  await expect(count).toHaveText('2 drawn points');
  await expect(page.getByTestId('pg-csv-done')).toHaveText('Imported 2 points; they replace the drawn ones.');
});

test('on a regression data set a drawn point carries the target chosen first, by mouse, keyboard and CSV, and the link keeps it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?playground.dataset=bump');
  await expect(trainLoss(page)).not.toHaveText('–', WORKER);
  const count = page.getByTestId('pg-drawn-count');
  await expect(count).toHaveText('0 drawn points');
  const target = page.getByRole('slider', { name: 'Target of a new point' });
  await target.focus();
  await page.keyboard.press('Home');
  await expect(target).toHaveValue('-1');
  await page.getByTestId('pg-click').click({ position: { x: 40, y: 40 } });
  await expect(count).toHaveText('1 drawn point');
  const marks = page.getByTestId('pg-drawn').locator('rect');
  await expect(marks.first()).toHaveAttribute('style', /fill: rgb\(70, 120, 220\)/); // −1: the scale's blue
  await target.focus();
  await page.keyboard.press('End');
  const plot = page.getByTestId('pg-plot');
  await plot.focus();
  await expect(plot).toHaveAttribute('aria-label', /Enter adds a point \(target 1\.00\)/);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 drawn points');
  await expect(marks.nth(1)).toHaveAttribute('style', /fill: rgb\(235, 150, 60\)/); // +1: orange
  await expect(step(page)).toHaveText('0');
  await page.getByRole('button', { name: 'Share' }).click();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.searchParams.get('playground.drawnT')).toMatch(/^-?[\d.]+,-?[\d.]+,-1,0,0,1$/);
  // CSV: the third column is the target
  await page.getByText('Import points (CSV)').click();
  const box = page.getByRole('textbox', { name: /One point per line/ });
  await box.fill('0.2,0.3,1.5');
  await page.getByRole('button', { name: 'Import these points' }).click();
  await expect(page.getByTestId('pg-csv-problems')).toContainText('Line 1 ("0.2,0.3,1.5"): the target must be in [-1, 1], got 1.5.');
  await box.fill('0.2,0.3,0.9');
  await page.getByRole('button', { name: 'Import these points' }).click();
  await expect(page.getByTestId('pg-csv-done')).toHaveText('Imported 1 point; they replace the drawn ones.');
  await expect(count).toHaveText('1 drawn point');
});

test.describe('at 375 px with touch', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('a tap plays and pauses, and the page never scrolls sideways', async ({ page }) => {
    await open(page, '?playground.widths=32,32,32,32,32,32');
    await expect(trainLoss(page)).not.toHaveText('–', WORKER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Play, then the picture, then the long list of controls: a phone reader sees it move
    const top = async (name: string) => (await page.getByTestId(name).boundingBox())?.y ?? NaN;
    const play = (await page.getByRole('button', { name: 'Play' }).boundingBox())?.y ?? NaN;
    const data = (await page.getByRole('combobox', { name: 'Data' }).boundingBox())?.y ?? NaN;
    expect(play).toBeLessThan(await top('pg-plot'));
    expect(await top('pg-plot')).toBeLessThan(data);
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect.poll(() => stepNumber(page), WORKER).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Pause' }).tap();
    await expect(page.getByTestId('pg-status')).toHaveAttribute('data-status', 'idle', WORKER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('a tap on the picture adds a point, a tap on it removes it', async ({ page }) => {
    await open(page);
    await expect(trainLoss(page)).not.toHaveText('–', WORKER);
    const count = page.getByTestId('pg-drawn-count');
    await page.getByTestId('pg-click').tap({ position: { x: 30, y: 30 } });
    await expect(count).toHaveText('1 drawn point');
    await page.getByTestId('pg-click').tap({ position: { x: 30, y: 30 } });
    await expect(count).toHaveText('0 drawn points');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
