/**
 * End-to-end tests against the built, prerendered site served from dist/, in Debian's
 * Chromium (see tests/e2e/chromium.ts). `npm test` builds first.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';

// E2E_PORT and DESCENT_OUT let several suites run side by side (see README).
const PORT = Number(process.env.E2E_PORT ?? 4178);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.DESCENT_OUT ? `${process.env.DESCENT_OUT}-results` : 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // list for people; json for the closing count of `npm test` (scripts/runTests.ts sets the file).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx tsx scripts/serve.ts`,
    env: { PORT: String(PORT), ...(process.env.DESCENT_OUT ? { DESCENT_OUT: process.env.DESCENT_OUT } : {}) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
