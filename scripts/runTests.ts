/**
 * `npm test`: type check, lint, unit tests, build (also for a subfolder), browser tests, in that
 * order, stopping at the first step that fails, then one closing line that counts unit and browser tests together
 * ("tests: 1290 passed, 0 failed"). Each runner writes a JSON report beside its usual output;
 * the counts come from those reports, not from parsing the runners' text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = `${process.env.DESCENT_OUT ?? 'dist'}-reports`;
const UNIT_REPORT = `${REPORTS}/unit.json`;
const E2E_REPORT = `${REPORTS}/e2e.json`;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const steps: { name: string; command: string; env?: Record<string, string> }[] = [
  { name: 'type check', command: 'npm run typecheck' },
  { name: 'lint', command: 'npm run lint' },
  { name: 'unit tests', command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${UNIT_REPORT}` },
  { name: 'build', command: 'npm run build' },
  // The same site for a subfolder of another host: the prerender's link check fails on any link
  // or asset URL outside the base or to nothing (scripts/lib/linkCheck.ts).
  { name: 'build under a base path', command: 'npm run build', env: { DESCENT_BASE: '/courses/ml/descent/', DESCENT_OUT: `${process.env.DESCENT_OUT ?? 'dist'}-base` } },
  { name: 'browser tests', command: 'npm run test:e2e', env: { PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_REPORT } },
];

/** Vitest's JSON report (Jest's format). */
function unitCounts(): Counts | null {
  if (!existsSync(UNIT_REPORT)) return null;
  const r = JSON.parse(readFileSync(UNIT_REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

/** Playwright's JSON report: expected = passed, unexpected = failed, flaky counts as failed. */
function e2eCounts(): Counts | null {
  if (!existsSync(E2E_REPORT)) return null;
  const r = JSON.parse(readFileSync(E2E_REPORT, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped };
}

const line = (c: Counts) => `${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ''}`;

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
let failedStep: string | null = null;
for (const step of steps) {
  console.log(`\n== ${step.name}: ${step.command}`);
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (run.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const unit = unitCounts(), e2e = e2eCounts();
console.log('');
if (unit) console.log(`unit tests: ${line(unit)}`);
if (e2e) console.log(`browser tests: ${line(e2e)}`);
if (failedStep) console.log(`npm test stopped: the ${failedStep} step failed`);
const total: Counts = { passed: (unit?.passed ?? 0) + (e2e?.passed ?? 0), failed: (unit?.failed ?? 0) + (e2e?.failed ?? 0), skipped: (unit?.skipped ?? 0) + (e2e?.skipped ?? 0) };
console.log(`tests: ${line(total)}`);
process.exit(failedStep ? 1 : 0);
