/**
 * The book's widgets in a course page of another origin (fixtures/course-page.html, served at
 * http://course.example by the test itself): two <descent-widget> elements and two iframes, one
 * sandboxed as WordPress does it. They work by pointer, keyboard and touch; the frames take
 * their widgets' heights; the page's own elements look exactly as they do without the widgets;
 * nothing is added to the page's globals; a wrong attribute is explained where it is; and a page
 * whose policy forbids workers still gets its results.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { dragSlider, failOnConsoleMessages, fingerDrag } from './helpers';

// two tests forbid workers or inline styles, and Chromium reports what it refused; one cuts the
// network under a widget
failOnConsoleMessages(/worker-src 'none'|Applying inline style violates|Failed to load resource: net::ERR_FAILED/);

const COURSE = 'http://course.example/week-3/';
// The course page is public and the book's test server is on the loopback, which Chromium's
// local-network protection would refuse; deployed, both are public.
test.use({ launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });
const FIXTURE = readFileSync(new URL('./fixtures/course-page.html', import.meta.url), 'utf8');

const widgets = (descent: string) => `
  <div class="course-box">
    <descent-widget id="w-race" name="optimizer-race" nesterov="1" caption="Which optimizer gets there first?"></descent-widget>
    <descent-widget id="w-rate" name="learning-rate" theme="dark" lock="problem"></descent-widget>
    <iframe id="f-plain" src="${descent}/embed/fit-line/" title="Fit line" width="100%" height="150" style="border:0"></iframe>
    <iframe id="f-wp" sandbox="allow-scripts" security="restricted" data-secret="Wp12Secret" src="${descent}/embed/momentum-explorer/#?secret=Wp12Secret" title="Momentum" width="100%" height="200"></iframe>
  </div>
  <script>
    addEventListener('message', (e) => {
      if (!e.data || e.data.type !== 'descent:height') return;
      for (const frame of document.querySelectorAll('iframe'))
        if (frame.contentWindow === e.source) frame.style.height = e.data.height + 'px';
    });
  </script>
  <script type="module" src="${descent}/embed/descent.js"></script>`;

interface Served {
  html: string;
  policy?: string;
}
const served = new WeakMap<Page, Served>();

/**
 * Opens the course page (with or without the widgets), served under the given policy. The whole
 * course origin is routed once per page (anything but the page is a 404), so a late request
 * such as the favicon's never reaches the real network.
 */
async function openCourse(page: Page, descent: string, options: { withWidgets?: boolean; policy?: string } = {}): Promise<void> {
  const next = { html: FIXTURE.replace('<!--WIDGETS-->', options.withWidgets === false ? '' : widgets(descent)), policy: options.policy };
  if (!served.has(page))
    await page.route(`${new URL(COURSE).origin}/**`, (route) => {
      const now = served.get(page);
      if (!now || route.request().url() !== COURSE) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: now.html, headers: now.policy ? { 'content-security-policy': now.policy } : {} });
    });
  served.set(page, next);
  await page.goto(COURSE);
}

const race = (page: Page) => page.locator('#w-race');
const rate = (page: Page) => page.locator('#w-rate');

test('both elements work by pointer and keyboard; the attributes set them', async ({ page, baseURL }) => {
  await openCourse(page, baseURL ?? '');
  // the race, with Nesterov on from its attribute, computes (in a worker started from a blob)
  const legend = race(page).getByTestId('race-legend');
  await expect(legend).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(legend.locator('tbody tr[data-racer="nesterov"] td').first()).not.toHaveText('…');
  await expect(race(page).locator('.descent-caption')).toHaveText('Which optimizer gets there first?');
  // keyboard
  const alpha = rate(page).getByRole('slider', { name: 'Learning rate α' });
  const before = await alpha.getAttribute('aria-valuetext');
  await alpha.focus();
  await page.keyboard.press('End');
  await expect(alpha).not.toHaveAttribute('aria-valuetext', before ?? '');
  // pointer
  const steps = rate(page).getByRole('slider', { name: 'Steps' });
  const stepsBefore = await steps.getAttribute('aria-valuetext');
  await dragSlider(page, steps, 0.3, 0.8);
  await expect(steps).not.toHaveAttribute('aria-valuetext', stepsBefore ?? '');
  // the locked setting cannot be changed
  await expect(rate(page).getByRole('combobox', { name: 'Problem' })).toBeDisabled();
  // a changed attribute changes the widget
  await race(page).evaluate((el) => el.setAttribute('nesterov', '0'));
  await expect(legend.locator('tbody tr[data-racer="nesterov"]')).toHaveCount(0);
});

