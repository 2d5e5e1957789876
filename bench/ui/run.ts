/**
 * `npm run bench:ui`: what a reader feels on the built site (page loads, drag and key latency),
 * in Chromium, served gzipped. A profiling tool, not a test: it asserts nothing.
 *   DESCENT_OUT=.out/bench npm run build && npm run bench:ui        (reads DESCENT_OUT, default dist)
 *   npm run bench:ui -- --page /loss-surfaces/ --widget explorer --quick
 *   npm run bench:ui -- --no-drag --loads 5      (page loads only, medians of 5 cold loads each)
 * Prints tables and writes `${DESCENT_OUT ?? 'dist'}-reports/bench-ui.json` (or --out).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stateWidget } from './args';
import { launch } from './browser';
import { controlRuns } from './controlRuns';
import { describeMachine, machineLines } from './machine';
import { pageLoad } from './pageLoads';
import { controlTable, loadTable } from './report';
import { serveSite } from './server';
import type { ControlRun, PageLoad, Report } from './types';

const FULL = { moves: 180, presses: 60 };
const QUICK = { moves: 45, presses: 16 };

const options = parseArgs(process.argv.slice(2));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outName = process.env.DESCENT_OUT ?? 'dist';
const site = resolve(root, outName);
if (!existsSync(join(site, 'index.html'))) {
  console.error(`${outName}/ has no built site: run \`DESCENT_OUT=${outName} npm run build\` first`);
  process.exit(1);
}

const began = performance.now();
const server = await serveSite(site);
const browser = await launch();
const machine = describeMachine(`Chromium ${browser.version()}`);
for (const line of machineLines(machine)) console.log(line);
console.log(`site: ${outName}/ served gzipped at ${server.origin}${options.quick ? '   (quick)' : ''}\n`);

const loads: PageLoad[] = [];
const controls: ControlRun[] = [];
const skipped: string[] = [];
try {
  if (options.load) {
    for (const page of options.pages) {
      if (stateWidget(page) !== null) continue; // a state variant of a page loaded already
      process.stderr.write(`load ${page}\n`);
      loads.push(await pageLoad(browser, server.origin, page, options.loads));
    }
    console.log(`Page loads (cold cache; bytes until load + network idle; timings with the CPU throttled 4×, ms from navigation start, medians of ${options.loads} loads)\n${loadTable(loads)}\n`);
  }
  if (options.drag) {
    for (const page of options.pages) {
      if (page === '/') continue; // the contents page has no widgets
      process.stderr.write(`controls ${page}\n`);
      const found = await controlRuns(browser, server.origin, page, { widget: options.widget ?? stateWidget(page), quick: options.quick, counts: options.quick ? QUICK : FULL });
      controls.push(...found.runs);
      skipped.push(...found.skipped);
    }
    console.log(
      'Controls (unthrottled; drags at 60 Hz, held keys at 30 Hz; ms from input to the first frame that renders the widget\'s change;\n' +
        'result: to the first frame that renders a worker result asked for after the input)\n' +
        controlTable(controls),
    );
    if (controls.length === 0) console.log(options.widget ? `no controls found for --widget ${options.widget}` : 'no controls found');
  }
} finally {
  await browser.close();
  await server.close();
}
for (const s of skipped) console.log(`skipped: ${s}`);

const report: Report = {
  machine,
  options: { quick: options.quick, pages: options.pages, widget: options.widget },
  loads,
  controls,
  skipped,
  seconds: Math.round((performance.now() - began) / 1000),
};
const out = options.out ? resolve(options.out) : resolve(root, `${outName}-reports`, 'bench-ui.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(report, null, 2) + '\n');
console.log(`\n${report.seconds} s; JSON: ${out}`);
