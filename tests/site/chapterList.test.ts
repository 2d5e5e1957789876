import { describe, expect, it } from 'vitest';
import { ChapterError, chaptersFromModules as buildChapterList, buildChapterList as fromLoaders, validateFrontmatter } from '../../src/site/chapterList';

const Content = () => null;
const mod = (frontmatter: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  default: Content,
  frontmatter,
  headings: [],
  ...extra,
});
const fm = (over: Record<string, unknown> = {}) => ({
  title: 'Gradient descent',
  order: 2,
  summary: 'Walk downhill.',
  slug: 'gradient-descent',
  ...over,
});

describe('validateFrontmatter', () => {
  it('accepts complete front matter', () => {
    expect(validateFrontmatter('/chapters/a.mdx', fm())).toEqual(fm());
  });

  it('names the file when there is no front matter at all', () => {
    expect(() => validateFrontmatter('/chapters/a.mdx', undefined)).toThrow(/Chapter \/chapters\/a\.mdx: has no front matter/);
  });

  it.each([
    ['title', { title: undefined }, /field "title" must be a non-empty string, got nothing/],
    ['summary', { summary: '  ' }, /field "summary" must be a non-empty string/],
    ['order', { order: '2' }, /field "order" must be a number, got string "2"/],
    ['order', { order: Number.NaN }, /field "order" must be a number/],
    ['slug', { slug: 'Gradient Descent' }, /field "slug" must be lowercase words joined by hyphens/],
    ['slug', { slug: 7 }, /field "slug" must be a non-empty string, got number 7/],
  ])('rejects a bad %s and says which file and field', (_field, over, message) => {
    let error: unknown;
    try {
      validateFrontmatter('/chapters/02-gd.mdx', fm(over));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChapterError);
    expect(String((error as Error).message)).toMatch(/^Chapter \/chapters\/02-gd\.mdx: /);
    expect((error as Error).message).toMatch(message);
  });
});

describe('buildChapterList', () => {
  it('sorts by order, not by file name', () => {
    const list = buildChapterList({
      '/chapters/a.mdx': mod(fm({ order: 3, slug: 'third' })),
      '/chapters/b.mdx': mod(fm({ order: 1, slug: 'first' })),
      '/chapters/c.mdx': mod(fm({ order: 2, slug: 'second' })),
    });
    expect(list.map((c) => c.slug)).toEqual(['first', 'second', 'third']);
    expect(list[0].file).toBe('/chapters/b.mdx');
  });

  it('loads a body only when asked, validated', async () => {
    let loads = 0;
    const [chapter] = fromLoaders({ '/chapters/a.mdx': fm() }, { '/chapters/a.mdx': () => Promise.resolve((loads++, mod(fm()))) });
    expect(loads).toBe(0);
    expect((await chapter.load()).Content).toBe(Content);
    expect(loads).toBe(1);
  });

  it('rejects front matter without a module to load', () => {
    expect(() => fromLoaders({ '/chapters/a.mdx': fm() }, {})).toThrow(/Chapter \/chapters\/a\.mdx: has front matter but no module/);
  });

  it('rejects two chapters with the same slug, naming both files', () => {
    expect(() =>
      buildChapterList({
        '/chapters/a.mdx': mod(fm({ order: 1 })),
        '/chapters/b.mdx': mod(fm({ order: 2 })),
      }),
    ).toThrow('Chapters /chapters/a.mdx and /chapters/b.mdx both have slug "gradient-descent"');
  });

  it('rejects two chapters with the same order', () => {
    expect(() =>
      buildChapterList({
        '/chapters/a.mdx': mod(fm({ slug: 'a' })),
        '/chapters/b.mdx': mod(fm({ slug: 'b' })),
      }),
    ).toThrow(/both have order 2/);
  });

  it('rejects a module without a default export when it is loaded', async () => {
    const [chapter] = buildChapterList({ '/chapters/a.mdx': { frontmatter: fm() } });
    await expect(chapter.load()).rejects.toThrow(/Chapter \/chapters\/a\.mdx: has no default export/);
  });

  it('treats a missing headings export as no headings', async () => {
    const [chapter] = buildChapterList({ '/chapters/a.mdx': { default: Content, frontmatter: fm() } });
    expect((await chapter.load()).headings).toEqual([]);
  });
});
