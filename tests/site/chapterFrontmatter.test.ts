import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../scripts/vite/chapterFrontmatter';

describe('chapterFrontmatter plugin', () => {
  it('reads the YAML block at the top of an MDX file, and only that', () => {
    const source = '---\ntitle: Loss surfaces\norder: 2\nslug: loss-surfaces\nsummary: "Shapes: bowls, valleys."\n---\n\n# Body\n\n---\nnot: front matter\n';
    expect(readFrontmatter(source)).toEqual({ title: 'Loss surfaces', order: 2, slug: 'loss-surfaces', summary: 'Shapes: bowls, valleys.' });
  });

  it('gives null for a file without front matter (the chapter list then names the file)', () => {
    expect(readFrontmatter('# Just a body\n')).toBeNull();
  });
});
