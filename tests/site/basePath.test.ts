/** Serving the book from a folder of another site (DESCENT_BASE). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, siteOrigin } from '../../scripts/lib/base';
import { brokenLinks, linksIn } from '../../scripts/lib/linkCheck';
import { fillTemplate } from '../../scripts/lib/template';
import { routePath, siteHref } from '../../src/site/sitePath';

describe('DESCENT_BASE', () => {
  it('is a folder path with both slashes, / by default', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/courses/ml/descent/')).toBe('/courses/ml/descent/');
    expect(basePath('courses/ml/descent')).toBe('/courses/ml/descent/');
    for (const bad of ['/a/../b/', '/a b/', '/a?x/', 'https://x.org/a/', '/a//b/']) {
      expect(() => basePath(bad), bad).toThrow(`DESCENT_BASE: "${bad}" is not a folder path`);
    }
  });

  it('the site’s hrefs start at the base (here /), and routes take it off', () => {
    expect(siteHref('/optimizers/#race')).toBe('/optimizers/#race');
    expect(siteHref('/')).toBe('/');
    expect(routePath('/optimizers/')).toBe('/optimizers/');
  });

  it('the template’s own links move under the base', () => {
    const html = fillTemplate('<title>x</title><!--app-head--><link rel="icon" href="/favicon.svg" /><script src="/theme-init.js"></script><a href="//cdn.example/x">x</a><!--app-html--><!--app-scripts--><!--/app-scripts-->', {
      title: 't',
      description: 'd',
      appHtml: '',
      assets: { script: '/b/assets/e.js', styles: [], preloads: [] },
      base: '/b/',
    });
    expect(html).toContain('href="/b/favicon.svg"');
    expect(html).toContain('src="/b/theme-init.js"');
    expect(html).toContain('href="//cdn.example/x"'); // another host's link is left alone
  });
});

describe('link check', () => {
  it('finds root-relative links in HTML and CSS, not other hosts’ or relative ones', () => {
    expect(linksIn('<a href="/b/x/#y">a</a><img src="/b/i.png"><a href="//cdn/x">c</a><a href="rel/">d</a><a href="https://e/">e</a>', 'html')).toEqual(['/b/x/#y', '/b/i.png']);
    expect(linksIn('@font-face{src:url(/b/assets/f.woff2) format("woff2"),url("/b/g.woff")}', 'css')).toEqual(['/b/assets/f.woff2', '/b/g.woff']);
  });

  it('reports links outside the base and links to missing files', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'descent-links-'));
    mkdirSync(join(dist, 'ch'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'a.css'), 'x{background:url(/b/assets/missing.png)}');
    writeFileSync(join(dist, 'ch', 'index.html'), '<a href="/b/">home</a>');
    writeFileSync(join(dist, 'index.html'), '<a href="/b/ch/#top">ch</a><a href="/b/gone/">x</a><a href="/ch/">y</a><link href="/b/assets/a.css">');
    expect((await brokenLinks(dist, '/b/')).sort()).toEqual([
      'assets/a.css: /b/assets/missing.png (no such file)',
      'index.html: /b/gone/ (no such file)',
      'index.html: /ch/ (outside the base /b/)',
    ]);
  });
});

describe('DESCENT_ORIGIN', () => {
  it('is an origin only, npm start’s by default', () => {
    expect(siteOrigin(undefined)).toBe('http://localhost:4173');
    expect(siteOrigin('https://descent.example.org')).toBe('https://descent.example.org');
    expect(siteOrigin('https://descent.example.org/')).toBe('https://descent.example.org');
    expect(() => siteOrigin('https://x.org/ml/')).toThrow('must be an origin only');
    expect(() => siteOrigin('ftp://x.org')).toThrow('must be an origin only');
    expect(() => siteOrigin('descent')).toThrow('DESCENT_ORIGIN: "descent" is not a URL');
  });
});
