/**
 * Finds the Chromium that Playwright drives. Browsers cannot be downloaded here
 * (`npx playwright install` fails), so the tests use Debian's chromium: CHROMIUM_PATH if set,
 * else /usr/bin/chromium. Run directly (`tsx tests/e2e/chromium.ts`), it installs the Debian
 * package when it is missing and we are root (CI), and fails with instructions otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags for a sandboxless, offline headless run (the machine's network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function ensure(): void {
  if (chromiumPath()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    throw new Error('Chromium not found: install Debian\'s chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH');
  }
  console.log('chromium: not found, installing the Debian package');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!chromiumPath()) throw new Error('chromium: installed, but /usr/bin/chromium is still missing');
}

if (process.argv[1]?.endsWith('chromium.ts')) {
  ensure();
  console.log(`chromium: ${chromiumPath()}`);
}