/** Drags a range input by finger from its thumb most of the way to its right end. */
async function fingerDragSlider(page: Page, slider: Locator): Promise<void> {
  // scrolled by the page itself: Chromium pauses frames of another origin while they are out of
  // view, so Playwright's own scrolling would wait forever for the frame to paint
  await slider.evaluate((input) => input.scrollIntoView({ block: 'center' }));
  const box = await slider.boundingBox();
  if (!box) throw new Error('fingerDragSlider: the slider has no box');
  const fraction = await slider.evaluate((input) => {
    const range = input as HTMLInputElement;
    return (Number(range.value) - Number(range.min)) / (Number(range.max) - Number(range.min));
  });
  const from = { x: box.x + box.width * fraction, y: box.y + box.height / 2 };
  await fingerDrag(page, from, box.x + box.width * 0.97 - from.x, 0);
}

test('touch at 375 px: a finger drags sliders in an element and in the sandboxed frame', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await openCourse(page, baseURL ?? '');
  // the race above finishes (and stops changing height) before a finger aims at anything below
  await expect(race(page).getByTestId('race-legend')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  for (const slider of [
    rate(page).getByRole('slider', { name: 'Learning rate α' }),
    page.frameLocator('#f-wp').getByRole('slider', { name: 'Momentum β' }),
  ]) {
    await expect(slider).toBeVisible({ timeout: 30_000 });
    const before = await slider.getAttribute('aria-valuetext');
    await fingerDragSlider(page, slider);
    await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  }
  await context.close();
});

