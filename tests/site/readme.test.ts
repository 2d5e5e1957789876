/** The README's "Written so far" list is the book's chapters, in order, by their titles. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../scripts/vite/chapterFrontmatter';
import { book } from '../../src/site/book';

const chapters = readdirSync('chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFrontmatter(readFileSync(`chapters/${f}`, 'utf8')) as { title: string; order: number })
  .sort((a, b) => a.order - b.order);

describe('README', () => {
  it('lists every written chapter, in order, and nothing else', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('Written so far'), readme.indexOf('To come'));
    const listed = [...section.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1].trim());
    expect(listed).toEqual(chapters.map((c) => c.title));
  });
});

describe('home page', () => {
  it('promises momentum only once a chapter teaches optimizers', () => {
    const hasOptimizers = chapters.some((c) => /optimi[sz]er/i.test(c.title));
    if (!hasOptimizers) expect(book.description).not.toMatch(/momentum|adam|optimi[sz]er/i);
  });
});
