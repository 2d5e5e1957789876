/**
 * Worker faults in real Chromium, on the built pages. The worker is made to stop silently
 * (terminated, or closed from inside, neither of which fires an error event: a hang as the
 * page sees it), with runs in flight. The page must notice within a few seconds, start a new
 * worker, compute every widget's current input again without the reader touching anything,
 * and say in the widget that the computation restarted. No test-only code ships for this:
 * the first case wraps the page's Worker constructor before the page's scripts run, the
 * second closes the worker through Playwright.
 */
import { type Locator, type Page, expect, test } from '@playwright/test';
import { watchConsole, gotoHydrated } from './helpers';

const RESTART_NOTE = 'The background computation stopped and was restarted.';
/** Hang detection (~2.5 s at most), a new worker, and the recomputation on a busy machine. */
const RECOVERY_MS = 30_000;

let messages: string[] = [];

test.beforeEach(({ page }) => {
  messages = watchConsole(page);
});

test.afterEach(() => {
  expect(messages).toEqual([]);
});

/**
 * Makes the page's first worker stop, as if it hung, the moment it first reports on a run
 * (progress or a result, whichever comes first): it has started, and that run and the page's
 * other first runs are in flight. Later workers are left alone. `window.__workersMade` counts
 * the workers the page created.
 */
async function hangFirstWorkerMidRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = window.Worker;
    const scope = window as unknown as { __workersMade: number };
    scope.__workersMade = 0;
    class Sabotaged extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        scope.__workersMade += 1;
        if (scope.__workersMade !== 1) return;
        let hung = false;
        // Registered before the client's onmessage, so it can keep messages from the client:
        // from the first report on, none arrives, even those already queued.
        this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
          const report = event.data.type === 'progress' || event.data.type === 'done' || event.data.type === 'error';
          if (report && !hung) {
            hung = true;
            this.terminate(); // silent: no error event
          }
          if (hung) event.stopImmediatePropagation();
        });
      }
    }
    window.Worker = Sabotaged;
  });
}

const workersMade = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __workersMade: number }).__workersMade);

/** The widget recovered: its latest result is shown, it says the computation restarted, no error. */
async function recovered(widget: Locator, done: Locator): Promise<void> {
  await expect(done).toBeVisible({ timeout: RECOVERY_MS });
  await expect(widget.getByRole('status').filter({ hasText: RESTART_NOTE })).toBeVisible();
  await expect(widget).not.toContainText('Could not');
}

test('a worker that hangs during the first race: the race is computed again and says so', async ({ page }) => {
  await hangFirstWorkerMidRun(page);
  await gotoHydrated(page, '/gradient-descent/');
  const race = page.locator('#race');
  await recovered(race, race.locator('[data-testid="race-table"][data-fresh="true"]'));
  await expect(race.getByTestId('race-table')).toContainText('After 1,000 loss evaluations each');
  expect(await workersMade(page)).toBe(2);
});

test('a worker that hangs during the first slices: both slice widgets are computed again and say so', async ({ page }) => {
  await hangFirstWorkerMidRun(page);
  await gotoHydrated(page, '/loss-surfaces/');
  const mlp = page.locator('#mlpslice');
  await recovered(mlp, page.getByTestId('mlpslice-training').filter({ hasText: 'accuracy' }));
  await expect(mlp.locator('[aria-busy="true"]')).toHaveCount(0);
  const lin = page.locator('#linslice');
  await recovered(lin, lin.locator('path[aria-label="Loss along the line"]'));
  await expect(lin.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await workersMade(page)).toBe(2);
});

test('a worker closed while idle: the next setting is computed by a new worker, and the race says so', async ({ page }) => {
  await gotoHydrated(page, '/gradient-descent/');
  const race = page.locator('#race');
  const fresh = race.locator('[data-testid="race-table"][data-fresh="true"]');
  await expect(fresh).toBeVisible({ timeout: 20_000 });
  await expect(race.getByRole('status').filter({ hasText: RESTART_NOTE })).toHaveCount(0);
  await expect.poll(() => page.workers().length).toBe(1);
  // close() from inside stops the worker without an error event; the client only notices
  // when it next has a run for it
  const worker = page.workers()[0];
  const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  await worker.evaluate(() => (self as unknown as { close(): void }).close());
  await closed; // gone before the run below is made, however slow the machine
  await race.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('softmax');
  await recovered(race, fresh);
  await expect(race.getByRole('combobox', { name: 'Loss', exact: true })).toHaveValue('softmax');
});

test('without Worker (a CSP, an old browser) the fallback is fetched on demand and the race is computed on the page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });
  });
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname);
  });
  await gotoHydrated(page, '/gradient-descent/');
  const race = page.locator('#race');
  await expect(race.locator('[data-testid="race-table"][data-fresh="true"]')).toBeVisible({ timeout: RECOVERY_MS });
  await expect(race.getByTestId('race-table')).toContainText('After 1,000 loss evaluations each');
  expect(fetched.some((s) => s.includes('localWorker'))).toBe(true);
});
