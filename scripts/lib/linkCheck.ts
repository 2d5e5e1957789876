/**
 * The built site's own links, checked: every root-relative href and src in its pages and every
 * url() in its CSS must lie under the base and name a file the site has (a folder means its
 * index.html). Run by the prerender, so a page linking outside DESCENT_BASE, or to a page or
 * asset that is not there, fails the build instead of a reader.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isFile } from './isFile';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/** Root-relative URLs in HTML attributes and CSS url()s (not protocol-relative //host). */
export function linksIn(text: string, kind: 'html' | 'css'): string[] {
  const pattern = kind === 'html' ? /\s(?:href|src)="(\/(?!\/)[^"]*)"/g : /url\(["']?(\/(?!\/)[^)"']*)["']?\)/g;
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

/** "file: url (why)" for each link of the site in `dist` that leads nowhere. */
export async function brokenLinks(dist: string, base: string): Promise<string[]> {
  const broken: string[] = [];
  for (const file of await filesUnder(dist)) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : null;
    if (kind === null) continue;
    const where = file.slice(dist.length + 1);
    for (const url of new Set(linksIn(await readFile(file, 'utf8'), kind))) {
      const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
      if (!path.startsWith(base)) {
        broken.push(`${where}: ${url} (outside the base ${base})`);
        continue;
      }
      const target = join(dist, path.slice(base.length));
      if (!(await isFile(path.endsWith('/') ? join(target, 'index.html') : target))) broken.push(`${where}: ${url} (no such file)`);
    }
  }
  return broken;
}
