/**
 * Paint and blocking times of a cold load with the CPU throttled 4×. No input is sent during
 * this load: an input stops LCP, so the first-key measurement has its own load (firstKey.ts).
 */
import type { Browser } from '@playwright/test';
import { coldPage } from './browser';
import type { ProbeWindow } from './probe';
import { throttleCpu } from './throttle';

/** After network idle, wait this long for the page's last long tasks (hydration, first computations). */
const QUIET_MS = 2000;
/** A task's time beyond this blocks input (the TBT definition). */
const BLOCKING_MS = 50;

export interface LoadTiming {
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly tbt: number;
  readonly longTasks: number;
}

export async function loadTiming(browser: Browser, url: string): Promise<LoadTiming> {
  const { context, page } = await coldPage(browser);
  await throttleCpu(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(QUIET_MS);
  const measured = await page.evaluate(async () => {
    const entries = (type: string): Promise<PerformanceEntry[]> =>
      new Promise((resolve) => {
        const seen: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
        observer.observe({ type, buffered: true });
        // Buffered entries arrive in the observer's first callback, queued as a task.
        setTimeout(() => {
          observer.disconnect();
          resolve(seen);
        }, 50);
      });
    const paint = await entries('paint');
    const lcp = await entries('largest-contentful-paint');
    const fcp = paint.find((e) => e.name === 'first-contentful-paint')?.startTime ?? null;
    const last = lcp.at(-1);
    const probe = (window as ProbeWindow).__benchProbe;
    return { fcp, lcp: last ? last.startTime : null, tasks: probe ? [...probe.longTasks] : [], now: performance.now() };
  });
  await context.close();
  const after = measured.tasks.filter((t) => measured.fcp !== null && t.start >= measured.fcp);
  return {
    fcp: measured.fcp,
    lcp: measured.lcp,
    tbt: Math.round(after.reduce((sum, t) => sum + Math.max(0, t.duration - BLOCKING_MS), 0)),
    longTasks: measured.tasks.length,
  };
}
