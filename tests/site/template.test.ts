import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryAssets, islandChunk } from '../../scripts/lib/manifest';
import { fillTemplate } from '../../scripts/lib/template';

const manifest = {
  'src/site/entry-client.tsx': { file: 'assets/entry.js', css: ['assets/entry.css'], imports: ['_shared.js'], isEntry: true },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'src/widgets/x/XWidget.tsx': { file: 'assets/XWidget.js', name: 'XWidget', css: ['assets/XWidget.css'], imports: ['_shared.js', '_kit.js'] },
  '_XWidgetPlot-a1.js': { file: 'assets/XWidgetPlot-a1.js', name: 'XWidgetPlot' },
  '_kit.js': { file: 'assets/kit.js', css: ['assets/kit.css'] },
};

describe('prerender template', () => {
  it('collects the entry script, CSS (including imported chunks) and preloads', () => {
    expect(entryAssets(manifest, 'src/site/entry-client.tsx')).toEqual({
      script: '/assets/entry.js',
      styles: ['/assets/entry.css', '/assets/shared.css'],
      preloads: ['/assets/shared.js'],
    });
    expect(() => entryAssets(manifest, 'missing.tsx')).toThrow(/no entry "missing.tsx"/);
  });

  it('links the CSS of the islands a page uses, each once, without preloading their scripts', () => {
    expect(entryAssets(manifest, 'src/site/entry-client.tsx', ['src/widgets/x/XWidget.tsx'])).toEqual({
      script: '/assets/entry.js',
      styles: ['/assets/entry.css', '/assets/shared.css', '/assets/XWidget.css', '/assets/kit.css'],
      preloads: ['/assets/shared.js'],
    });
    expect(() => entryAssets(manifest, 'src/site/entry-client.tsx', ['chapters/09.mdx'])).toThrow(/no chunk "chapters\/09.mdx"/);
  });

  it('finds an island by its file name, exactly', () => {
    expect(islandChunk(manifest, 'XWidget')).toBe('src/widgets/x/XWidget.tsx');
    expect(islandChunk(manifest, 'XWidgetPlot')).toBe('_XWidgetPlot-a1.js');
    expect(() => islandChunk(manifest, 'YWidget')).toThrow(/island "YWidget" should be one module named YWidget.tsx; found none/);
  });

  it('fills the real index.html: title, description, root markup, built script instead of the dev one', () => {
    const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const html = fillTemplate(template, {
      title: 'A & B',
      description: 'Say "hi" for $1',
      appHtml: '<p>app $&</p>',
      assets: entryAssets(manifest, 'src/site/entry-client.tsx'),
    });
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('content="Say &quot;hi&quot; for $1"');
    expect(html).toContain('<div id="root"><p>app $&</p></div>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/shared.css" />');
    expect(html).toContain('<script type="module" src="/assets/entry.js"></script>');
    expect(html).not.toContain('/src/site/entry-client.tsx');
    expect(html).toContain('<script src="/theme-init.js"></script>');
  });
});
