/**
 * The playground in Chromium while it plays: the page's frame times (every requestAnimationFrame
 * interval), its long tasks (over 50 ms on the page's thread), how often the pictures change, and
 * the steps per second it reports. TF Playground trains and draws on the page's thread, so its
 * frame takes at least the yardstick's frame (run.ts); the playground's page only paints.
 *
 * Needs a build (`npm run build`): the chapter page from dist/, served gzipped as bench:ui does.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launch } from '../ui/browser';
import { serveSite } from '../ui/server';
import { percentile } from '../ui/stats';

export interface PlayingFrames {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  /** Frames over two 60 Hz frames: a visible stutter. */
  readonly slow: number;
  readonly longTasks: number;
  /** New output pictures per second (the output canvas repainted). */
  readonly picturesPerSecond: number;
  readonly stepsPerSecond: number;
}

/** In the page: frame intervals, long tasks and repaints of the output canvas for `ms`. */
const RECORD = `(ms) => new Promise((done) => {
  const deltas = []; let last = performance.now(); let longTasks = 0; let pictures = 0;
  const canvas = document.querySelector('[data-testid="pg-output-canvas"]');
  const context = canvas && canvas.getContext('2d');
  // Count the output picture's repaints: drawImage of the grid onto the output canvas.
  if (context) { const draw = context.drawImage.bind(context); context.drawImage = (...a) => { pictures++; return draw(...a); }; }
  const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
  try { observer.observe({ type: 'longtask' }); } catch {}
  const end = last + ms;
  const tick = (t) => { deltas.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else { observer.disconnect(); done({ deltas, longTasks, pictures }); } };
  requestAnimationFrame(tick);
})`;

async function playFor(page: Page, ms: number): Promise<PlayingFrames> {
  const section = page.locator('section#playground');
  await section.getByRole('button', { name: 'Play' }).click();
  // Wait until it is really playing: the step has moved.
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="pg-step"]')?.textContent?.replace(/,/g, '') ?? 0) > 0);
  const log = (await page.evaluate(`(${RECORD})(${ms})`)) as { deltas: number[]; longTasks: number; pictures: number };
  const rate = Number((await section.getByTestId('pg-rate').textContent())?.replace(/,/g, '') ?? NaN);
  await section.getByRole('button', { name: 'Pause' }).click();
  const deltas = log.deltas.slice(1);
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50) ?? NaN,
    p95: percentile(deltas, 95) ?? NaN,
    slow: deltas.filter((d) => d > 33.4).length,
    longTasks: log.longTasks,
    picturesPerSecond: (log.pictures * 1000) / ms,
    stepsPerSecond: rate,
  };
}

/** Plays each network (its URL query) for `ms` on the chapter page and returns what the page did. */
export async function measurePlaying(queries: readonly string[], ms = 5000): Promise<PlayingFrames[]> {
  const server = await serveSite(resolve(process.env.DESCENT_OUT ?? 'dist'));
  const browser = await launch();
  try {
    const out: PlayingFrames[] = [];
    for (const query of queries) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`${server.origin}/backpropagation/?${query}#playground`);
      const section = page.locator('section#playground');
      await section.scrollIntoViewIfNeeded();
      // Hydrated, and the first look at the run has landed.
      await page.waitForFunction(() => document.querySelector('[data-testid="pg-train-loss"]')?.textContent !== '–', undefined, { timeout: 30_000 });
      out.push(await playFor(page, ms));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
