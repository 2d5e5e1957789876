/** Launches the same Chromium as the browser tests, and opens cold pages with the probe installed. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';
import { installProbe } from './probe';

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run `npx tsx tests/e2e/chromium.ts` (or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A fresh context has an empty cache: every page is loaded as on a reader's first visit. */
export async function coldPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); the serialised
  // functions we send to the page need it to exist there.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.addInitScript(installProbe);
  return { context, page };
}
