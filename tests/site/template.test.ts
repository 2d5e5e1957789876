import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryAssets } from '../../scripts/lib/manifest';
import { fillTemplate } from '../../scripts/lib/template';

const manifest = {
  'src/site/entry-client.tsx': { file: 'assets/entry.js', css: ['assets/entry.css'], imports: ['_shared.js'], isEntry: true },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'chapters/02-x.mdx': { file: 'assets/02-x.js', css: ['assets/02-x.css'], imports: ['_shared.js', '_kit.js'] },
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

  it("adds a chapter chunk: preloads it and its imports, links their CSS, each once", () => {
    expect(entryAssets(manifest, 'src/site/entry-client.tsx', 'chapters/02-x.mdx')).toEqual({
      script: '/assets/entry.js',
      styles: ['/assets/entry.css', '/assets/shared.css', '/assets/02-x.css', '/assets/kit.css'],
      preloads: ['/assets/shared.js', '/assets/02-x.js', '/assets/kit.js'],
    });
    expect(() => entryAssets(manifest, 'src/site/entry-client.tsx', 'chapters/09.mdx')).toThrow(/no chunk "chapters\/09.mdx"/);
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
