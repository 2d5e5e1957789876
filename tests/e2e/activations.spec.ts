/**
 * "Activations and initialization" on its embed page, in Chromium: the defaults show what
 * activationsNumbers computes in Node (imported, never typed here); the initialization changed
 * by keyboard changes the verdicts and the histograms; a mouse drag of x, and a finger at 375 px,
 * change f(x) and f′(x) to the engine's values at the x the slider shows; the batch-norm switch
 * rescues std 0.01; a link's state shows, and Share gives it back. Waits are on text and
 * attributes, never on time.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { valueAt } from '../../src/widgets/activations/activationsModel';
import { activationsNumbers } from '../../src/widgets/activations/activationsNumbers';
import type { ActivationsState } from '../../src/widgets/activations/activationsSchema';
import { num, readout } from '../../src/widgets/activations/activationsText';
import { centre, dragSlider, failOnConsoleMessages, fingerDrag, gotoIsland, parseShown } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/activations/';
const DEFAULT: ActivationsState = { fn: 'tanh', x: 1, init: 'small', width: 100, bn: false, seed: 1 };

async function open(page: Page, query = ''): Promise<Locator> {
  await gotoIsland(page, `${EMBED}${query}`, 'ActivationsWidget');
  return page.locator('section#activations');
}

/** Part 2's verdicts and table, checked against Node's pass for `state`. */
async function expectPass(w: Locator, state: ActivationsState): Promise<void> {
  const n = activationsNumbers(state);
  await expect(w.getByTestId('activations-act-verdict')).toHaveText(n.activationVerdict);
  await expect(w.getByTestId('activations-grad-verdict')).toHaveText(n.gradientVerdict);
  for (const l of [1, 5, 10]) {
    await expect(w.getByTestId(`activations-act-std-${l}`)).toHaveText(num(n.actStd[l - 1]));
    await expect(w.getByTestId(`activations-grad-std-${l}`)).toHaveText(num(n.gradStd[l - 1]));
  }
}

/** Part 1's readout for the x the slider shows now. */
async function expectPoint(w: Locator, fn: ActivationsState['fn']): Promise<number> {
  const x = parseShown((await w.getByRole('slider', { name: 'Point x' }).getAttribute('aria-valuetext')) ?? 'NaN');
  const { f, df } = valueAt(fn, x);
  const r = readout(fn, x, f, df);
  await expect(w.getByTestId('activations-value')).toHaveText(r.value);
  await expect(w.getByTestId('activations-slope')).toHaveText(r.slope);
  return x;
}

const histogram = (w: Locator, row: 'act' | 'grad', layer: number) => w.getByTestId(`activations-${row}-hist-${layer}`);

test('the defaults show the numbers Node computes: tanh with std 0.01, activations and gradients vanish', async ({ page }) => {
  const w = await open(page);
  const n = activationsNumbers();
  await expect(w.getByTestId('activations-value')).toHaveText(n.point.valueText);
  await expect(w.getByTestId('activations-slope')).toHaveText(n.point.slopeText);
  await expectPass(w, DEFAULT);
  expect(n.activationTrend).toBe('vanished');
  await expect(w.getByTestId('activations-act-verdict')).toContainText('they have vanished');
  await expect(w.getByTestId('activations-verdicts')).toHaveAttribute('data-status', 'done');
  // sigmoid's slope peaks at 1/4, by keyboard on the activation
  const fn = w.getByRole('combobox', { name: 'Activation' });
  await fn.focus();
  await page.keyboard.press('ArrowUp');
  await expect(fn).toHaveValue('sigmoid');
  await expect(w.getByTestId('activations-slope-note')).toContainText(`1/4 = ${num(n.sigmoidMaxSlope)}`);
});

test('keyboard: a new initialization changes the verdicts and the histograms', async ({ page }) => {
  const w = await open(page);
  await expectPass(w, DEFAULT);
  const before = await histogram(w, 'act', 10).getAttribute('d');
  const gradBefore = await histogram(w, 'grad', 1).getAttribute('d');
  const init = w.getByRole('combobox', { name: 'Initialization' });
  await init.focus();
  await page.keyboard.press('ArrowDown');
  await expect(init).toHaveValue('large');
  await expectPass(w, { ...DEFAULT, init: 'large' });
  await expect(w.getByTestId('activations-act-verdict')).toContainText('saturated');
  await expect.poll(() => histogram(w, 'act', 10).getAttribute('d')).not.toBe(before);
  await expect.poll(() => histogram(w, 'grad', 1).getAttribute('d')).not.toBe(gradBefore);
  // zeros: the symmetry problem, said
  await page.keyboard.press('Home');
  await expect(init).toHaveValue('zeros');
  await expectPass(w, { ...DEFAULT, init: 'zeros' });
  await expect(w.getByTestId('activations-act-verdict')).toContainText('symmetry problem');
});

