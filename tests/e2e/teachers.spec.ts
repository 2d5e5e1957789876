/**
 * The teachers' page: every widget with its frame and settings, a preview that loads when
 * opened (by keyboard too), and the height script it documents, run as written in a host page.
 */
import { expect, test } from '@playwright/test';
import { builtEmbeds, failOnConsoleMessages } from './helpers';

failOnConsoleMessages();

test('lists every embeddable widget with its iframe and its settings from the schema', async ({ page }) => {
  await page.goto('/teachers/');
  const embeds = builtEmbeds();
  await expect(page.locator('.teachers-widget')).toHaveCount(embeds.length);
  const race = page.locator('.teachers-widget', { has: page.getByRole('heading', { name: 'Optimizer race', exact: true }) });
  await expect(race.locator('pre code').first()).toContainText('/embed/optimizer-race/" title="Optimizer race (Descent)"');
  await expect(race.getByRole('link', { name: 'Optimizers' })).toHaveAttribute('href', '/optimizers/#race');
  // the settings table, opened by keyboard
  const settings = race.locator('summary', { hasText: 'settings' });
  await settings.focus();
  await page.keyboard.press('Enter');
  const kappa = race.getByRole('row', { name: /race\.kappa/ });
  await expect(kappa).toContainText('Condition number κ');
  await expect(kappa).toContainText('number from 1 to 1000, log scale');
  await expect(kappa.locator('td').last()).toHaveText('50');
  await expect(race.getByRole('row', { name: /^race\.nesterov nesterov Nesterov/ })).toContainText('1 (on) or 0 (off)');
  await expect(race.locator('pre code', { hasText: 'descent-widget' })).toHaveText('<descent-widget name="optimizer-race"></descent-widget>');
});

test('a preview loads its widget only when opened', async ({ page }) => {
  await page.goto('/teachers/');
  const entry = page.locator('.teachers-widget', { has: page.getByRole('heading', { name: 'Learning rate', exact: true }) });
  const frame = entry.frameLocator('iframe');
  await expect(entry.locator('iframe')).toBeHidden();
  await entry.locator('summary', { hasText: 'Preview' }).click();
  await expect(frame.getByRole('slider', { name: 'Learning rate α' })).toBeVisible({ timeout: 30_000 });
});

test('the height script it gives fits a frame to its widget', async ({ page, baseURL }) => {
  await page.goto('/teachers/');
  const script = (await page.locator('#height ~ pre code').first().textContent()) ?? '';
  expect(script).toContain("e.data.type !== 'descent:height'");
  // a host page: a frame 150 px tall, then the script as a teacher pastes it
  await page.setContent(`<!doctype html><body><iframe src="${baseURL}/embed/fit-line/" title="w" width="600" height="150" style="border:0"></iframe>${script}</body>`);
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height, { timeout: 30_000 }).toBeGreaterThan(500);
  // and it is the page's own height: no scroll bar inside the frame
  const inner = await page.frameLocator('iframe').locator('html').evaluate((h) => h.scrollHeight);
  expect(Math.abs((await height()) - inner)).toBeLessThanOrEqual(1);
});

test('the element example it gives, pasted into a page, shows the race as it describes', async ({ page }) => {
  await page.goto('/teachers/');
  const example = (await page.locator('#element ~ pre code').first().textContent()) ?? '';
  expect(example).toMatch(/^<script type="module" src="[^"]+\/embed\/descent\.js"><\/script>\n<descent-widget name="optimizer-race" nesterov="1" /);
  // the page's address is DESCENT_ORIGIN's (the build's); here the book is served at baseURL
  const served = example.replace(/src="[^"]*\/embed\/descent\.js"/, 'src="/embed/descent.js"');
  await page.setContent(`<!doctype html><body>${served}</body>`);
  const race = page.locator('descent-widget');
  await expect(race.locator('.descent-caption')).toHaveText('Which optimizer reaches the minimum first?', { timeout: 30_000 });
  await expect(race.getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"]')).toHaveCount(1);
  await expect(race.getByRole('slider', { name: 'Steps' })).toHaveCount(0); // hidden
  await expect(race.getByRole('combobox', { name: 'Surface' })).toBeDisabled(); // locked
});
