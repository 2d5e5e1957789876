/** Shared e2e helpers: fail a test on any console error or warning, and save screenshots. */
import type { Page } from '@playwright/test';

/** Collects console errors and warnings (and uncaught page errors) from the moment it is called. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}

export const CHAPTER = '/linear-regression/';

/** The readout text of an <output> found by its test id. */
export async function readout(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}