test('the frames take their widgets’ heights (ours by the host script, the sandboxed one by WordPress’s message) and work', async ({ page, baseURL }) => {
  await openCourse(page, baseURL ?? '');
  const plain = page.locator('#f-plain');
  await expect.poll(() => plain.evaluate((f) => f.getBoundingClientRect().height), { timeout: 30_000 }).toBeGreaterThan(500);
  // the frame follows its page's height, which settles after hydration (a wait for a state:
  // on a busy machine the first height can land before the last layout)
  const mismatch = async () => Math.abs((await plain.evaluate((f) => f.getBoundingClientRect().height)) - (await page.frameLocator('#f-plain').locator('html').evaluate((h) => h.scrollHeight)));
  await expect.poll(mismatch, { timeout: 30_000 }).toBeLessThanOrEqual(1);
  await expect.poll(() => page.evaluate(() => (window as Window & { frameHeights?: [string, number][] }).frameHeights?.length ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.locator('#f-wp')).not.toHaveAttribute('height', '200');
  // and they work: the plain one by keyboard once hydrated (a key pressed on the prerendered
  // slider is lost when React takes it over), the sandboxed one by pointer (the drag scrolls it
  // into view, where it hydrates)
  await expect(page.frameLocator('#f-plain').locator('[data-island]').first()).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  const slope = page.frameLocator('#f-plain').getByRole('slider', { name: 'Slope m' });
  const slopeBefore = await slope.getAttribute('aria-valuetext');
  await slope.focus();
  await page.keyboard.press('End');
  await expect(slope).not.toHaveAttribute('aria-valuetext', slopeBefore ?? '');
  const beta = page.frameLocator('#f-wp').getByRole('slider', { name: 'Momentum β' });
  const betaBefore = await beta.getAttribute('aria-valuetext');
  await dragSlider(page, beta, 0.2, 0.6);
  await expect(beta).not.toHaveAttribute('aria-valuetext', betaBefore ?? '');
});

test('the page looks the same with and without the widgets, and gains no globals', async ({ page, baseURL }) => {
  const styles = () =>
    page.evaluate(() =>
      ['course-title', 'course-text', 'course-input', 'course-button', 'course-svg', 'course-clicks'].map((id) => {
        const el = document.getElementById(id);
        if (!el) return `${id}: missing`;
        const s = getComputedStyle(el);
        return `${id}: ${['font-family', 'font-size', 'color', 'background-color', 'box-sizing', 'width', 'height', 'border-top', 'padding-left', 'line-height', 'fill'].map((p) => s.getPropertyValue(p)).join(' | ')}`;
      }),
    );
  await openCourse(page, baseURL ?? '', { withWidgets: false });
  const without = await styles();
  await openCourse(page, baseURL ?? '');
  await expect(race(page).getByTestId('race-legend')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  expect(await styles()).toEqual(without);
  // the page's own script still works
  await page.locator('#course-button').click();
  await expect(page.locator('#course-clicks')).toHaveText('1 clicks');
  // nothing new on window; in the head, only the fonts' stylesheet
  const added = await page.evaluate(() => {
    const before = new Set((window as Window & { globalsBefore?: string[] }).globalsBefore ?? []);
    // indices are the page's own two frames
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && !/^\d+$/.test(name));
  });
  expect(added).toEqual([]);
  expect(await page.evaluate(() => [...document.head.querySelectorAll('link')].map((l) => l.href.replace(/^.*\//, '')))).toEqual(['descent-fonts.css']);
  expect(await page.evaluate(() => customElements.get('descent-widget') !== undefined)).toBe(true);
});

test('a wrong attribute is explained inside the element, naming what it takes', async ({ page, baseURL }) => {
  await openCourse(page, baseURL ?? '');
  await expect(rate(page).getByRole('slider', { name: 'Learning rate α' })).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const box = document.querySelector('.course-box');
    box?.insertAdjacentHTML('beforeend', '<descent-widget id="w-bad" name="learning-rate" problem="saddle" stepz="9"></descent-widget><descent-widget id="w-none" name="learning-rates"></descent-widget>');
  });
  await expect(page.locator('#w-bad [role="alert"]')).toContainText('attribute “stepz” is not a setting of the learning rate (its settings: ');
  await expect(page.locator('#w-bad').getByRole('status')).toContainText('problem = "saddle"');
  await expect(page.locator('#w-none [role="alert"]')).toContainText('attribute name=“learning-rates” is not a widget (the names: fit-line, ');
  // a widget whose files cannot be fetched says so, in its place
  await page.route('**/embed/element/StepSizeWidget-*', (route) => route.abort());
  await page.evaluate(() => document.querySelector('.course-box')?.insertAdjacentHTML('beforeend', '<descent-widget id="w-offline" name="step-size"></descent-widget>'));
  await expect(page.locator('#w-offline [role="alert"]')).toContainText('the step size could not be loaded from ');
});

/** Collects the page's Content-Security-Policy reports from its console. */
function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  return violations;
}

/**
 * The policy the book meets on its own pages, as a course page of another origin writes it: the
 * book's address where 'self' would be, and 'unsafe-inline' scripts for the page's own.
 */
const coursePolicy = (book: string, workers: string, inlineStyles = true) =>
  `default-src 'self'; script-src 'self' 'unsafe-inline' ${book}; style-src 'self' ${inlineStyles ? "'unsafe-inline' " : ''}${book}; img-src 'self' data:; font-src 'self' ${book}; connect-src ${book}; frame-src ${book}; worker-src ${workers}`;

test('under a course page’s strict policy the elements compute in a worker with no violation', async ({ page, baseURL }) => {
  const violations = policyViolations(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openCourse(page, baseURL ?? '', { policy: coursePolicy(baseURL ?? '', "'self' blob:") });
  const legend = race(page).getByTestId('race-legend');
  await expect(legend).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(page.frameLocator('#f-plain').getByRole('slider', { name: 'Slope m' })).toBeVisible();
  // a widget with formulas: KaTeX's fonts come from the book, which font-src allows
  await page.evaluate(() => document.querySelector('.course-box')?.insertAdjacentHTML('afterbegin', '<descent-widget id="w-tex" name="surface-explorer"></descent-widget>'));
  await expect(page.locator('#w-tex .katex').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length)).toBeGreaterThan(0);
  // another origin's script cannot be a worker; a blob that imports it can (one, shared)
  expect(workers.filter((url) => url.startsWith('blob:'))).toHaveLength(1);
  expect(violations).toEqual([]);
});

test('under a course page’s strict policy, with workers forbidden, the widgets still compute', async ({ page, baseURL }) => {
  const violations = policyViolations(page);
  await openCourse(page, baseURL ?? '', { policy: coursePolicy(baseURL ?? '', "'none'") });
  const legend = race(page).getByTestId('race-legend');
  await expect(legend).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(legend.locator('tbody tr[data-racer="nesterov"] td').first()).not.toHaveText('…');
  // the one refusal is the worker's; styles, fonts and scripts all came from where the policy allows
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.filter((v) => !v.includes("worker-src 'none'"))).toEqual([]);
});

test('under a course page’s policy with no inline styles, an element’s formula keeps its styles', async ({ page, baseURL }) => {
  const violations = policyViolations(page);
  await openCourse(page, baseURL ?? '', { policy: coursePolicy(baseURL ?? '', "'self' blob:", false) });
  await page.evaluate(() => document.querySelector('.course-box')?.insertAdjacentHTML('afterbegin', '<descent-widget id="w-tex" name="surface-explorer"></descent-widget>'));
  await expect(page.locator('#w-tex .katex').first()).toBeVisible({ timeout: 30_000 });
  expect(violations.some((v) => v.includes('Applying inline style'))).toBe(true); // KaTeX's, refused ...
  // ... and applied again: none left with an attribute but no declarations
  const unapplied = await page.locator('#w-tex').evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[style]') ?? [])].filter((el) => (el.getAttribute('style') ?? '').trim() !== '' && el.style.length === 0).length,
  );
  expect(unapplied).toBe(0);
  await expect(page.locator('#w-tex .katex [style]').first()).toBeAttached();
});