test('a mouse drag of x changes f(x) and f′(x) to the engine’s values at the x shown', async ({ page }) => {
  const w = await open(page);
  const slider = w.getByRole('slider', { name: 'Point x' });
  await dragSlider(page, slider, 7 / 12, 0.2);
  await expect(slider).not.toHaveAttribute('aria-valuetext', '1.0');
  const x = await expectPoint(w, 'tanh');
  expect(x).toBeLessThan(-2);
});

test('the batch-norm switch rescues std 0.01, and cannot rescue zeros', async ({ page }) => {
  const w = await open(page);
  await expectPass(w, DEFAULT);
  const bn = w.getByRole('switch', { name: /Batch norm/ });
  await bn.click();
  await expect(bn).toBeChecked();
  await expectPass(w, { ...DEFAULT, bn: true });
  await expect(w.getByTestId('activations-act-verdict')).toContainText('stay in a usable range');
  await w.getByRole('combobox', { name: 'Initialization' }).selectOption('zeros');
  await expectPass(w, { ...DEFAULT, bn: true, init: 'zeros' });
  await expect(w.getByTestId('activations-act-verdict')).toContainText('Batch norm cannot');
});

test('a link’s state shows, and Share gives the state back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const state: ActivationsState = { fn: 'relu', x: -2, init: 'he', width: 60, bn: false, seed: 5 };
  const w = await open(page, '?activations.fn=relu&activations.x=-2&activations.init=he&activations.width=60&activations.seed=5');
  await expect(w.getByRole('combobox', { name: 'Activation' })).toHaveValue('relu');
  await expect(w.getByRole('combobox', { name: 'Initialization' })).toHaveValue('he');
  await expect(w.getByRole('slider', { name: 'Units per layer' })).toHaveAttribute('aria-valuetext', '60');
  await expect(w.getByText('Seed 5')).toBeVisible();
  await expectPoint(w, 'relu');
  await expectPass(w, state);

  // a new draw and a wider layer, then share and open the link in another page
  await w.getByRole('button', { name: 'New draw' }).click();
  await expect(w.getByText('Seed 6')).toBeVisible();
  const width = w.getByRole('slider', { name: 'Units per layer' });
  await width.focus();
  await page.keyboard.press('ArrowRight');
  await expect(width).toHaveAttribute('aria-valuetext', '70');
  const next = { ...state, seed: 6, width: 70 };
  await expectPass(w, next);
  await w.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('activations.seed=6');
  expect(url).toContain('activations.width=70');
  const other = await context.newPage();
  await gotoIsland(other, url, 'ActivationsWidget');
  await expectPass(other.locator('section#activations'), next);

  // out of range: clamped, and said
  const bad = await open(page, '?activations.width=900');
  await expect(bad.getByText('width = 900 is above the maximum 200; using 200')).toBeVisible();
  await expectPass(bad, { ...DEFAULT, width: 200 });
});

test.describe('at 375 px with a finger', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('nothing overflows; a finger drags x and a tap switches batch norm on', async ({ page }) => {
    const w = await open(page);
    await expectPass(w, DEFAULT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const slider = w.getByRole('slider', { name: 'Point x' });
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no box for the x slider');
    const at = await centre(slider);
    // from the thumb (x = 1 of −6 … 6, 58 % along) a third of the track to the right
    await fingerDrag(page, { x: box.x + box.width * (7 / 12), y: at.y }, box.width * 0.3, 0);
    await expect(slider).not.toHaveAttribute('aria-valuetext', '1.0');
    expect(await expectPoint(w, 'tanh')).toBeGreaterThan(3);
    await w.getByRole('switch', { name: /Batch norm/ }).tap();
    await expectPass(w, { ...DEFAULT, bn: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
