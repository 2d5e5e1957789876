/**
 * Drags and held-key runs on every control of one chapter page, unthrottled, with the probe
 * armed on the control's widget, and the figures of each run.
 */
import type { Browser, Page } from '@playwright/test';
import { coldPage } from './browser';
import { findControls, withCurrentValue, WIDGETS, type Control } from './controls';
import { drag, holdKeys } from './gestures';
import { latencies } from './latency';
import type { ProbeLog, ProbeWindow } from './probe';
import type { ControlRun, RunKind } from './types';

export interface Counts {
  readonly moves: number;
  readonly presses: number;
}

/** A run is over when no worker run has been in flight for this long (or after the limit). */
const SETTLE_QUIET_MS = 300;
const SETTLE_LIMIT_MS = 5000;

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    ({ quiet, limit }) =>
      new Promise<void>((resolve) => {
        const probe = (window as ProbeWindow).__benchProbe;
        const start = performance.now();
        let lastBusy = start;
        const check = (): void => {
          const now = performance.now();
          if ((probe?.worker.inFlight ?? 0) > 0) lastBusy = now;
          if (now - lastBusy >= quiet || now - start >= limit) resolve();
          else setTimeout(check, 25);
        };
        // A frame first, so that work scheduled by the last input has started.
        requestAnimationFrame(() => setTimeout(check, 0));
      }),
    { quiet: SETTLE_QUIET_MS, limit: SETTLE_LIMIT_MS },
  );
}

/** A widget is an island that hydrates near the viewport: wait for it (a site without islands has none). */
async function hydrated(page: Page, widget: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const island = document.querySelector(selector)?.closest('[data-island]');
      return !island || island.hasAttribute('data-island-hydrated');
    },
    `${WIDGETS}#${widget}`,
    { timeout: 30_000 },
  );
}

async function measure(page: Page, pagePath: string, control: Control, run: RunKind, counts: Counts): Promise<ControlRun> {
  await control.locator.scrollIntoViewIfNeeded();
  await hydrated(page, control.widget);
  const fresh = await withCurrentValue(control);
  await settle(page);
  const start = await page.evaluate((selector) => {
    const probe = (window as ProbeWindow).__benchProbe;
    if (!probe) throw new Error('probe missing');
    probe.arm(selector);
    return performance.now();
  }, `${WIDGETS}#${control.widget}`);
  if (run === 'drag') await drag(page, fresh, counts.moves);
  else await holdKeys(page, fresh, counts.presses);
  await settle(page);
  const { log, end } = await page.evaluate(() => {
    const probe = (window as ProbeWindow).__benchProbe;
    if (!probe) throw new Error('probe missing');
    return { log: probe.disarm() as ProbeLog, end: performance.now() };
  });
  const figures = latencies(log, { start, end });
  return {
    page: pagePath,
    widget: control.widget,
    control: control.label,
    kind: control.kind,
    run,
    ...figures,
    runsPosted: log.worker.posted,
    runsCancelled: log.worker.cancelled,
    runsDone: log.worker.done,
    maxInFlight: log.worker.maxInFlight,
  };
}

export async function controlRuns(
  browser: Browser,
  origin: string,
  pagePath: string,
  options: { readonly widget: string | null; readonly quick: boolean; readonly counts: Counts },
): Promise<{ runs: ControlRun[]; skipped: string[] }> {
  const { context, page } = await coldPage(browser);
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const { controls, skipped } = await findControls(page, pagePath, options.widget, options.quick);
  const runs: ControlRun[] = [];
  for (const control of controls) {
    for (const run of ['drag', 'keys'] as const) {
      try {
        runs.push(await measure(page, pagePath, control, run, options.counts));
      } catch (error) {
        skipped.push(`${pagePath} ${control.widget} ${control.kind} "${control.label}" ${run}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }
  await context.close();
  return { runs, skipped };
}
