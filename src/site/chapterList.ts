import type { MDXContent } from 'mdx/types';
import type { Chapter, ChapterFrontmatter } from './chapterTypes';
import type { TocHeading } from './mdx/headingTypes';

// Turns the raw modules of chapters/*.mdx into a validated, ordered list. Kept apart from the
// import.meta.glob call so tests can feed it hand-made modules.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class ChapterError extends Error {
  override name = 'ChapterError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function fail(file: string, message: string): never {
  throw new ChapterError(`Chapter ${file}: ${message}`);
}

function nonEmptyString(file: string, fm: Record<string, unknown>, field: string): string {
  const value = fm[field];
  if (typeof value !== 'string' || value.trim() === '') {
    fail(file, `front matter field "${field}" must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

/** Checks one file's front matter; the error names the file and the field. */
export function validateFrontmatter(file: string, frontmatter: unknown): ChapterFrontmatter {
  if (!isRecord(frontmatter)) {
    fail(file, 'has no front matter; start the file with a YAML block giving title, order, summary and slug');
  }
  const title = nonEmptyString(file, frontmatter, 'title');
  const summary = nonEmptyString(file, frontmatter, 'summary');
  const slug = nonEmptyString(file, frontmatter, 'slug');
  if (!SLUG.test(slug)) {
    fail(file, `front matter field "slug" must be lowercase words joined by hyphens (like linear-regression), got ${describe(slug)}`);
  }
  const order = frontmatter.order;
  if (typeof order !== 'number' || !Number.isFinite(order)) {
    fail(file, `front matter field "order" must be a number, got ${describe(order)}`);
  }
  return { title, order, summary, slug };
}

function validateHeadings(file: string, headings: unknown): TocHeading[] {
  // A module without the export was not compiled by our MDX pipeline; treat as no headings.
  if (headings === undefined) return [];
  if (!Array.isArray(headings)) fail(file, `"headings" export must be an array, got ${describe(headings)}`);
  return headings as TocHeading[];
}

/** Validates every chapter module and sorts them by `order`. Slugs and orders must be unique. */
export function buildChapterList(modules: Record<string, unknown>): Chapter[] {
  const chapters = Object.entries(modules).map(([file, mod]): Chapter => {
    if (!isRecord(mod)) fail(file, 'is not a module');
    const fm = validateFrontmatter(file, mod.frontmatter);
    if (typeof mod.default !== 'function') fail(file, 'has no default export (is it an .mdx file?)');
    return { ...fm, file, Content: mod.default as MDXContent, headings: validateHeadings(file, mod.headings) };
  });
  chapters.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  for (let i = 1; i < chapters.length; i++) {
    const [a, b] = [chapters[i - 1], chapters[i]];
    if (a.order === b.order) {
      throw new ChapterError(`Chapters ${a.file} and ${b.file} both have order ${a.order}; each chapter needs its own order`);
    }
  }
  const bySlug = new Map<string, string>();
  for (const c of chapters) {
    const other = bySlug.get(c.slug);
    if (other) throw new ChapterError(`Chapters ${other} and ${c.file} both have slug "${c.slug}"; slugs must be unique`);
    bySlug.set(c.slug, c.file);
  }
  return chapters;
}