/**
 * The fraction of pixels that differ (any channel by more than 24 of 255) between two PNGs of
 * the same size, measured in the browser's own canvas (no image library needed).
 */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([one, two]) => {
    const load = async (base64: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const [x, y] = await Promise.all([load(one), load(two)]);
    if (x.width !== y.width || x.height !== y.height) return 1;
    const read = (image: ImageBitmap) => {
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('pixelDifference: no 2d context');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [p, q] = [read(x), read(y)];
    let differing = 0;
    for (let i = 0; i < p.length; i += 4)
      if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) differing++;
    return differing / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')] as const);
}

/** A picture of the element's box, cut to whole pixels (a widget's height can end in .5). */
async function shot(page: Page, target: Locator): Promise<Buffer> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('shot: the element has no box');
  return page.screenshot({ animations: 'disabled', clip: { x: Math.round(box.x), y: Math.round(box.y), width: Math.floor(box.width), height: Math.floor(box.height) } });
}

/**
 * A plain widget in both themes, and one with a formula, which needs KaTeX's fonts (declared by
 * the page) and a surface computed in the worker. The share of pixels allowed to differ: no
 * more than antialiasing makes.
 */
const LOOKS: readonly { name: string; theme: 'light' | 'dark' }[] = [
  { name: 'fit-line', theme: 'light' },
  { name: 'fit-line', theme: 'dark' },
  { name: 'surface-explorer', theme: 'light' },
];

test('an element looks as the widget does in the book', async ({ browser, page, baseURL }) => {
  // tall enough for a whole widget: formulas out of view are typeset only when scrolled to
  const height = 2400;
  await page.setViewportSize({ width: 1280, height });
  await openCourse(page, baseURL ?? '');
  for (const { name, theme } of LOOKS) {
    await page.evaluate(([n, t]) => {
      document.querySelector('#compare')?.remove();
      // placed on whole pixels, as the book's is (text drawn half a pixel lower antialiases differently)
      document.body.insertAdjacentHTML('beforeend', `<div id="compare" style="position:absolute;left:16px;top:3000px;width:700px"><descent-widget id="w-compare" name="${n}" theme="${t}"></descent-widget></div>`);
    }, [name, theme] as const);
    const inElement = page.locator('#w-compare section[data-widget]');
    await expect(inElement.getByRole('slider').first()).toBeVisible({ timeout: 30_000 });
    const width = (await inElement.boundingBox())?.width ?? 0;
    // the book's embed page, its frame as wide as the element plus the page's 0.5rem padding
    const book = await browser.newPage({ viewport: { width: Math.round(width) + 16, height } });
    await book.goto(`${baseURL ?? ''}/embed/${name}/?theme=${theme}`);
    const inBook = book.locator('section[data-widget]');
    await expect(inBook.getByRole('slider').first()).toBeVisible();
    for (const p of [page, book]) await p.evaluate(() => document.fonts.ready);
    // both settle to the same picture (a computed plot may arrive late)
    await expect.poll(async () => pixelDifference(page, await shot(page, inElement), await shot(book, inBook)), { message: `${name}, ${theme}: share of pixels that differ`, timeout: 20_000 }).toBeLessThan(0.001);
    await book.close();
  }
});
