/**
 * Chapter 3's race and step-size widgets in real Chromium: dragging the budget changes the
 * curves and the table; the loss, the accounting and the seed change the results; a learning
 * rate far too large is explained, and its warning coming and going mid-drag moves nothing below
 * the widget; the step-size table has a row per step and follows the loss;
 * everything works from the keyboard; a shared link reopens the same state; bad link values
 * are repaired with a message.
 */
import { type Page, expect, test } from '@playwright/test';
import { dragSlider, readout, watchConsole, gotoHydrated } from './helpers';

const PAGE = '/gradient-descent/';

let messages: string[] = [];

test.beforeEach(async ({ page }) => {
  messages = watchConsole(page);
  await gotoHydrated(page, PAGE);
  await page.waitForLoadState('networkidle');
  await scoreboard(page); // hydrated, and the worker answered: controls now reach React
});

test.afterEach(() => {
  expect(messages).toEqual([]);
});

/** The race's whole scoreboard as text, once the worker has answered for the current settings. */
async function scoreboard(page: Page): Promise<string> {
  const table = page.locator('#race [data-testid="race-table"][data-fresh="true"]');
  // The first race waits for the page to hydrate and the shared worker to get to it.
  await expect(table).toBeVisible({ timeout: 20_000 });
  return (await table.textContent()) ?? '';
}

/** The three curves' path data. */
async function curves(page: Page): Promise<string> {
  const paths = page.locator('#race [data-testid="race-plot"] path[data-strategy]');
  await expect(paths).toHaveCount(3);
  return (await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'))) ?? '';
}

test('race: dragging the budget slider with the mouse changes the curves and the table', async ({ page }) => {
  const race = page.locator('#race');
  const before = await scoreboard(page);
  const drawn = await curves(page);
  expect(before).toContain('After 1,000 loss evaluations each');
  const slider = race.getByRole('slider', { name: 'Budget (loss evaluations)' });
  await dragSlider(page, slider, 0.66, 0.35);
  await expect.poll(() => scoreboard(page)).not.toBe(before);
  expect(await scoreboard(page)).not.toContain('After 1,000 loss');
  await expect.poll(() => curves(page)).not.toBe(drawn);
  // the slider's value and the table agree
  const budget = (await slider.getAttribute('aria-valuetext')) ?? '';
  await expect(race.getByTestId('race-table')).toContainText(`After ${budget} loss evaluations each`);
});

test('race: switching the loss, the accounting and the seed change the results', async ({ page }) => {
  const race = page.locator('#race');
  const svm = await scoreboard(page);
  await race.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('softmax');
  await expect.poll(() => scoreboard(page)).not.toBe(svm);
  const softmax = await scoreboard(page);

  await race.getByRole('combobox', { name: 'Gradient costs' }).selectOption('numerical');
  await expect(race.getByTestId('race-table')).toContainText('100 steps of 10 evaluations');
  await expect(race.locator('figcaption')).toContainText('N + 1 = 10 evaluations');

  await race.getByRole('combobox', { name: 'Gradient costs' }).selectOption('passes');
  await expect.poll(() => scoreboard(page)).toBe(softmax);
  await expect(race.getByTestId('seed')).toHaveText('seed 1');
  await race.getByRole('button', { name: 'New seed' }).click();
  await expect(race.getByTestId('seed')).toHaveText('seed 2');
  await expect.poll(() => scoreboard(page)).not.toBe(softmax);
});

test('race: a learning rate far too large is detected and explained', async ({ page }) => {
  const race = page.locator('#race');
  await scoreboard(page);
  await expect(race.getByTestId('race-trouble')).toHaveCount(0);
  await expect(race.getByTestId('race-raw-steps')).toHaveCount(0);
  const lr = race.getByRole('slider', { name: 'Learning rate α' });
  await lr.focus();
  await page.keyboard.press('End'); // α = 10,000
  await expect(lr).toHaveAttribute('aria-valuetext', '10,000');
  const trouble = race.getByTestId('race-trouble');
  await expect(trouble).toContainText(/Step 1 raised the training loss from [\d.]+ to [\d,.]+/);
  await expect(trouble).toContainText('never got back below its starting loss');
  // …and shown: the loss at each step joins the plot, with its legend entry
  await expect(race.getByTestId('race-raw-steps')).toHaveAttribute('d', /^M/);
  await expect(race.getByRole('list', { name: 'Legend' })).toContainText('Gradient descent, loss at each step');
  // the best it found is the start, which random search soon beat
  const randomBest = await race.getByTestId('race-loss-random').textContent();
  expect(Number(await race.getByTestId('race-loss-gradient').textContent())).toBeGreaterThan(Number(randomBest));
});

test('race: while α is dragged, the warning that comes and goes never makes the widget shrink (nothing below it jumps)', async ({ page }) => {
  const race = page.locator('#race');
  const trouble = race.getByTestId('race-trouble');
  const lr = race.getByRole('slider', { name: 'Learning rate α' });
  await lr.scrollIntoViewIfNeeded();
  const box = await lr.boundingBox();
  if (!box) throw new Error('the α slider has no box');
  const height = () => race.evaluate((el) => el.getBoundingClientRect().height);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 2, y);
  await page.mouse.down(); // α = 10,000: the first step raises the loss, and the widget says so
  await expect(trouble).toBeVisible();
  const withWarning = await height();
  await page.mouse.move(box.x + 2, y, { steps: 8 }); // α = 0.001, the button still held
  await expect(lr).toHaveAttribute('aria-valuetext', '0.001');
  await expect(trouble).toHaveCount(0);
  await expect(race.getByTestId('race-table')).toHaveAttribute('data-fresh', 'true');
  expect(await height()).toBeGreaterThanOrEqual(withWarning);
  await page.mouse.up(); // let go: the space the warning took is given back
  await expect.poll(height).toBeLessThan(withWarning);
});

