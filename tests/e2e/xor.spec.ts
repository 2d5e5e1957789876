/**
 * "XOR" on its embed page, in Chromium: the defaults show what src/widgets/xor/xorNumbers.ts
 * computes in Node by the same code (part 1's count and loss, part 2's run); a line handle
 * dragged by mouse, a weight and a handle keyed, a handle dragged by a finger at 375 px (no
 * sideways scroll); the step scrubber and Play move the pictures; a shared link reopens the
 * same state and run. Waits are on text and attributes, never on time.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { countRight, neuronLoss, neuronRight } from '../../src/widgets/xor/xorModel';
import { xorNumbers } from '../../src/widgets/xor/xorNumbers';
import { countText, lossText } from '../../src/widgets/xor/xorText';
import { centre, failOnConsoleMessages, fingerDrag, gotoIsland } from './helpers';

failOnConsoleMessages();

/** The run's sentence, scrolled to: the run starts when part 2 is about to be seen. */
async function outcome(page: Page): Promise<Locator> {
  const o = page.getByTestId('xor-outcome');
  await o.scrollIntoViewIfNeeded();
  return o;
}

const EMBED = '/embed/xor/';
const defaults = xorNumbers();
/** The run is the worker's: allow for a busy machine. */
const WORKER = { timeout: 30_000 };

const open = (page: Page, query = '') => gotoIsland(page, `${EMBED}${query}`, 'XorWidget');
const handle = (page: Page, n: 1 | 2) => page.getByRole('slider', { name: new RegExp(`^Line handle ${n}`) });
const hiddenPoint = (page: Page) => page.getByRole('group', { name: /^Hidden space/ }).locator('g[data-right]').first();

test('the defaults show the numbers computed in Node by the same code', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('xor-count')).toHaveText(defaults.neuron.countText);
  await expect(page.getByTestId('xor-loss')).toHaveText(defaults.neuron.lossText);
  await expect(page.getByTestId('xor-verdict')).toContainText(`as good as a line gets. No line gets all four`);
  expect(defaults.neuron.best).toBe(defaults.neuron.right);
  await expect(await outcome(page)).toHaveText(defaults.run.outcomeText, WORKER);
  await expect(await outcome(page)).toHaveAttribute('data-outcome', defaults.run.outcome);
  // the scrubber starts at the run's end
  await expect(page.getByTestId('xor-frame-step')).toHaveText(defaults.run.steps.toLocaleString('en-US'));
  await expect(page.getByTestId('xor-frame-count')).toHaveText(countText(defaults.run.finalRight));
  await expect(page.getByTestId('xor-frame-loss')).toHaveText(defaults.run.finalLossText);
});

test('dragging the line by a handle with the mouse changes the count and the loss', async ({ page }) => {
  await open(page);
  const h = handle(page, 2);
  await h.scrollIntoViewIfNeeded();
  const from = await centre(h);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y - 220, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('xor-loss')).not.toHaveText(defaults.neuron.lossText);
  await expect(page.getByTestId('xor-count')).not.toHaveText(defaults.neuron.countText);
  // the sliders follow the line
  await expect(page.getByRole('slider', { name: 'Bias b' })).not.toHaveAttribute('aria-valuetext', '−1.0');
});

test('a weight keyed by keyboard, and a handle moved by arrow keys', async ({ page }) => {
  await open(page);
  const w1 = page.getByRole('slider', { name: 'Weight w₁' });
  await w1.focus();
  await page.keyboard.press('End');
  await expect(w1).toHaveAttribute('aria-valuetext', '6.0');
  const n = { w1: 6, w2: defaults.state.w2, b: defaults.state.b };
  await expect(page.getByTestId('xor-loss')).toHaveText(lossText(neuronLoss(n)));
  await expect(page.getByTestId('xor-count')).toHaveText(countText(countRight(neuronRight(n))));
  const before = await page.getByTestId('xor-loss').textContent();
  await handle(page, 1).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('xor-loss')).not.toHaveText(before ?? '');
});

test('the step scrubber and Play move the pictures', async ({ page }) => {
  await open(page);
  await expect(await outcome(page)).toHaveAttribute('data-outcome', defaults.run.outcome, WORKER);
  const region = page.getByRole('group', { name: "The network's decision region over the input plane" });
  const boundaryAtEnd = await region.getByRole('img', { name: /decision boundary/ }).innerHTML();
  const pointAtEnd = await hiddenPoint(page).getAttribute('transform');
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('xor-frame-step')).toHaveText('0');
  await expect(page.getByTestId('xor-frame-loss')).toHaveText(lossText(defaults.run.initialLoss));
  await expect(hiddenPoint(page)).not.toHaveAttribute('transform', pointAtEnd ?? '');
  await expect.poll(() => region.getByRole('img', { name: /decision boundary/ }).innerHTML()).not.toBe(boundaryAtEnd);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('xor-frame-step')).toHaveText('1');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await page.getByTestId('xor-frame-step').textContent())).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a shared link reopens the same state and the same run', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const query = '?xor.w1=-1.5&xor.b=0.7&xor.hidden=3&xor.activation=tanh&xor.seed=9&xor.lr=0.5';
  await open(page, query);
  const state = { ...defaults.state, w1: -1.5, b: 0.7, hidden: 3, activation: 'tanh' as const, seed: 9, lr: 0.5 };
  const expected = xorNumbers(state);
  await expect(page.getByRole('slider', { name: 'Weight w₁' })).toHaveAttribute('aria-valuetext', '−1.5');
  await expect(page.getByRole('slider', { name: 'Hidden units H' })).toHaveAttribute('aria-valuetext', '3');
  await expect(page.getByRole('combobox', { name: 'Hidden activation' })).toHaveValue('tanh');
  await expect(page.getByText('Weights seed 9')).toBeVisible();
  await expect(page.getByTestId('xor-loss')).toHaveText(expected.neuron.lossText);
  await expect(await outcome(page)).toHaveText(expected.run.outcomeText, WORKER);
  await page.getByRole('button', { name: 'New initial weights' }).click();
  await expect(page.getByText('Weights seed 10')).toBeVisible();
  const next = xorNumbers({ ...state, seed: 10 });
  await expect(await outcome(page)).toHaveText(next.run.outcomeText, WORKER);
  await page.getByRole('button', { name: 'Share' }).click();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.searchParams.get('xor.seed')).toBe('10');
  const other = await context.newPage();
  await gotoIsland(other, `${EMBED}${url.search}`, 'XorWidget');
  await expect(other.getByTestId('xor-loss')).toHaveText(expected.neuron.lossText);
  await expect(await outcome(other)).toHaveText(next.run.outcomeText, WORKER);
});

test.describe('at 375 px with touch', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('nothing scrolls sideways, and a finger drags the line', async ({ page }) => {
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const h = handle(page, 2);
    await h.scrollIntoViewIfNeeded();
    await fingerDrag(page, await centre(h), 0, -120);
    await expect(page.getByTestId('xor-loss')).not.toHaveText(defaults.neuron.lossText);
    await expect(await outcome(page)).toHaveText(defaults.run.outcomeText, WORKER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
