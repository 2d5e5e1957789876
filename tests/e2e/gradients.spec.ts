/**
 * Chapter 3's "Numerical versus analytic gradient" (#numgrad) and "Batch size" (#batch) in
 * real Chromium: dragging the real range inputs with the mouse changes the readouts and the
 * drawings; the formula switch; the cost counter; the keyboard alone; divergence explained;
 * a shared link reopens the same state; bad link values are repaired with a message.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { dragSlider, readout, watchConsole, gotoHydrated } from './helpers';

const CHAPTER = '/gradient-descent/';
/** Results from the page's one worker, which other widgets' computations share. */
const WORKER = { timeout: 30_000 };

test.beforeEach(async ({ page }) => {
  await gotoHydrated(page, CHAPTER);
  await page.waitForLoadState('networkidle');
});

/** The readout once the page has hydrated (the numerical derivatives are computed only then). */
async function settled(page: Page, testId: string): Promise<string> {
  await expect.poll(() => readout(page, testId)).not.toBe('…');
  return readout(page, testId);
}

const pathD = (widget: Locator): Promise<string | null> => widget.getByTestId('batch-path').getByTestId('path-line').getAttribute('d');

test('numgrad: dragging the step h changes the relative error and moves the marker', async ({ page }) => {
  const widget = page.locator('#numgrad');
  const before = await settled(page, 'numgrad-worst');
  const marker = widget.getByTestId('numgrad-current').locator('line');
  const x0 = await marker.getAttribute('x1');
  await dragSlider(page, widget.getByRole('slider', { name: 'Step h' }), 0.74, 0.3);
  await expect.poll(() => readout(page, 'numgrad-worst')).not.toBe(before);
  expect(await marker.getAttribute('x1')).not.toBe(x0);
  // far to the left, round-off rules: the readout says so
  await expect(widget.getByTestId('numgrad-regime')).toContainText('Round-off error dominates');
});

test('numgrad: centred differences beat forward ones at h = 10⁻⁵', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?numgrad.h=1e-5#numgrad`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#numgrad');
  const forward = Number((await settled(page, 'numgrad-worst')).replace(/ × 10(.*)/, (_, e: string) => `e${superToAscii(e)}`));
  await widget.getByLabel('Formula').selectOption('centred');
  await expect.poll(() => readout(page, 'numgrad-worst')).not.toContain('10⁻⁵');
  const text = await readout(page, 'numgrad-worst');
  const centred = Number(text.replace(/ × 10(.*)/, (_, e: string) => `e${superToAscii(e)}`));
  expect(forward).toBeGreaterThan(1e-6);
  expect(centred).toBeLessThan(1e-8);
  // the curves arrived and both are drawn
  await expect(widget.getByRole('img', { name: 'centred difference' })).toBeVisible();
});

test('numgrad: the N slider and the presets change the cost counter', async ({ page }) => {
  const widget = page.locator('#numgrad');
  await expect(page.getByTestId('numgrad-evals-forward')).toHaveText('11,936');
  await dragSlider(page, widget.getByRole('slider', { name: 'Number of weights N' }), 0.5, 0.9);
  await expect.poll(() => readout(page, 'numgrad-evals-forward')).not.toBe('11,936');
  const evals = Number((await readout(page, 'numgrad-evals-forward')).replace(/,/g, ''));
  expect(evals).toBeGreaterThan(100_000);
  await expect(page.getByTestId('numgrad-evals-centred')).toHaveText(((evals - 1) * 2).toLocaleString('en-US'));
  await widget.getByRole('button', { name: /^9 this classifier/ }).click();
  await expect(page.getByTestId('numgrad-evals-forward')).toHaveText('10');
  await expect(page.getByTestId('numgrad-evals-centred')).toHaveText('18');
});

test('batch: dragging the batch-size slider redraws the path and the bookkeeping', async ({ page }) => {
  const widget = page.locator('#batch');
  await expect(widget.getByTestId('batch-path')).toBeVisible(WORKER);
  const d0 = await pathD(widget);
  expect(await readout(page, 'batch-per-epoch')).toBe('30');
  await dragSlider(page, widget.getByRole('slider', { name: 'Batch size' }), 0.3, 0.05);
  await expect.poll(() => readout(page, 'batch-per-epoch')).not.toBe('30');
  await expect.poll(() => pathD(widget), WORKER).not.toBe(d0);
  // examples processed = epochs × n whatever the batch size
  await expect(page.getByTestId('batch-examples')).toHaveText('1,500');
  const perEpoch = Number((await readout(page, 'batch-per-epoch')).replace(/,/g, ''));
  await expect(page.getByTestId('batch-iterations')).toHaveText((perEpoch * 5).toLocaleString('en-US'));
});

test('batch: "New shuffle" changes a batch-size-1 path; the same seed gives it back', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?batch.batch=1#batch`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#batch');
  await expect(widget.getByTestId('batch-path')).toBeVisible(WORKER);
  const d1 = await pathD(widget);
  await widget.getByRole('button', { name: 'New shuffle' }).click();
  await expect(widget).toContainText('Shuffle seed 2');
  await expect.poll(() => pathD(widget), WORKER).not.toBe(d1);
  await gotoHydrated(page, `${CHAPTER}?batch.batch=1&batch.seed=1#batch`);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => pathD(page.locator('#batch')), WORKER).toBe(d1);
});

