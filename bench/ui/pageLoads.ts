/**
 * All load figures of one page: bytes from an unthrottled load; timings, each the median of
 * `repeats` cold throttled loads (one load's TBT and first key varied by ±40% between runs).
 */
import type { Browser } from '@playwright/test';
import { type FirstKey, firstKeyAnswered } from './firstKey';
import { loadBytes } from './loadBytes';
import { type LoadTiming, loadTiming } from './loadTiming';
import { percentile } from './stats';
import type { PageLoad } from './types';

const median = (values: readonly (number | null)[]): number | null => percentile(values.filter((v): v is number => v !== null), 50);

export async function pageLoad(browser: Browser, origin: string, page: string, repeats: number): Promise<PageLoad> {
  const url = origin + page;
  const { assets, katexJs } = await loadBytes(browser, url);
  const timings: LoadTiming[] = [];
  const keys: (FirstKey | null)[] = [];
  for (let i = 0; i < repeats; i++) {
    timings.push(await loadTiming(browser, url));
    keys.push(await firstKeyAnswered(browser, url));
  }
  const timing = {
    fcp: median(timings.map((t) => t.fcp)),
    lcp: median(timings.map((t) => t.lcp)),
    tbt: median(timings.map((t) => t.tbt)) ?? 0,
    longTasks: median(timings.map((t) => t.longTasks)) ?? 0,
  };
  const firstKey = median(keys.map((k) => k?.answeredAt ?? null));
  const firstKeyAfterLoad = median(keys.map((k) => k?.afterLoad ?? null));
  const sum = (kind: 'js' | 'css', field: 'raw' | 'gzip'): number => assets.filter((a) => a.kind === kind).reduce((s, a) => s + a[field], 0);
  return {
    page,
    assets,
    jsRaw: sum('js', 'raw'),
    jsGzip: sum('js', 'gzip'),
    cssRaw: sum('css', 'raw'),
    cssGzip: sum('css', 'gzip'),
    katexJs,
    ...timing,
    firstKeyAnswered: firstKey,
    firstKeyAfterLoad,
  };
}
