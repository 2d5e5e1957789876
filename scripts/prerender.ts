// Step 3 of `npm run build`: render every page to static HTML with the SSR bundle.
// Before it: `vite build` (client, into dist/) and `vite build --ssr` (into dist/.server).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ServerEntry from '../src/site/entry-server';
import { basePath, siteOrigin } from './lib/base';
import { brokenLinks } from './lib/linkCheck';
import { entryAssets, islandChunk } from './lib/manifest';
import type { Manifest } from './lib/manifest';
import { fillTemplate } from './lib/template';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.DESCENT_OUT ?? 'dist');
const SERVER_DIR = join(DIST, '.server');
const CLIENT_ENTRY = 'src/site/entry-client.tsx';
const BASE = basePath(process.env.DESCENT_BASE);
/** The book's public address, for oEmbed's absolute URLs. */
const SITE = `${siteOrigin(process.env.DESCENT_ORIGIN)}${BASE}`;

const attr = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** '/' → dist/index.html, '/linear-regression/' → dist/linear-regression/index.html. */
const fileFor = (path: string): string => join(DIST, path, 'index.html');

async function main(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const template = await readFile(join(ROOT, 'index.html'), 'utf8');
  const server = (await import(pathToFileURL(join(SERVER_DIR, 'entry-server.js')).href)) as typeof ServerEntry;

  const pages: [path: string, file: string][] = [
    ...server.pagePaths().map((path): [string, string] => [path, fileFor(path)]),
    // Served by static hosts for any unknown address; the client then resolves "not found" too.
    ['/404.html', join(DIST, '404.html')],
  ];
  for (const [path, file] of pages) {
    const page = await server.render(path);
    const assets = entryAssets(
      manifest,
      CLIENT_ENTRY,
      page.islands.map((island) => islandChunk(manifest, island)),
      BASE,
    );
    const expected = path === '/404.html' ? 404 : 200;
    if (page.status !== expected) throw new Error(`prerender: ${path} rendered with status ${page.status}`);
    await mkdir(dirname(file), { recursive: true });
    const extraHead: string[] = [];
    const embed = page.embed === null ? null : server.embedBySlug(page.embed);
    if (embed && path === `/embed/${embed.slug}/`) {
      // The widget's oEmbed JSON beside its page, and the discovery link hosts look for.
      const oembed = server.oembedOf(embed, SITE);
      const jsonPath = server.oembedPath(embed.slug);
      await writeFile(join(DIST, jsonPath), `${JSON.stringify(oembed, null, 2)}\n`);
      const href = new URL(jsonPath.slice(1), SITE).href;
      extraHead.push(`<link rel="alternate" type="application/json+oembed" href="${attr(href)}" title="${attr(oembed.title)}" />`);
    }
    await writeFile(file, fillTemplate(template, { ...page, appHtml: page.html, assets, base: BASE, extraHead }));
    console.log(`  ${path.padEnd(32)} → ${file.slice(ROOT.length + 1)}`);
  }
  // The server bundle was only a tool for this step; it is not part of the site.
  await rm(SERVER_DIR, { recursive: true, force: true });
  const broken = await brokenLinks(DIST, BASE);
  if (broken.length > 0) throw new Error(`prerender: ${broken.length} links lead nowhere:\n  ${broken.slice(0, 20).join('\n  ')}`);
  console.log(`prerendered ${pages.length} pages for ${SITE}`);
  if (process.env.DESCENT_ORIGIN === undefined) console.log('  (oEmbed and the teachers’ page name that address: set DESCENT_ORIGIN, and DESCENT_BASE, for a deployment)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
