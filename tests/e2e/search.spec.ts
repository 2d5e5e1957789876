/**
 * "Hyperparameter search" on its embed page, in Chromium: the loss map computes on first view
 * and nothing else runs; Run by mouse, by keyboard and by finger at phone width; Cancel mid-way.
 * The trainings are fast (a whole search takes milliseconds), so to press Cancel mid-way the
 * page's Worker is wrapped to hold its progress messages until the test releases them; the
 * waits are on text, never on time.
 */
import { expect, type Page, test } from '@playwright/test';
import { failOnConsoleMessages, parseShown } from './helpers';

failOnConsoleMessages();

const EMBED = '/embed/hyperparameter-search/';

interface Gate {
  on: boolean;
  held: (() => void)[];
}
type GatedWindow = Window & { searchGate?: Gate };

/** Wraps Worker so that, while the gate is on, progress and done messages wait in a queue. */
async function installGate(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const gate: Gate = { on: false, held: [] };
    (window as GatedWindow).searchGate = gate;
    const Native = window.Worker;
    class GatedWorker extends Native {
      private handler: ((event: MessageEvent) => void) | null = null;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        super.onmessage = (event: MessageEvent) => {
          const type = (event.data as { type?: string } | null)?.type;
          if (gate.on && (type === 'progress' || type === 'done')) gate.held.push(() => this.handler?.(event));
          else this.handler?.(event);
        };
      }
      override get onmessage() { return this.handler; }
      override set onmessage(h: ((event: MessageEvent) => void) | null) { this.handler = h; }
    }
    window.Worker = GatedWorker;
  });
}

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-island="HyperparameterSearchWidget"]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  await expect(page.getByTestId('search-map')).toHaveAttribute('data-ready', 'true');
}

async function expectFinished(page: Page, perSearch: number): Promise<void> {
  await expect(page.getByTestId('search-progress-grid')).toHaveText(`${perSearch} of ${perSearch} trials`);
  await expect(page.getByTestId('search-progress-random')).toHaveText(`${perSearch} of ${perSearch} trials`);
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-status', 'done');
  for (const kind of ['grid', 'random']) {
    const best = parseShown(await page.getByTestId(`search-best-${kind}`).innerText());
    expect(best).toBeGreaterThan(0.05);
    expect(best).toBeLessThan(1);
  }
  const distinct = async (kind: string) => Number(await page.getByTestId(`search-distinct-${kind}`).innerText());
  expect(await distinct('grid')).toBe(Math.sqrt(perSearch));
  expect(await distinct('random')).toBe(perSearch);
}

test('on first view the loss map computes and no search runs; Run by mouse fills the table', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('search-table')).toHaveCount(0);
  await expect(page.getByTestId('search-map-diverged').locator('rect').first()).toBeVisible();
  await page.getByRole('button', { name: 'Run the searches' }).click();
  await expectFinished(page, 16);
  // the grid's right column (α = 10^0.5) is past the stability limit: four of its trials diverge
  await expect(page.getByTestId('search-diverged-grid')).toHaveText('4 of 16');
  await expect(page.locator('section#search [data-best]')).toHaveCount(6); // best of each, on 3 plots
});

test('keyboard: Tab to Run, Enter runs the searches', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Draw new random trials' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Run the searches' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectFinished(page, 16);
});

test('Cancel mid-way keeps the trials that landed, labelled partial', async ({ page }) => {
  await installGate(page);
  await open(page);
  await page.evaluate(() => { (window as GatedWindow).searchGate!.on = true; });
  await page.getByRole('button', { name: 'Run the searches' }).click();
  await expect.poll(() => page.evaluate(() => (window as GatedWindow).searchGate!.held.length)).toBeGreaterThanOrEqual(3);
  await page.evaluate(() => { const g = (window as GatedWindow).searchGate!; for (let i = 0; i < 3; i++) g.held.shift()?.(); });
  await expect(page.getByTestId('search-progress-grid')).toHaveText('2 of 16 trials');
  await expect(page.getByTestId('search-progress-random')).toHaveText('1 of 16 trials');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => { const g = (window as GatedWindow).searchGate!; g.on = false; while (g.held.length) g.held.shift()?.(); });
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-status', 'partial');
  await expect(page.getByTestId('search-partial')).toHaveText('Cancelled after 3 of 32 trials: the results below are partial.');
  await expect(page.getByTestId('search-table')).toHaveAttribute('data-partial', 'true');
  await expect(page.getByTestId('search-progress-grid')).toHaveText('2 of 16 trials');
  await expect(page.getByTestId('search-distinct-random')).toHaveText('1');
  // Run again: the whole search this time
  await page.getByRole('button', { name: 'Run the searches' }).click();
  await expectFinished(page, 16);
});

test.describe('at 375 px with a finger', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('the figures stack without overflowing; fewer trials, then Run by a tap', async ({ page }) => {
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const figures = page.locator('section#search figure');
    const first = await figures.nth(0).boundingBox(), second = await figures.nth(1).boundingBox();
    expect(first && second && second.y >= first.y + first.height - 1).toBe(true);
    const slider = page.locator('section#search').getByRole('slider', { name: 'Trials per search' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft'); // K = 3
    await expect(slider).toHaveAttribute('aria-valuetext', '9');
    await page.getByRole('button', { name: 'Run the searches' }).tap();
    await expectFinished(page, 9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
