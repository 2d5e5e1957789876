import type { MDXContent } from 'mdx/types';
import type { Chapter, ChapterBody, ChapterFrontmatter } from './chapterTypes';
import type { TocHeading } from './mdx/headingTypes';

// Turns chapters/*.mdx into a validated, ordered list: front matter (read at build time by the
// chapterFrontmatter Vite plugin) plus a loader per body. Kept apart from the import.meta.glob
// calls so tests can feed it hand-made modules.

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

/** Validates a loaded MDX module: a default export (the body) and optional headings. */
export function validateBody(file: string, mod: unknown): ChapterBody {
  if (!isRecord(mod)) fail(file, 'is not a module');
  if (typeof mod.default !== 'function') fail(file, 'has no default export (is it an .mdx file?)');
  return { Content: mod.default as MDXContent, headings: validateHeadings(file, mod.headings) };
}

/**
 * Validates every chapter's front matter and sorts them by `order`. Slugs and orders must be
 * unique. `loaders` gives each file's body (the same keys as `frontmatters`).
 */
export function buildChapterList(
  frontmatters: Record<string, unknown>,
  loaders: Record<string, () => Promise<unknown>>,
): Chapter[] {
  const chapters = Object.entries(frontmatters).map(([file, frontmatter]): Chapter => {
    const fm = validateFrontmatter(file, frontmatter);
    const loadModule = loaders[file];
    if (!loadModule) fail(file, 'has front matter but no module to load');
    return { ...fm, file, load: async () => validateBody(file, await loadModule()) };
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

/** The list from modules already imported (eager glob, tests): front matter from each module's
 *  `frontmatter` export (remark-mdx-frontmatter), bodies checked when loaded. */
export function chaptersFromModules(modules: Record<string, unknown>): Chapter[] {
  const frontmatters: Record<string, unknown> = {};
  const loaders: Record<string, () => Promise<unknown>> = {};
  for (const [file, mod] of Object.entries(modules)) {
    if (!isRecord(mod)) fail(file, 'is not a module');
    frontmatters[file] = mod.frontmatter;
    loaders[file] = () => Promise.resolve(mod);
  }
  return buildChapterList(frontmatters, loaders);
}