test('race: the keyboard alone drives every control', async ({ page }) => {
  const race = page.locator('#race');
  const before = await scoreboard(page);
  await race.getByRole('slider', { name: 'Budget (loss evaluations)' }).focus();
  await page.keyboard.press('Home');
  await expect(race.getByTestId('race-table')).toContainText('After 10 loss evaluations each');
  await page.keyboard.press('ArrowRight'); // one stop up
  await expect(race.getByTestId('race-table')).toContainText('After 12 loss evaluations each');
  await page.keyboard.press('ArrowLeft');
  await expect(race.getByTestId('race-table')).toContainText('After 10 loss evaluations each');
  await page.keyboard.press('Tab'); // → Loss
  await page.keyboard.press('ArrowDown');
  await expect(race.getByRole('combobox', { name: 'Loss', exact: true })).toHaveValue('softmax');
  await page.keyboard.press('Tab'); // → Gradient costs
  await page.keyboard.press('ArrowUp');
  await expect(race.getByRole('combobox', { name: 'Gradient costs' })).toHaveValue('call');
  await expect(race.getByTestId('race-table')).toContainText('10 steps');
  await page.keyboard.press('Tab'); // → New seed
  await page.keyboard.press('Enter');
  await expect(race.getByTestId('seed')).toHaveText('seed 2');
  expect(await scoreboard(page)).not.toBe(before);
});

test('stepsize: a row per step size, the best marked, following the loss and the starting weights', async ({ page }) => {
  const widget = page.locator('#stepsize');
  const table = widget.getByTestId('stepsize-table');
  await table.scrollIntoViewIfNeeded();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(13);
  await expect(rows.first().locator('th')).toHaveText('10−10');
  await expect(rows.last().locator('th')).toContainText('102');
  await expect(table.locator('tbody tr', { hasText: 'best' })).toHaveCount(1);
  const svm = await table.textContent();
  const start = await readout(page, 'stepsize-start');
  const measured = await widget.getByTestId('stepsize-measured').getAttribute('d');

  await widget.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('softmax');
  await expect.poll(() => table.textContent()).not.toBe(svm);
  await expect(rows).toHaveCount(13);
  expect(await readout(page, 'stepsize-start')).not.toBe(start);
  expect(await widget.getByTestId('stepsize-measured').getAttribute('d')).not.toBe(measured);

  const softmax = await table.textContent();
  await widget.getByRole('button', { name: 'New starting weights' }).click();
  await expect(widget.getByTestId('seed')).toHaveText('seed 2');
  await expect.poll(() => table.textContent()).not.toBe(softmax);
});

test('stepsize: the keyboard alone switches the loss and draws new weights', async ({ page }) => {
  const widget = page.locator('#stepsize');
  const start = await readout(page, 'stepsize-start');
  await widget.getByRole('combobox', { name: 'Loss', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => readout(page, 'stepsize-start')).not.toBe(start);
  const softmax = await readout(page, 'stepsize-start');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect.poll(() => readout(page, 'stepsize-start')).not.toBe(softmax);
});

test('a shared link reopens both widgets in the same state', async ({ page, context }) => {
  // Three loads of the long chapter and several worker runs, each waited for by its state:
  // about 25 s on an idle machine, so a busy one needs more than the default 30 s.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const race = page.locator('#race');
  await scoreboard(page);
  await race.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('softmax');
  await race.getByRole('slider', { name: 'Local search step δ' }).focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
  await race.getByRole('button', { name: 'New seed' }).click();
  await expect(race.getByTestId('seed')).toHaveText('seed 2');
  await expect(race.locator('[data-testid="race-table"][data-fresh="true"]')).toHaveAttribute('data-seed', '2');
  const board = await scoreboard(page);
  await race.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('race.loss=softmax');
  expect(url).toContain('race.seed=2');

  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  await gotoHydrated(other, url);
  await expect.poll(() => scoreboard(other), { timeout: 30_000 }).toBe(board);
  expect(otherMessages).toEqual([]);

  const step = page.locator('#stepsize');
  await step.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('softmax');
  await step.getByRole('button', { name: 'New starting weights' }).click();
  const stepTable = await step.getByTestId('stepsize-table').textContent();
  await step.getByRole('button', { name: 'Share' }).click();
  const stepUrl = await page.evaluate(() => navigator.clipboard.readText());
  expect(stepUrl).toContain('stepsize.seed=2');
  await gotoHydrated(other, stepUrl);
  await expect.poll(() => other.locator('#stepsize').getByTestId('stepsize-table').textContent(), { timeout: 20_000 }).toBe(stepTable);
  await other.close();
});

test('bad values in a link are repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${PAGE}?race.budget=banana&race.lr=-5&race.cost=free&stepsize.loss=hinge#race`);
  await page.waitForLoadState('networkidle');
  await scoreboard(page);
  const race = page.locator('#race');
  const status = race.getByRole('status').first();
  await expect(status).toContainText('Some settings were adjusted');
  await expect(status).toContainText('banana');
  await expect(status).toContainText('free');
  await expect(race.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', '0.001');
  await expect(race.getByTestId('race-table')).toContainText('After 1,000 loss evaluations each');
  await expect(page.locator('#stepsize').getByRole('status').first()).toContainText('hinge');
  await expect(page.locator('#stepsize').getByRole('combobox', { name: 'Loss', exact: true })).toHaveValue('svm');
});
