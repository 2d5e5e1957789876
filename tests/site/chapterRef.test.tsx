// @vitest-environment happy-dom
/** Cross-references come from front matter (<ChapterRef>), and typed ones fail the build. */
import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/site/chapterTypes';
import { BookChapters } from '../../src/site/mdx/BookChapters';
import { ChapterRef } from '../../src/site/mdx/ChapterRef';
import { remarkNoTypedChapterRefs } from '../../src/site/mdx/remarkNoTypedChapterRefs';

afterEach(cleanup);

const chapter = (slug: string, title: string, order: number): Chapter => ({
  slug, title, order, summary: '…', file: `/chapters/${slug}.mdx`, load: () => Promise.reject(new Error('not loaded in this test')),
});
const BOOK = [chapter('linear-regression', 'Linear regression', 1), chapter('loss-surfaces', 'Loss surfaces', 2), chapter('gradient-descent', 'Gradient descent', 5)];

function inBook(node: React.ReactNode) {
  return render(<BookChapters.Provider value={BOOK}>{node}</BookChapters.Provider>);
}

describe('<ChapterRef>', () => {
  it('prints the number from the book order (not the order field) and links to the chapter', () => {
    const { container } = inBook(<p>See <ChapterRef slug="gradient-descent" />.</p>);
    const a = container.querySelector('a');
    expect(a?.textContent).toBe('chapter 3');
    expect(a?.getAttribute('href')).toBe('/gradient-descent/');
    expect(a?.getAttribute('title')).toBe('Gradient descent');
  });

  it('capitalizes at the start of a sentence and can print the title', () => {
    const { container } = inBook(<p><ChapterRef slug="loss-surfaces" capital titled /> drew slices.</p>);
    expect(container.textContent).toBe('Chapter 2, Loss surfaces drew slices.');
    expect(container.querySelector('cite')?.textContent).toBe('Loss surfaces');
  });

  it('fails (so the prerender fails) for a slug no chapter has, listing the slugs', () => {
    expect(() => inBook(<ChapterRef slug="optimizers" />)).toThrow(/ChapterRef: no chapter has slug "optimizers" \(chapters: linear-regression, loss-surfaces, gradient-descent\)/);
  });
});

async function compileMdx(source: string): Promise<void> {
  await compile({ value: source, path: 'chapters/test.mdx' }, { remarkPlugins: [remarkFrontmatter, remarkMath, remarkNoTypedChapterRefs] });
}

describe('remarkNoTypedChapterRefs', () => {
  it.each(['as the next chapter shows', 'Chapter 3 returns to this.', 'see chapters 4 and 5', 'the previous chapter drew it', 'The first chapter ended'])('fails the build on %j', async (text) => {
    await expect(compileMdx(`# Title\n\nSome prose: ${text}\n`)).rejects.toThrow(/remarkNoTypedChapterRefs: chapters\/test\.mdx types chapter references by hand/);
  });

  it('names the line of each typed reference', async () => {
    await expect(compileMdx('First line.\n\nSecond, in chapter 2.\n')).rejects.toThrow(/line 3: "chapter 2"/);
  });

  it('lets through ChapterRef, "this chapter", code and math', async () => {
    await expect(compileMdx('In this chapter, <ChapterRef slug="x"/> and `chapter 3` and $chapter 3$.\n')).resolves.toBeUndefined();
  });

  it('passes every chapter in chapters/', async () => {
    for (const file of readdirSync('chapters').filter((f) => f.endsWith('.mdx'))) {
      await compileMdx(readFileSync(`chapters/${file}`, 'utf8'));
    }
  });
});
