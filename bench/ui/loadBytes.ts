/**
 * The JS and CSS a cold page loads before it is interactive (load, then network idle), file by
 * file, raw and gzipped, and whether KaTeX's parser was among them (it should not be: formulas
 * are typeset at build time).
 */
import type { Browser, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { coldPage } from './browser';
import type { AssetBytes } from './types';

const KATEX_MARKERS = ['KaTeX parse error', 'ParseError: KaTeX'];

export interface LoadedBytes {
  readonly assets: AssetBytes[];
  readonly katexJs: boolean;
}

function kindOf(url: string): 'js' | 'css' | null {
  const path = new URL(url).pathname;
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return null;
}

export async function loadBytes(browser: Browser, url: string): Promise<LoadedBytes> {
  const { context, page } = await coldPage(browser);
  const pending: Promise<void>[] = [];
  const assets: AssetBytes[] = [];
  let katexJs = false;
  let interactive = false;
  const onResponse = (response: Response): void => {
    const kind = kindOf(response.url());
    if (!kind || interactive) return;
    pending.push(
      response.body().then(
        (body) => {
          const text = kind === 'js' ? body.toString('utf8') : '';
          if (KATEX_MARKERS.some((m) => text.includes(m)) || /\/(katex|Formula)[^/]*\.js$/i.test(response.url())) katexJs = true;
          assets.push({ url: new URL(response.url()).pathname, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        },
        () => undefined, // a body Chromium dropped (navigated away): nothing to count
      ),
    );
  };
  // On the context, not the page, so that scripts fetched by workers count too.
  context.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  interactive = true;
  await Promise.all(pending);
  await context.close();
  const unique = new Map(assets.map((a) => [a.url, a]));
  return { assets: [...unique.values()].sort((a, b) => b.gzip - a.gzip), katexJs };
}
