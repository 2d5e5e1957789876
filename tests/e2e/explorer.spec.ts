/**
 * Chapter 2's surface explorer in real Chromium: picking a surface, dragging the condition
 * number, turning the 3-D view with the mouse and the keys, placing the probe with a click,
 * visiting a saddle, sharing a link and repairing a bad one, all without console errors.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { dragSlider, readout, watchConsole, gotoHydrated } from './helpers';

const PAGE = '/loss-surfaces/';

let messages: string[] = [];

test.beforeEach(async ({ page }) => {
  messages = watchConsole(page);
});

test.afterEach(() => {
  expect(messages).toEqual([]);
});

async function open(page: Page, query = ''): Promise<Locator> {
  await gotoHydrated(page, `${PAGE}${query}#explorer`);
  await page.waitForLoadState('networkidle');
  const widget = page.locator('#explorer');
  // the worker's grid arrived: contours on the map, or the mesh's canvas in 3-D
  await expect(widget.locator('[data-level], canvas').first()).toBeAttached({ timeout: 15_000 });
  return widget;
}

const contours = (widget: Locator) => widget.locator('[data-level]').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''));
const canvasImage = (widget: Locator) => widget.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('choosing a surface redraws the map and moves the probe to its start', async ({ page }) => {
  const widget = await open(page);
  const before = await contours(widget);
  await widget.getByLabel('Surface').selectOption({ label: 'Rosenbrock valley' });
  await expect.poll(() => readout(page, 'explorer-probe')).toBe('(x, y) = (−1.2, 1)');
  await expect.poll(() => contours(widget)).not.toBe(before);
  await expect(widget.getByRole('button', { name: 'Jump to the minimum at (1, 1)' })).toBeVisible();
  await expect(widget.getByLabel('Condition number')).toHaveCount(0); // the quadratic's sliders are gone
});

test('dragging the condition number reshapes the bowl and its eigenvalues', async ({ page }) => {
  const widget = await open(page);
  const eigen = await readout(page, 'explorer-eigen');
  const drawing = await contours(widget);
  await dragSlider(page, widget.getByRole('slider', { name: 'Condition number' }), 0.5, 0.9);
  await expect.poll(() => readout(page, 'explorer-eigen')).not.toBe(eigen);
  await expect.poll(() => contours(widget)).not.toBe(drawing);
  // the ratio of the eigenvalues is the condition number the slider shows
  const shown = await widget.getByRole('slider', { name: 'Condition number' }).getAttribute('aria-valuetext');
  await expect.poll(() => readout(page, 'explorer-ratio')).toBe(shown);
});

test('dragging the 3-D view turns and tilts it', async ({ page }) => {
  const widget = await open(page);
  await widget.getByLabel('View').selectOption({ label: '3-D' });
  const view = widget.locator('[aria-roledescription="rotatable 3-D view"]');
  await expect(view).toBeVisible();
  const turn = widget.getByRole('slider', { name: 'Turn' });
  const tilt = widget.getByRole('slider', { name: 'Tilt' });
  const turn0 = await turn.inputValue(), tilt0 = await tilt.inputValue();
  const image0 = await canvasImage(widget);

  const canvas = widget.locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('canvas has no box');
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 80, cy + 30, { steps: 10 });
  await page.mouse.up();

  // 0.5° per pixel: 80 px right turns by 40°, 30 px down tilts by 15°
  await expect(turn).toHaveValue(String(Number(turn0) + 40));
  await expect(tilt).toHaveValue(String(Number(tilt0) + 15));
  await expect.poll(() => canvasImage(widget)).not.toBe(image0); // the canvas redraws in an effect
});

test('arrow keys turn the focused 3-D view, and the sliders follow', async ({ page }) => {
  const widget = await open(page, '?explorer.view=3d');
  const view = widget.locator('[aria-roledescription="rotatable 3-D view"]');
  const image0 = await canvasImage(widget);
  await view.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(widget.getByRole('slider', { name: 'Turn' })).toHaveValue('30'); // 35 − 5
  await expect(widget.getByRole('slider', { name: 'Tilt' })).toHaveValue('20'); // 35 − 15
  await expect(view).toHaveAttribute('aria-label', /turned 30°, tilted 20°/);
  await expect.poll(() => canvasImage(widget)).not.toBe(image0); // the canvas redraws in an effect
});

test('a click on the contour map moves the probe there', async ({ page }) => {
  const widget = await open(page);
  const before = await readout(page, 'explorer-value');
  const map = widget.locator('svg').first();
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect.poll(() => readout(page, 'explorer-value')).not.toBe(before);
  await expect.poll(() => readout(page, 'explorer-probe')).not.toBe('(x, y) = (−2.5, 2)');
});

test('the keyboard alone: the probe moves with arrows, a jump button visits the saddle', async ({ page }) => {
  const widget = await open(page, '?explorer.surface=saddle');
  const probe = widget.getByRole('slider', { name: 'Probe' });
  const value0 = await readout(page, 'explorer-value');
  await probe.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => readout(page, 'explorer-value')).not.toBe(value0);

  const jump = widget.getByRole('button', { name: 'Jump to the saddle at (0, 0)' });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('explorer-verdict')).toContainText('Critical point: a saddle');
  await expect(widget.getByTestId('explorer-verdict')).toContainText('opposite signs');
  await expect(jump).toHaveAttribute('aria-pressed', 'true');
});

test('the gradient field draws arrows on the map', async ({ page }) => {
  const widget = await open(page, '?explorer.surface=himmelblau');
  await expect(widget.getByTestId('vector-field')).toHaveCount(0);
  await widget.getByRole('switch', { name: 'Gradient field' }).check();
  await expect(widget.getByTestId('vector-field')).toHaveCount(1);
  const d = await widget.getByTestId('vector-field').locator('path').first().getAttribute('d');
  expect((d ?? '').split('M').length).toBeGreaterThan(100); // 15 × 15 arrows, three strokes each
});

test('a shared link reopens the same surface, view and probe', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await open(page, '?explorer.surface=beale');
  await widget.getByRole('button', { name: /Jump to the saddle at \(0\.1/ }).click();
  await widget.getByLabel('View').selectOption({ label: '3-D' });
  await widget.getByRole('slider', { name: 'Tilt' }).focus();
  await page.keyboard.press('End');
  const probe = await readout(page, 'explorer-probe');
  const verdict = await widget.getByTestId('explorer-verdict').textContent();
  await widget.getByRole('button', { name: 'Share' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('explorer.surface=beale');
  expect(url).toContain('explorer.view=3d');

  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  await gotoHydrated(other, url);
  await other.waitForLoadState('networkidle');
  const reopened = other.locator('#explorer');
  await expect.poll(() => readout(other, 'explorer-probe')).toBe(probe);
  await expect(reopened.getByTestId('explorer-verdict')).toHaveText(verdict ?? '');
  await expect(reopened.getByTestId('explorer-verdict')).toContainText('saddle');
  await expect(reopened.getByLabel('Surface')).toHaveValue('beale');
  await expect(reopened.getByRole('slider', { name: 'Tilt' })).toHaveValue('90');
  expect(otherMessages).toEqual([]);
});

test('bad values in a link are repaired with a visible message', async ({ page }) => {
  await gotoHydrated(page, `${PAGE}?explorer.surface=banana&explorer.kappa=500#explorer`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('#explorer').getByRole('status').first();
  await expect(status).toContainText('banana');
  await expect(status).toContainText('above the maximum 100');

  // a probe outside the chosen surface's window is moved in, and the reader is told
  await gotoHydrated(page, `${PAGE}?explorer.surface=rosenbrock&explorer.x=9&explorer.y=0#explorer`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#explorer').getByRole('status').first()).toContainText('The probe (9, 0) is outside the Rosenbrock valley window');
  await expect.poll(() => readout(page, 'explorer-probe')).toBe('(x, y) = (2, 0)');
});

for (const view of ['contour', '3d']) {
  test(`axe finds no serious or critical problems in the ${view} view`, async ({ page }) => {
    await open(page, `?explorer.view=${view}&explorer.field=1`);
    const results = await new AxeBuilder({ page }).include('#explorer').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('a wide surface gets the whole width: the six-hump camel map is not squeezed beside its jump buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const widget = await open(page, '?explorer.surface=sixHumpCamel');
  const map = widget.getByRole('group', { name: /Six-hump camel/ }).first();
  const [mapBox, frameBox] = [await map.boundingBox(), await widget.boundingBox()];
  if (!mapBox || !frameBox) throw new Error('no boxes');
  expect(mapBox.width).toBeGreaterThan(0.8 * frameBox.width);
  // the jump buttons wrap in rows: the block is far shorter than one button per line
  const jumps = widget.getByRole('group', { name: 'Jump to a critical point' });
  const buttons = await jumps.getByRole('button').count();
  const jumpsBox = await jumps.boundingBox();
  expect(jumpsBox?.height ?? Infinity).toBeLessThan(buttons * 20); // one button per line is about 37 px each
});

test('at desktop width a formula that fits is not a scrolling box: no edge shadow, no extra Tab stop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const widget = await open(page);
  await page.evaluate(() => document.fonts.ready);
  const formulaBox = widget.locator('.katex').first().locator('xpath=ancestor::div[./div[contains(@class, "content")]][1]');
  await expect(formulaBox).toHaveCount(1);
  for (const label of ['Quadratic bowl', 'Six-hump camel']) {
    await widget.getByLabel('Surface').selectOption({ label });
    await expect(widget.locator('.katex').first()).toBeVisible();
    // KaTeX's superscripts overhang their box by a pixel or two; that is not overflow
    await expect.poll(() => formulaBox.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await expect(formulaBox).not.toHaveAttribute('data-more-after');
    await expect(formulaBox).not.toHaveAttribute('tabindex');
  }
});
