/** All load figures of one page: bytes from an unthrottled load, timings from two throttled ones. */
import type { Browser } from '@playwright/test';
import { firstKeyAnswered } from './firstKey';
import { loadBytes } from './loadBytes';
import { loadTiming } from './loadTiming';
import type { PageLoad } from './types';

export async function pageLoad(browser: Browser, origin: string, page: string): Promise<PageLoad> {
  const url = origin + page;
  const { assets, katexJs } = await loadBytes(browser, url);
  const timing = await loadTiming(browser, url);
  const firstKey = await firstKeyAnswered(browser, url);
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
  };
}
