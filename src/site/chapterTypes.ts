import type { MDXContent } from 'mdx/types';
import type { TocHeading } from './mdx/headingTypes';

/** The front matter every chapter file must carry. */
export interface ChapterFrontmatter {
  /** Shown as the chapter's h1, in the contents and in the page title. */
  title: string;
  /** Position in the book; chapters are sorted by it and it must be unique. */
  order: number;
  /** One or two sentences for the home page's contents and the page description. */
  summary: string;
  /** The URL segment: the chapter lives at /<slug>/. Lowercase words joined by hyphens. */
  slug: string;
}

/** What a chapter's compiled MDX module gives: its body and its contents list. */
export interface ChapterBody {
  /** The compiled MDX body. */
  Content: MDXContent;
  /** h2/h3 headings for the in-page contents (exported by rehypeExportHeadings). */
  headings: TocHeading[];
}

/**
 * A validated chapter: its front matter (known to every page, for the contents and the
 * previous/next links) and a loader for its body. Each body is its own chunk, so a page
 * downloads the code of its own chapter's widgets only.
 */
export interface Chapter extends ChapterFrontmatter {
  /** The glob key the chapter came from, e.g. /chapters/01-linear-regression.mdx. */
  file: string;
  /** Imports and validates the chapter's MDX module (cached by the module system). */
  load(): Promise<ChapterBody>;
}