test('batch: a large learning rate shows the divergence, its step and its reason', async ({ page }) => {
  const widget = page.locator('#batch');
  await expect(widget.getByTestId('batch-divergence')).toHaveCount(0);
  await dragSlider(page, widget.getByRole('slider', { name: 'Batch size' }), 0.3, 1);
  await expect.poll(() => readout(page, 'batch-per-epoch')).toBe('1');
  await dragSlider(page, widget.getByRole('slider', { name: 'Learning rate' }), 0.55, 1);
  const note = widget.getByTestId('batch-divergence');
  await expect(note).toBeVisible(WORKER);
  await expect(note).toContainText(/Diverged at step \d+/);
  await expect(note).toContainText('above 2/λmax = 0.343');
  await expect(widget.locator('[data-divergence]')).toHaveCount(1); // the marker on the map
});

test('keyboard alone: every control of both widgets works', async ({ page }) => {
  const g = page.locator('#numgrad');
  const worst = await settled(page, 'numgrad-worst');
  await g.getByRole('slider', { name: 'Step h' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => readout(page, 'numgrad-worst')).not.toBe(worst);
  await page.keyboard.press('Tab'); // to the formula
  await expect(g.getByLabel('Formula')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(g.getByLabel('Formula')).toHaveValue('centred');
  await g.getByRole('slider', { name: 'Number of weights N' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('numgrad-evals-forward')).toHaveText('10');

  const b = page.locator('#batch');
  const slider = b.getByRole('slider', { name: 'Batch size' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('batch-per-epoch')).toHaveText('300');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('batch-per-epoch')).toHaveText('150'); // batch size 2
  await expect(slider).toHaveAttribute('aria-valuetext', '2');
  await page.keyboard.press('End');
  await expect(page.getByTestId('batch-per-epoch')).toHaveText('1');
  await b.getByRole('slider', { name: 'Epochs' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('batch-examples')).toHaveText('1,800');
  await b.getByRole('button', { name: 'New shuffle' }).focus();
  await page.keyboard.press('Enter');
  await expect(b).toContainText('Shuffle seed 2');
  await b.getByLabel('x axis').focus();
  await page.keyboard.press('ArrowDown');
  await expect(b.getByRole('group', { name: /Full-data MSE against examples processed/ })).toBeVisible();
});

test('a shared link reopens both widgets in the same state', async ({ page, context }) => {
  // Three loads of the long chapter and several worker runs, each waited for by its state:
  // about 25 s on an idle machine, so a busy one needs more than the default 30 s.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const g = page.locator('#numgrad');
  await g.getByRole('slider', { name: 'Step h' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await g.getByLabel('Formula').selectOption('centred');
  const worst = await readout(page, 'numgrad-worst');
  await g.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('numgrad.formula=centred');

  const b = page.locator('#batch');
  await b.getByRole('slider', { name: 'Batch size' }).focus();
  await page.keyboard.press('ArrowLeft');
  await b.getByRole('button', { name: 'New shuffle' }).click();
  await expect(b.getByTestId('batch-path')).toBeVisible(WORKER);
  await expect.poll(async () => (await pathD(b)) !== null).toBe(true);
  const perEpoch = await readout(page, 'batch-per-epoch');
  await expect(b.getByTestId('batch-stats')).toHaveAttribute('data-status', 'done', WORKER); // the result is for this input
  const finalMse = await readout(page, 'batch-final-mse');
  await b.getByRole('button', { name: 'Share' }).click();
  const batchUrl = await page.evaluate(() => navigator.clipboard.readText());
  expect(batchUrl).toContain('batch.seed=2');

  const other = await context.newPage();
  const messages = watchConsole(other);
  await gotoHydrated(other, url);
  await expect.poll(() => readout(other, 'numgrad-worst')).toBe(worst);
  await gotoHydrated(other, batchUrl);
  await expect.poll(() => readout(other, 'batch-per-epoch')).toBe(perEpoch);
  await expect(other.getByTestId('batch-stats')).toHaveAttribute('data-status', 'done', WORKER);
  await expect.poll(() => readout(other, 'batch-final-mse'), WORKER).toBe(finalMse);
  expect(messages).toEqual([]);
});

test('bad values in a link are repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${CHAPTER}?numgrad.h=banana&numgrad.formula=backward&batch.batch=9999&batch.lr=-1#batch`);
  await page.waitForLoadState('networkidle');
  const g = page.locator('#numgrad'), b = page.locator('#batch');
  await expect(g.getByRole('status').first()).toContainText(/h|Step/);
  await expect(g).toContainText(/backward/);
  await expect(b.getByRole('status').first()).toContainText(/9999|9,999/);
  await expect(page.getByTestId('batch-per-epoch')).toHaveText('1'); // clamped to all 300
  await expect(g.getByLabel('Formula')).toHaveValue('forward');
});

test('batch: the largest seed, and any larger one clamped to it, trains without an error', async ({ page }) => {
  // Seeds derived by addition once left [0, 2^32) here ("createRng: seed must be in …").
  for (const seed of ['4294967295', '99999999999']) {
    await gotoHydrated(page, `${CHAPTER}?batch.seed=${seed}&batch.batch=7#batch`);
    const b = page.locator('#batch');
    await expect(page.getByTestId('batch-stats')).toHaveAttribute('data-status', 'done', WORKER);
    await expect(b).not.toContainText('createRng');
    if (seed !== '4294967295') await expect(b.getByRole('status').first()).toContainText('above the maximum 4294967295; using 4294967295');
  }
});

/** "⁻⁵" → "-5". */
function superToAscii(s: string): string {
  const map: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
  return [...s].map((c) => map[c] ?? c).join('');
}
