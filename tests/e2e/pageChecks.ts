/**
 * Whole-page checks a chapter's page spec runs on its widgets: axe's serious problems, the
 * contrast of SVG text that axe leaves undecided, and anything inside a widget that sticks out
 * of its frame. Shared by the chapter page specs (optimizers-page, generalization-page,
 * backpropagation-page); declarePageChecks declares the three tests every chapter page has.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };

/** axe's serious and critical violations, one line each. */
export const serious = (violations: Violation[]): string[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);

/** Relative luminance from a computed colour ("rgb(…)"), 0 … 1, for "is the page dark?". */
export const luminance = (css: string): number => {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

/** SVG text in the widgets with a contrast under 4.5:1 against the background behind it. */
export function lowContrastSvgText(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((widgetIds) => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (rgb: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(rgb[0]) + 0.7152 * f(rgb[1]) + 0.0722 * f(rgb[2]);
    };
    const background = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const id of widgetIds) {
      for (const t of document.querySelectorAll(`section#${id} svg text`)) {
        const cs = getComputedStyle(t);
        if (!(t.textContent ?? '').trim() || cs.visibility === 'hidden' || cs.display === 'none') continue;
        const alpha = Number(cs.opacity) * Number(cs.fillOpacity);
        const bg = background(t);
        const fg = parse(cs.fill).slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        if (ratio < 4.5) out.push(`${id}: "${t.textContent}" ${ratio.toFixed(2)}:1`);
      }
    }
    return out;
  }, [...ids]);
}

/** Elements inside the widget `section#id` whose right edge passes the frame's (wide tables and
 *  other boxes that scroll in their own region are allowed). */
export function overflowingElements(page: Page, id: string): Promise<string[]> {
  return page.locator(`section#${id}`).evaluate((root) => {
    const right = root.getBoundingClientRect().right + 1;
    return [...root.querySelectorAll('*')]
      .filter((el) => !el.closest('[data-more-after], [role="region"][tabindex]'))
      .filter((el) => el.getBoundingClientRect().right > right && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 5);
  });
}

/**
 * Opens `url` (a link to one widget: state and #anchor) and expects no id twice on the page,
 * so the anchor lands on the widget's section: a heading's id comes from its text, and a
 * heading named like a widget would take the widget's id.
 */
export async function expectUniqueIdsAndAnchor(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(url);
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
  await expect(page.locator(':target')).toHaveJSProperty('tagName', 'SECTION');
}

/**
 * On a page opened in dark mode with its widgets drawn: the page is dark for real (its
 * background, and the heading of widget `first`, so the checks mean something); axe finds no
 * contrast problem in any widget and really compared their HTML text (over 100 nodes); and no
 * SVG text (which axe leaves undecided) is low in contrast over its widget's background.
 */
export async function expectDarkAndReadable(page: Page, widgets: readonly string[]): Promise<void> {
  expect(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeLessThan(0.2);
  expect(luminance(await page.locator(`section#${widgets[0]} h3`).evaluate((h) => getComputedStyle(h).color))).toBeGreaterThan(0.7);
  const axe = new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']);
  for (const id of widgets) axe.include(`section#${id}`);
  const results = await axe.analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(100);
  expect(await lowContrastSvgText(page, widgets)).toEqual([]);
}

export interface PageChecks {
  /** Opens the page with every widget hydrated and its first computations on screen. */
  readonly open: (page: Page) => Promise<void>;
  readonly widgets: readonly string[];
  /** Viewport widths axe runs at (light mode). */
  readonly axeWidths: readonly number[];
  /** A link to one widget, with state and #anchor, for the unique-ids check. */
  readonly anchorUrl: string;
}

/**
 * The tests every chapter page has: axe finds no serious or critical problems (at each width),
 * dark mode is dark with no contrast problem in any widget, and every id is unique so a shared
 * link's #anchor lands on its widget.
 */
export function declarePageChecks({ open, widgets, axeWidths, anchorUrl }: PageChecks): void {
  for (const width of axeWidths) {
    test(`axe finds no serious or critical problems on the page at ${width} px`, async ({ page }) => {
      test.setTimeout(240_000); // axe walks every node of a long chapter; slow on a busy 2-core machine
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(serious(results.violations)).toEqual([]);
    });
  }

  test('dark mode: the page is dark and no widget has a contrast problem', async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1200, height: 900 });
    await open(page);
    await expectDarkAndReadable(page, widgets);
  });

  test('every id on the page is unique, so a shared link\'s #anchor lands on its widget', async ({ page }) => {
    await expectUniqueIdsAndAnchor(page, anchorUrl);
  });
}
