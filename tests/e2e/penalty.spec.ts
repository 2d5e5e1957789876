/**
 * "Penalty geometry" on its embed page, in Chromium: λ by keyboard, by mouse and by finger at
 * phone width (where its figures stack), and a link's settings shown and shared again.
 * Everything is computed on the main thread, so a readout changes in the same frame as the
 * slider; the waits are on text, never on time.
 */
import { expect, type Page, test } from '@playwright/test';
import { centre, dragSlider, failOnConsoleMessages, fingerDrag, readout } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/penalty-geometry/';
const L1_DEFAULT = '6 of 9 coefficients are exactly zero';

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-island="PenaltyGeometryWidget"]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
}

const lambdaSlider = (page: Page) => page.locator('section#penalty').getByRole('slider', { name: 'Strength λ' });

test('a link’s settings show the L1 readout, and Share gives them back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?penalty.kind=l1&penalty.lambda=0.015');
  const widget = page.locator('section#penalty');
  await expect(widget.getByRole('combobox', { name: 'Penalty' })).toHaveValue('l1');
  await expect(page.getByTestId('penalty-zeros')).toHaveText(L1_DEFAULT);
  await expect(page.getByTestId('penalty-optimum')).toHaveText('Penalized optimum (w₁, w₂) = (0.725, 0): w₂ is exactly 0.');
  await expect(page.locator('[data-coefficient][data-zero]')).toHaveCount(6);

  // the other way: change the settings here, share them, open the link elsewhere
  await widget.getByRole('combobox', { name: 'Penalty' }).selectOption('elasticNet');
  await widget.getByRole('slider', { name: 'Mix γ (share of L1)' }).focus();
  await page.keyboard.press('ArrowRight'); // 0.5 → 0.55
  const zeros = await readout(page, 'penalty-zeros');
  const optimum = await readout(page, 'penalty-optimum');
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('penalty.kind=elasticNet');
  expect(url).toContain('penalty.mix=0.55');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('penalty-zeros')).toHaveText(zeros);
  await expect(other.getByTestId('penalty-optimum')).toHaveText(optimum);
});

test('keyboard: arrow keys on λ move the optimum; End zeroes everything', async ({ page }) => {
  await open(page, '?penalty.kind=l1');
  await expect(page.getByTestId('penalty-zeros')).toHaveText(L1_DEFAULT);
  const slider = lambdaSlider(page);
  await slider.focus();
  const before = await readout(page, 'penalty-optimum');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  // λ grows by about 10 %: w₁ = 1.85 − 75λ shrinks, w₂ stays exactly 0
  await expect(page.getByTestId('penalty-optimum')).not.toHaveText(before);
  await expect(page.getByTestId('penalty-optimum')).toContainText('w₂ is exactly 0');
  await expect(slider).toHaveAttribute('aria-valuetext', /^0\.016\d*$/);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await expect(page.getByTestId('penalty-zeros')).toHaveText('9 of 9 coefficients are exactly zero');
  await expect(page.getByTestId('penalty-optimum')).toContainText('both weights are exactly 0');
});

test('mouse: dragging λ’s thumb to the right zeroes more coefficients', async ({ page }) => {
  await open(page, '?penalty.kind=l1');
  await expect(page.getByTestId('penalty-zeros')).toHaveText(L1_DEFAULT);
  // λ = 0.015 sits at log(0.015/10⁻⁴)/log(10⁴) ≈ 54 % of the track; 90 % is λ ≈ 0.4
  await dragSlider(page, lambdaSlider(page), 0.54, 0.9);
  await expect.poll(async () => Number(/^(\d) of 9/.exec(await readout(page, 'penalty-zeros'))?.[1])).toBeGreaterThan(6);
  await expect(page.getByTestId('penalty-optimum')).toContainText('(0, 0)');
});

test.describe('at 375 px with a finger', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('the figures stack without overflowing, and a finger drags λ', async ({ page }) => {
    await open(page, '?penalty.kind=l1');
    await expect(page.getByTestId('penalty-zeros')).toHaveText(L1_DEFAULT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const figures = page.locator('section#penalty figure');
    await expect(figures).toHaveCount(3);
    const [first, second] = [await figures.nth(0).boundingBox(), await figures.nth(1).boundingBox()];
    if (!first || !second) throw new Error('a figure has no box');
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1); // below, not beside

    const slider = lambdaSlider(page);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('the λ slider has no box');
    const before = Number(await slider.inputValue());
    const optimum = await readout(page, 'penalty-optimum');
    // press on the thumb (54 % of the track) and slide right by a third of the track
    const at = await centre(slider);
    await fingerDrag(page, { x: box.x + box.width * 0.54, y: at.y }, box.width * 0.33, 0);
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(before + 100);
    await expect(page.getByTestId('penalty-optimum')).not.toHaveText(optimum);
  });
});
