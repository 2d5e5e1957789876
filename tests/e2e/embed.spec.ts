/**
 * Embed pages (/embed/<widget>/) in real Chromium: one widget with no site chrome, its state
 * from the URL, the theme from ?theme=, a link back to its chapter; and inside another page's
 * iframe sandboxed as WordPress does it (allow-scripts, no allow-same-origin), the height
 * messages a host needs: ours, and WordPress's with the secret from the fragment.
 */
import { expect, test } from '@playwright/test';
import { failOnConsoleMessages, gotoIsland } from './helpers';

failOnConsoleMessages();

test('the race alone: no site header, state and theme from the URL, a link back to chapter 4', async ({ page }) => {
  await page.goto('/embed/optimizer-race/?race.nesterov=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('header, footer, nav')).toHaveCount(0);
  await expect(page).toHaveTitle('Optimizer race · Descent');
  const race = page.locator('section#race');
  // hydrated and computed: the legend lists Nesterov, which the URL switched on
  await expect(race.getByTestId('race-legend')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(race.getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"]')).toHaveCount(1);
  const back = page.getByRole('link', { name: 'Descent, chapter 4: Optimizers' });
  await expect(back).toHaveAttribute('href', '/optimizers/');
  await expect(back).toHaveAttribute('target', '_blank');
});

test('in a sandboxed iframe (allow-scripts only) it posts its height, and WordPress’s message with the secret', async ({ page, baseURL }) => {
  await page.goto('/embed/learning-rate/'); // any page of the site, so the host below has an origin of its own to compare
  const src = `${baseURL}/embed/learning-rate/?theme=light#?secret=Ab12cd`;
  // The listener is in place before the frame loads: its first messages must not be missed.
  const listen = 'window.messages = []; addEventListener("message", (e) => window.messages.push(e.data));';
  await page.setContent(`<!doctype html><body><script>${listen}</script><iframe sandbox="allow-scripts" src="${src}" width="600" height="150" title="widget"></iframe></body>`);
  const messages = () => page.evaluate(() => (window as Window & { messages?: unknown[] }).messages ?? []);
  type Ours = { type: string; slug: string; height: number };
  type WordPress = { message: string; value: number; secret: string };
  await expect.poll(async () => (await messages()).some((m) => (m as Ours).type === 'descent:height'), { timeout: 30_000 }).toBe(true);
  const all = await messages();
  const ours = all.filter((m): m is Ours => (m as Ours).type === 'descent:height');
  const wp = all.filter((m): m is WordPress => (m as WordPress).message === 'height');
  expect(ours.at(-1)?.slug).toBe('learning-rate');
  expect(ours.at(-1)?.height).toBeGreaterThan(300); // the whole widget, not the 150 px frame
  expect(wp.at(-1)).toEqual({ message: 'height', value: ours.at(-1)?.height, secret: 'Ab12cd' });
  // the widget inside answers a key: sized to its message, the frame shows it working (once
  // hydrated: a key pressed on the prerendered slider is lost when React takes it over)
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-island]').first()).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  const alpha = frame.getByRole('slider', { name: 'Learning rate α' });
  await alpha.focus();
  const before = await alpha.getAttribute('aria-valuetext');
  await page.keyboard.press('ArrowRight');
  await expect(alpha).not.toHaveAttribute('aria-valuetext', before ?? '');
});

test('a widget that computes in a worker works inside the sandbox too: its worker starts from a blob', async ({ page, baseURL }) => {
  await page.goto('/embed/optimizer-race/');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.setContent(`<!doctype html><body><iframe sandbox="allow-scripts" src="${baseURL}/embed/optimizer-race/?race.nesterov=1" width="700" height="900" title="widget"></iframe></body>`);
  const race = page.frameLocator('iframe').locator('section#race');
  await expect(race.getByTestId('race-legend')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(race.getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"] td').first()).not.toHaveText('…');
  // the opaque origin cannot load the worker by URL; the blob that importScripts it can
  expect(workers.some((url) => url.startsWith('blob:'))).toBe(true);
});

test('the Embed button in the chapter gives an iframe and an element of the widget with its current settings, which show them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // hydrated first: a press on the prerendered button before then does nothing
  await gotoIsland(page, '/optimizers/?race.nesterov=1#race', 'OptimizerRaceWidget');
  const race = page.locator('section#race');
  const embed = race.getByRole('button', { name: 'Embed' });
  await embed.click();
  const code = race.getByRole('textbox', { name: /an iframe, for any course page/ });
  const html = await code.inputValue();
  const element = await race.getByRole('textbox', { name: /the descent-widget element/ }).inputValue();
  expect(element).toMatch(/^<script type="module" src="http:\/\/localhost:\d+\/embed\/descent\.js"><\/script>\n<descent-widget name="optimizer-race" [^>]*nesterov="1"/);
  expect(html).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/optimizer-race\/\?race\.[^"]*" title="Optimizer race \(Descent\)" width="100%" height="\d+"/);
  expect(html).toContain('race.nesterov=1'); // the settings on screen, not the defaults
  expect(html).not.toContain('#race'); // no anchor: the frame shows the widget from its top
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
  // pasted into a page, in a column as wide as the chapter's, the frame shows the race with Nesterov racing
  const width = await race.evaluate((section) => Math.round(section.getBoundingClientRect().width));
  await page.setContent(`<!doctype html><body style="margin:0"><div style="width:${width}px">${html}</div></body>`);
  const framed = page.frameLocator('iframe').locator('section#race');
  await expect(framed.getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"]')).toHaveCount(1, { timeout: 30_000 });
  // the height is the widget's own in the chapter plus the link back: a frame of it shows the top
  // of the widget and its title (widgets lay out by the viewport's width, so inside a narrower
  // frame they can be taller: the host resizes it from the height messages)
  const frameHeight = Number(/height="(\d+)"/.exec(html)?.[1]);
  expect(frameHeight).toBeGreaterThan(1000);
  const top = await page.frameLocator('iframe').getByRole('heading', { name: 'Optimizer race' }).evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(100); // the widget's title at the frame's top
  // the element, pasted into a page, shows the same settings
  await page.setContent(`<!doctype html><body><div style="width:${width}px">${element}</div></body>`);
  await expect(page.locator('descent-widget').getByTestId('race-legend').locator('tbody tr[data-racer="nesterov"]')).toHaveCount(1, { timeout: 30_000 });
});

test('a teacher’s options: a caption, a hidden control, a locked one (no key moves it), an unknown key reported', async ({ page }) => {
  const caption = 'Is <em>this</em> rate stable?';
  await page.goto(`/embed/learning-rate/?rate.lr=0.5&hide=steps&lock=lr&caption=${encodeURIComponent(caption)}`);
  const widget = page.locator('section#rate');
  await expect(page.locator('[data-embed-caption]')).toHaveText(caption); // as text, not markup
  await expect(widget.getByRole('slider', { name: 'Steps' })).toHaveCount(0);
  const alpha = widget.getByRole('slider', { name: 'Learning rate α' });
  await expect(alpha).toBeDisabled();
  await expect(alpha).toHaveAccessibleDescription('Fixed for this exercise.');
  await expect(alpha).toHaveAttribute('aria-valuetext', '0.5');
  // the other controls still work
  const curvature = widget.getByRole('slider', { name: 'Curvature λ' });
  const before = await curvature.getAttribute('aria-valuetext');
  await curvature.focus();
  await page.keyboard.press('End');
  await expect(curvature).not.toHaveAttribute('aria-valuetext', before ?? '');
  await expect(alpha).toHaveAttribute('aria-valuetext', '0.5');

  // before the widget hydrates (its code held back here), the page already hides and locks them
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/LearningRateWidget-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/embed/learning-rate/?rate.lr=0.5&hide=steps&lock=lr`);
  const early = page.locator('section#rate');
  await expect(early.getByRole('slider', { name: 'Learning rate α' })).toBeDisabled();
  await expect(early.getByRole('slider', { name: 'Steps' })).toBeHidden();
  await expect(page.locator('[data-island]').first()).not.toHaveAttribute('data-island-hydrated', '');
  release();
  await expect(page.locator('[data-island]').first()).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  await expect(early.getByRole('slider', { name: 'Steps' })).toHaveCount(0);

  await page.goto('/embed/learning-rate/?hide=stepz');
  await expect(page.locator('section#rate').getByRole('status')).toContainText('hide: “stepz” is not a setting of this widget (its settings: ');
});

test('oEmbed: the page’s discovery link gives a rich JSON whose iframe shows the widget', async ({ page, baseURL, request }) => {
  await page.goto('/embed/momentum-explorer/');
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('title', 'Momentum explorer (Descent)');
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.pathname).toBe('/embed/momentum-explorer/oembed.json');
  // The build writes absolute URLs for its public origin (DESCENT_ORIGIN); read it from this server.
  const response = await request.get(href.pathname);
  expect(response.headers()['content-type']).toContain('application/json');
  const json = (await response.json()) as { type: string; version: string; html: string; width: number; height: number; provider_name: string };
  expect(json).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Descent', width: 700 });
  expect(json.height).toBeGreaterThan(500);
  const src = new URL(/src="([^"]+)"/.exec(json.html)?.[1] ?? '');
  expect(src.pathname).toBe('/embed/momentum-explorer/');
  // what a host does with it: the iframe in a post, sandboxed as WordPress does
  const html = json.html.replace(src.origin, baseURL ?? '').replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  await page.setContent(`<!doctype html><body style="margin:0;width:700px">${html}</body>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Momentum explorer' })).toBeVisible({ timeout: 30_000 });
  expect(Number(/height="(\d+)"/.exec(json.html)?.[1])).toBeGreaterThanOrEqual(json.height);
});
