/**
 * Chapter 3's "Descending in the dark" (#dark) and "The learning rate" (#rate) in real
 * Chromium: the real controls are dragged, pressed and keyed, and what changed on screen is
 * asserted (readouts, the regime label, the explanation, drawn marks). Shared links reopen
 * the same state; bad link values show a message; no console errors or warnings.
 */
import { expect, type Page, test } from '@playwright/test';
import { createHimmelblau } from '../../src/core';
import { dragSlider, watchConsole, gotoHydrated } from './helpers';

const PAGE = '/gradient-descent/';

let messages: string[] = [];
test.beforeEach(async ({ page }) => {
  messages = watchConsole(page);
  await gotoHydrated(page, PAGE);
  await page.waitForLoadState('networkidle');
});
test.afterEach(() => {
  expect(messages).toEqual([]);
});

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
const altitude = async (page: Page) => Number(await page.getByTestId('dark-altitude').getAttribute('data-value'));

// ---------------------------------------------------------------------------------------------
// The learning rate

test('rate: dragging α across 2/λ turns the regime to diverging and says why', async ({ page }) => {
  const widget = page.locator('#rate');
  const alpha = widget.getByRole('slider', { name: 'Learning rate α' });
  // 60% of a log slider over [0.001, 3] is α = 0.001·3000^0.6 ≈ 0.12: calm and fast enough
  await dragSlider(page, alpha, 0.5, 0.6);
  await expect(page.getByTestId('rate-regime')).toHaveText('good');
  await expect(page.getByTestId('rate-divergence')).toHaveCount(0);
  const lossPath = await widget.locator('svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));
  // 98% is α ≈ 2.5: α·λ > 2 with λ = 1
  await dragSlider(page, alpha, 0.6, 0.98);
  await expect(page.getByTestId('rate-regime')).toHaveText('diverging');
  const note = page.getByTestId('rate-divergence');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/Diverged at step \d+: α·λ = 2\.\d+ > 2/);
  await expect(page.getByTestId('rate-explanation')).toContainText('> 2');
  // the path is drawn to the plot's edge and marked there, and the drawing changed
  await expect(widget.locator('[data-exit-step]')).toHaveCount(1);
  const after = await widget.locator('svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));
  expect(after).not.toBe(lossPath);
});

test('rate: the keyboard alone moves α through every regime and plays the run', async ({ page }) => {
  const widget = page.locator('#rate');
  const alpha = widget.getByRole('slider', { name: 'Learning rate α' });
  await alpha.focus();
  await page.keyboard.press('Home'); // α = 0.001
  await expect(page.getByTestId('rate-regime')).toHaveText('too slow');
  await page.keyboard.press('End'); // α = 3
  await expect(page.getByTestId('rate-regime')).toHaveText('diverging');
  // down from 3 in 1% steps: 2 < α < 3 diverges, 1 < α < 2 oscillates
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('rate-regime')).toHaveText('oscillating');
  await expect(alpha).toHaveAttribute('aria-valuetext', /^1\.\d+$/);

  // the playback opens on the whole run and follows a longer one
  const playback = widget.getByRole('group', { name: 'Play the run' });
  await expect(playback).toContainText('Step 30 of 30');
  await widget.getByRole('slider', { name: 'Steps' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(playback).toContainText('Step 31 of 31');
  // Reset goes to step 0, Step forward one
  await playback.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rate-now')).toContainText('After 0 steps');
  await playback.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rate-now')).toContainText('After 2 steps');
  await expect(playback).toContainText('Step 2 of 31');
  // oscillating: x changed sign twice, so it is positive again and smaller than the start 2.5
  const x = Number((await text(page, 'rate-now')).match(/x = ([\d.]+)/)?.[1]);
  expect(x).toBeGreaterThan(0);
  expect(x).toBeLessThan(2.5);
});

test('rate: the bowl shows both factors and the best α = 2/(λmin + λmax)', async ({ page }) => {
  const widget = page.locator('#rate');
  await widget.getByRole('combobox', { name: 'Problem' }).selectOption('bowl');
  const kappa = widget.getByRole('slider', { name: 'Condition number κ' });
  await kappa.focus();
  await page.keyboard.press('End'); // κ = 50
  await expect(kappa).toHaveAttribute('aria-valuetext', '50');
  // 2/(1 + 50) = 0.0392…
  await expect(page.getByTestId('rate-best')).toHaveText(String(Number((2 / 51).toPrecision(3))));
  await widget.getByRole('button', { name: 'Use the best α' }).click();
  await expect(widget.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', /^0\.039/);
  // at the best α the steep direction overshoots: α·λmax = 100/51 > 1
  await expect(page.getByTestId('rate-regime')).toHaveText('oscillating');
  const table = page.getByTestId('rate-factors').getByRole('table');
  await expect(table.getByRole('row', { name: /shallow/ })).toContainText('0.961');
  await expect(table.getByRole('row', { name: /steep/ })).toContainText('0.961');
});

test('rate: a shared link reopens the same state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('#rate');
  await widget.getByRole('combobox', { name: 'Problem' }).selectOption('bowl');
  await widget.getByRole('slider', { name: 'Learning rate α' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await widget.getByRole('slider', { name: 'Steps' }).focus();
  await page.keyboard.press('ArrowRight');
  const regime = await text(page, 'rate-regime');
  const explanation = await text(page, 'rate-explanation');
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('rate.problem=bowl');
  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  await gotoHydrated(other, url);
  await other.waitForLoadState('networkidle');
  await expect(other.getByTestId('rate-regime')).toHaveText(regime);
  await expect(other.getByTestId('rate-explanation')).toHaveText(explanation);
  await expect(other.locator('#rate').getByRole('slider', { name: 'Steps' })).toHaveAttribute('aria-valuetext', '31 steps');
  expect(otherMessages).toEqual([]);
});

test('rate: a bad value in a link is repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${PAGE}?rate.lr=banana&rate.steps=9999#rate`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('#rate').getByRole('status').first();
  await expect(status).toContainText('lr = "banana" is not a number');
  await expect(status).toContainText('steps = 9999 is above the maximum 200');
  await expect(page.locator('#rate').getByRole('slider', { name: 'Steps' })).toHaveAttribute('aria-valuetext', '200 steps');
});

// ---------------------------------------------------------------------------------------------
// Descending in the dark

test('dark: a direction button moves the climber and the altitude changes', async ({ page }) => {
  const widget = page.locator('#dark');
  const before = await altitude(page);
  const where = await text(page, 'dark-position');
  await widget.getByRole('button', { name: /^N:/ }).click();
  await expect.poll(() => altitude(page)).not.toBe(before);
  expect(await text(page, 'dark-position')).not.toBe(where);
  await expect(page.getByTestId('dark-steps')).toHaveText('1: 1 by hand, 0 by gradient');
});

test('dark: a gradient step goes downhill, and so does each one after it', async ({ page }) => {
  const widget = page.locator('#dark');
  let last = await altitude(page);
  for (let i = 1; i <= 3; i++) {
    await widget.getByRole('button', { name: 'Gradient step' }).click();
    await expect(page.getByTestId('dark-steps')).toHaveText(`${i}: 0 by hand, ${i} by gradient`);
    const now = await altitude(page);
    expect(now).toBeLessThan(last);
    last = now;
  }
});

test('dark: arrow keys walk the climber, G takes a gradient step', async ({ page }) => {
  const climber = page.locator('#dark').getByRole('slider', { name: 'Climber' });
  const where = await text(page, 'dark-position');
  await climber.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('dark-steps')).toHaveText('3: 3 by hand, 0 by gradient');
  // (−0.5, −0.5) + 0.4·(2, 1) = (0.30, −0.10)
  await expect(page.getByTestId('dark-position')).toHaveText('(0.30, −0.10)');
  expect(where).toBe('(−0.50, −0.50)');
  await expect(climber).toHaveAttribute('aria-valuetext', /x = 0\.30, y = −0\.10, altitude/);
  const before = await altitude(page);
  await page.keyboard.press('g');
  await expect(page.getByTestId('dark-steps')).toHaveText('4: 3 by hand, 1 by gradient');
  expect(await altitude(page)).toBeLessThan(before);
});

test('dark: revealing the map lifts the night and names the valley', async ({ page }) => {
  const widget = page.locator('#dark');
  const night = widget.locator('rect[mask]');
  await expect(night).toHaveCSS('opacity', '1');
  await expect(page.getByTestId('dark-reveal')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Gradient step' }).click();
  await widget.getByRole('switch', { name: 'Reveal the map' }).check();
  await expect(night).toHaveCSS('opacity', '0');
  await expect(page.getByTestId('dark-map')).toHaveAttribute('data-revealed', '');
  await expect(page.getByTestId('dark-reveal')).toContainText(/valley floor at \(.+\), altitude 0: one of the four lowest points/);
});

test('dark: Play lets gradient descent walk until it comes to rest', async ({ page }) => {
  const widget = page.locator('#dark');
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(widget.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByTestId('dark-message')).toContainText('Gradient descent has come to rest', { timeout: 15_000 });
  await expect(widget.getByRole('button', { name: 'Play' })).toBeDisabled();
  const steps = Number((await text(page, 'dark-steps')).split(':')[0]);
  expect(steps).toBeGreaterThan(3);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('dark-steps')).toHaveText('0');
});

test('dark: a gradient step that leaves the map is reported with its step number', async ({ page }) => {
  // Where plain gradient descent with α = 0.12 from the default start first leaves [−5, 5]²,
  // computed here from the core's surface, independently of the widget.
  const f = createHimmelblau();
  let [x, y] = [-0.5, -0.5];
  let lostAt = 0;
  for (let t = 1; t <= 20 && lostAt === 0; t++) {
    const [gx, gy] = f.gradient(x, y);
    [x, y] = [x - 0.12 * gx, y - 0.12 * gy];
    if (!(Math.abs(x) <= 5 && Math.abs(y) <= 5)) lostAt = t;
  }
  expect(lostAt).toBeGreaterThan(0);

  await gotoHydrated(page, `${PAGE}?dark.lr=0.12#dark`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#dark');
  const step = widget.getByRole('button', { name: 'Gradient step' });
  for (let t = 0; t < lostAt; t++) await step.click();
  await expect(page.getByTestId('dark-message')).toContainText(`Gradient step ${lostAt} threw the climber off the map`);
  await expect(page.getByTestId('dark-altitude')).toHaveText('off the map');
  await expect(step).toBeDisabled();
  await expect(widget.getByRole('button', { name: /^N:/ })).toBeDisabled();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(step).toBeEnabled();
  await expect(page.getByTestId('dark-position')).toHaveText('(−0.50, −0.50)');
});

test('dark: a shared link reopens the same landscape, start and settings', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('#dark');
  await widget.getByRole('combobox', { name: 'Landscape' }).selectOption('sixHumpCamel');
  const position = page.getByTestId('dark-position');
  await expect(position).toHaveText('(−1.50, 1.20)'); // the camel's own start
  await widget.getByRole('button', { name: 'Random start' }).click();
  // The walk restarts in an effect after the click's render: wait for it, don't read once.
  await expect(position).not.toHaveText('(−1.50, 1.20)');
  const start = await text(page, 'dark-position');
  await widget.getByRole('slider', { name: 'Learning rate α' }).focus();
  await page.keyboard.press('ArrowRight');
  const alpha = await widget.getByRole('slider', { name: 'Learning rate α' }).getAttribute('aria-valuetext');
  await widget.getByRole('switch', { name: 'Reveal the map' }).check();
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('dark.landscape=sixHumpCamel');
  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  await gotoHydrated(other, url);
  await other.waitForLoadState('networkidle');
  const w2 = other.locator('#dark');
  await expect(w2.getByRole('combobox', { name: 'Landscape' })).toHaveValue('sixHumpCamel');
  await expect(other.getByTestId('dark-position')).toHaveText(start);
  await expect(w2.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', alpha ?? '');
  await expect(w2.getByRole('switch', { name: 'Reveal the map' })).toBeChecked();
  await expect(other.getByTestId('dark-reveal')).toBeVisible();
  expect(otherMessages).toEqual([]);
});

test('dark: a start off the map and a bad value in a link are repaired with messages', async ({ page }) => {
  await gotoHydrated(page, `${PAGE}?dark.landscape=sixHumpCamel&dark.sx=4&dark.sy=0&dark.step=banana#dark`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('#dark').getByRole('status').first();
  await expect(status).toContainText('step = "banana" is not a number');
  await expect(status).toContainText('The start (4.00, 0.00) is off the Six-hump camel map');
  await expect(page.getByTestId('dark-position')).toHaveText('(2.00, 0.00)');
});

test('rate: a run that diverges in its first steps does not cover the "diverged above 10⁸" label', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no playback: the marker rests where the run stopped
  await gotoHydrated(page, `${PAGE}?rate.lr=3&rate.curvature=10#rate`);
  await page.waitForLoadState('networkidle');
  const plot = page.locator('#rate svg[role=group][aria-label^="Loss as a fraction"]');
  const label = plot.getByText('diverged above 10⁸');
  await expect(label).toBeVisible();
  await expect.poll(async () =>
    plot.evaluate((svg) => {
      const text = [...svg.querySelectorAll('text')].find((t) => t.textContent?.includes('diverged above'));
      const marker = [...svg.querySelectorAll('circle')].at(-1);
      if (!text || !marker) return 'missing';
      const a = text.getBoundingClientRect(), b = marker.getBoundingClientRect();
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return overlap ? `marker (${b.left}, ${b.top}) on the label` : 'clear';
    }),
  ).toBe('clear');
});
